import { describe, expect, it } from 'vitest';
import { premiereRefusal } from '../../../src/hosts/premiere/premiere-refusals';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import { HostOperationError } from '../../../src/hosts/spec';
import { describeLocalizedIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { localizedMessageSchema } from '../../../src/workflows/jobs/localized-message-schema';
import { redactedLocalizedMessage } from '../../../src/workflows/jobs/storable-localized-message';

const french = createTranslator('fr');
const IMPORT = { kind: 'importMedia', name: 'Import media' } as const;

/** What the ledger writes and reads back: the redacted message through JSON and the record schema. */
function storedAndRead(error: HostOperationError): LocalizedMessage {
  const written = JSON.parse(JSON.stringify(redactedLocalizedMessage(error.localized!))) as unknown;
  // The ledger's record type names the id as a catalog id, as here.
  return localizedMessageSchema.parse(written) as LocalizedMessage;
}

describe('a host refusal kept in the job ledger', () => {
  it('keeps its detail message, so the job card says all of it in the editor’s language', () => {
    const error = HostOperationError.itemGone(IMPORT, 'item-7');
    expect(describeLocalizedIn(french, storedAndRead(error), error.message)).toBe(
      'Échec de l’opération « Importation » : l’élément de projet item-7 n’est pas dans le projet',
    );
  });

  it('blanks a credential the host echoed, in the detail message as in the English', () => {
    const secret = 'sk-live-0123456789abcdefghijklmnop';
    const error = premiereRefusal.importThrew(IMPORT, '/m/a.mp4', `denied for Bearer ${secret}`, null);
    const stored = storedAndRead(error);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(describeLocalizedIn(french, stored, error.message)).toContain('Premiere n’a pas pu importer /m/a.mp4 : denied for Bearer');
  });

  it('a damaged detail message is refused (the ledger then drops the catalog message and keeps the English)', () => {
    const read = localizedMessageSchema.safeParse({ id: 'errors.hostOperationFailed', values: { detail: 'x' }, parts: { detail: null } });
    expect(read.success).toBe(false);
  });
});
