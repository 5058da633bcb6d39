import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBridgedError, toBridgedError } from '../../../src/entries/resolve/resolve-bridge-errors';
import { HostOperationError, TrackOccupiedError, type HostOperation } from '../../../src/hosts/spec';
import { HOST_OPERATION_KINDS } from '../../../src/hosts/spec/host-operation';
import { APP_LOCALES, SOURCE_LOCALE, type AppLocale } from '../../../src/shared/i18n/app-locale';
import type { MessageId } from '../../../src/shared/i18n/catalogs';
import { describeErrorIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';

type Loose = (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;

function strictTranslator(locale: AppLocale) {
  return createTranslator(locale, (problem) => {
    throw new Error(`${locale}: ${problem.message}`);
  });
}

const english = strictTranslator(SOURCE_LOCALE);
const french = strictTranslator('fr');
const IMPORT: HostOperation = { kind: 'importMedia', name: 'Import media' };
const PLACE: HostOperation = { kind: 'placeClip', name: 'ClipRelay: place Kling clip' };
const DUCK: HostOperation = { kind: 'duck', name: 'ClipRelay: duck Interview' };

describe('the operation vocabulary', () => {
  it.each(APP_LOCALES.filter((locale) => locale !== SOURCE_LOCALE))('%s names every kind in its own words', (locale) => {
    const t = strictTranslator(locale).t as Loose;
    for (const kind of HOST_OPERATION_KINDS) {
      const said = t('errors.hostOperationFailed', { kind, operation: 'ENGLISH-OPERATION', detail: 'd' });
      expect(said, kind).not.toContain('ENGLISH-OPERATION');
    }
  });

  it('the kind is the one the call site passed, whatever the English name says', () => {
    const error = HostOperationError.itemGone({ kind: 'readProvenance', name: 'ClipRelay: place Kling clip' }, 'item-1');
    expect(error.kind).toBe('readProvenance');
    expect(describeErrorIn(french, error)).toContain('« Lecture de la provenance »');
  });
});

describe('HostOperationError and TrackOccupiedError', () => {
  it('English catalog text is the message word for word, whatever the operation and detail', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOST_OPERATION_KINDS), fc.string(), fc.string(), (kind, name, detail) => {
        const error = new HostOperationError({ kind, name }, { english: detail });
        expect(error.message).toBe(`${name} failed: ${detail}`);
        expect((english.t as Loose)(error.localized!.id, error.localized!.values)).toBe(error.message);
        expect(describeErrorIn(english, error)).toBe(error.message);
        // No catalog message for the detail: every language shows it as it came.
        expect(describeErrorIn(french, error)).toContain(detail);
      }),
    );
  });

  it('a track already taken: English as before, French says it all in French', () => {
    const error = new TrackOccupiedError(PLACE, 'audio', 1, 'VO take 3');
    expect(error.message).toBe(
      'ClipRelay: place Kling clip failed: A2 is occupied by "VO take 3" over the clip\'s span; ClipRelay never overwrites unless asked to',
    );
    expect(describeErrorIn(french, error)).toBe(
      'Échec de l’opération « Placement du plan » : la piste A2 est occupée par « VO take 3 » sur la durée du plan ; ClipRelay n’écrase rien sans votre demande',
    );
    expect(describeErrorIn(strictTranslator('pl'), error)).toContain('ścieżka A2 jest zajęta przez „VO take 3”');
  });

  it('subclasses keep the operation and the English detail', () => {
    const error = new TrackOccupiedError({ kind: 'importMedia', name: 'Import' }, 'video', 0, 'Shot 1');
    expect(error).toBeInstanceOf(HostOperationError);
    expect(error.localized?.id).toBe('errors.hostOperationFailed');
    expect(error.localized?.parts?.['detail']?.id).toBe('host.trackOccupied');
    expect(error.detail).toBe('V1 is occupied by "Shot 1" over the clip\'s span; ClipRelay never overwrites unless asked to');
  });

  it('a reader that drops the detail message (a stored record) still has the English detail', () => {
    const { parts: _parts, ...stored } = HostOperationError.clipGone(DUCK, 'a-3').localized!;
    expect(describeErrorIn(french, Object.assign(new HostOperationError(DUCK, { english: 'x' }), { localized: stored }))).toBe(
      'Échec de l’opération « Atténuation audio » : audio clip a-3 is no longer on the timeline; read the sequence again',
    );
  });

  it('crossing the Resolve bridge keeps the kind and the detail message, so the page says it in its language', () => {
    const refused = fromBridgedError(toBridgedError(HostOperationError.clipGone(DUCK, 'a-3')));
    expect(refused).toBeInstanceOf(HostOperationError);
    expect(refused.message).toBe('ClipRelay: duck Interview failed: audio clip a-3 is no longer on the timeline; read the sequence again');
    expect(describeErrorIn(french, refused)).toBe(
      'Échec de l’opération « Atténuation audio » : le plan audio a-3 n’est plus dans la séquence ; relisez la séquence',
    );
    const occupied = fromBridgedError(toBridgedError(new TrackOccupiedError(PLACE, 'video', 2, 'B-roll')));
    expect(occupied).toBeInstanceOf(TrackOccupiedError);
    expect(describeErrorIn(french, occupied)).toContain('la piste V3 est occupée par « B-roll »');
  });

  it('a detail message that does not survive the bridge leaves the English detail', () => {
    const bridged = toBridgedError(HostOperationError.itemGone(IMPORT, 'item-7'));
    const refused = fromBridgedError({ ...bridged, fields: { ...bridged.fields, detailMessage: '{not json' } });
    expect(describeErrorIn(french, refused)).toBe('Échec de l’opération « Importation » : project item item-7 is not in the project');
  });
});
