import { describe, expect, it } from 'vitest';
import { storableLocalizedMessage } from '../../../src/workflows/jobs/storable-localized-message';

describe('storableLocalizedMessage', () => {
  it('blanks credentials a server echoed into any text value, as the ledger does for the English message', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrIn0.c2lnbmF0dXJl';
    const stored = storableLocalizedMessage({
      id: 'errors.providerHttpSaid',
      values: { provider: 'Kling', kind: 'auth', status: 401, code: `token=${jwt}` },
      lists: { fields: [`Bearer ${jwt}`] },
      providerSaid: { provider: 'Kling', text: `Authorization: Bearer ${jwt}` },
    });
    expect(JSON.stringify(stored)).not.toContain(jwt);
    expect(stored.localized?.values?.status).toBe(401);
    expect(stored.localized?.providerSaid?.text).toBe('Authorization: [redacted]');
  });

  it('adds nothing when the error had no catalog message (no undefined field in the ledger)', () => {
    expect(storableLocalizedMessage(undefined)).toEqual({});
    expect(Object.keys(storableLocalizedMessage({ id: 'errors.downloadEmpty' }).localized!)).toEqual(['id']);
  });
});
