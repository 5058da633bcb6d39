import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { redactedLocalizedMessage } from '../../../src/workflows/jobs/storable-localized-message';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';

describe('redactedLocalizedMessage', () => {
  it('blanks credentials a server echoed into any text value, as the ledger does for the English message', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrIn0.c2lnbmF0dXJl';
    const stored = redactedLocalizedMessage({
      id: 'errors.providerHttpSaid',
      values: { provider: 'Kling', kind: 'auth', status: 401, code: `token=${jwt}` },
      lists: { fields: [`Bearer ${jwt}`] },
      providerSaid: { provider: 'Kling', text: `Authorization: Bearer ${jwt}` },
    });
    expect(JSON.stringify(stored)).not.toContain(jwt);
    expect(stored.values?.status).toBe(401);
    expect(stored.providerSaid?.text).toBe('Authorization: [redacted]');
  });

  it('adds no field the message did not have (no undefined field in the ledger)', () => {
    expect(Object.keys(redactedLocalizedMessage({ id: 'errors.downloadEmpty' }))).toEqual(['id']);
  });
});

/** A fake credential in a shape servers echo it back in (a header, a query parameter, a JSON field, a vendor key). */
const echoedSecret = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9]{20,32}$/),
    fc.constantFrom(
      (token: string) => `Authorization: Bearer ${token}`,
      (token: string) => `GET https://api.example.com/v1/videos?key=${token} failed`,
      (token: string) => `x-goog-api-key: ${token}`,
      (token: string) => `{"token":"${token}"}`,
      (token: string) => `invalid api_key=${token} supplied`,
      (token: string) => `sk-${token}`,
    ),
  )
  .map(([token, shape]) => ({ token, text: shape(token) }));

/** Where in a catalog message the echo lands: a value, a list, an alternative, the provider's words, a later sentence. */
type Place = 'value' | 'list' | 'alternative' | 'providerSaid' | 'also';

function messageWith(place: Place, text: string): LocalizedMessage {
  switch (place) {
    case 'value':
      return { id: 'errors.createUnconfirmed', values: { provider: 'Kling', answer: text } };
    case 'list':
      return { id: 'errors.clipWithoutAudio', values: { provider: 'Kling' }, lists: { fields: ['prompt', text] } };
    case 'alternative':
      return { id: 'errors.clipWithoutAudio', values: { provider: 'Kling' }, alternatives: { durations: [text, '5 s'] } };
    case 'providerSaid':
      return { id: 'errors.providerRefusedContent', values: { provider: 'Kling' }, providerSaid: { provider: 'Kling', text } };
    case 'also':
      return { id: 'errors.clipWithoutAudio', values: { provider: 'Kling' }, also: [{ id: 'errors.sentAgain', values: { sentAt: text } }] };
  }
}

const baseJob = {
  id: 'j1',
  providerId: 'kling',
  providerName: 'Kling',
  request: { clientJobId: 'j1', model: 'kling-v2-6', prompt: 'p', durationSeconds: 5, aspectRatio: '16:9', audio: true },
  projectName: 'p',
  createdAtMs: 1,
  updatedAtMs: 1,
  estimatedCostUsd: 0,
  downloadAttempts: 0,
  phase: 'unconfirmed',
  createSentAtMs: 1,
} as const;

describe('the ledger redacts every stored catalog message in one place', () => {
  it('never writes a credential echoed into any value of a problem or a warning message to the ledger file', async () => {
    await fc.assert(
      fc.asyncProperty(
        echoedSecret,
        fc.constantFrom<Place>('value', 'list', 'alternative', 'providerSaid', 'also'),
        fc.constantFrom('problem', 'warning', 'later warning'),
        async (secret, place, where) => {
          const storage = memoryLedgerStorage();
          const ledger = await JobLedger.open(storage);
          const words = messageWith(place, secret.text);
          const first = {
            ...baseJob,
            warnings: ['A plain warning'],
            warningWords: where === 'warning' ? [words] : [null],
            ...(where === 'problem' && { problem: { message: 'Something went wrong', retryable: true, localized: words } }),
          } as unknown as JobRecord;
          const saved = await ledger.put(first);
          // A later save appends a warning and keeps the earlier words by reference, as the runner's updates do.
          const later = {
            ...saved,
            updatedAtMs: 2,
            warnings: [...saved.warnings, 'Another warning'],
            warningWords: [...(saved.warningWords ?? []), where === 'later warning' ? words : null],
          };
          await ledger.put(later);
          expect(storage.text).not.toContain(secret.token);
          expect(storage.text).toContain('[redacted]');
        },
      ),
    );
  });

  it('keeps a message without credentials exactly as it was given', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage);
    const words: LocalizedMessage = { id: 'errors.createUnconfirmed', values: { provider: 'Kling', answer: 'HTTP 504', count: 3 } };
    const saved = await ledger.put({ ...baseJob, warnings: ['w'], warningWords: [words] });
    expect(saved.warningWords).toEqual([words]);
  });
});
