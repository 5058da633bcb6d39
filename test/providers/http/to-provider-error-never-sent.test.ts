import { describe, expect, it } from 'vitest';
import { toProviderError } from '../../../src/providers/http';
import { ProviderApiError } from '../../../src/providers/spec';
import { classifyCreateFailure } from '../../../src/workflows/jobs/classify-create-failure';

const failedFetch = (code?: string) =>
  new TypeError('fetch failed', { cause: code == null ? undefined : Object.assign(new Error(code), { code }) });
const convert = (error: unknown) => toProviderError(error, { provider: 'kling', providerName: 'Kling' });

describe('a create whose connection was never made', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])(
    'is known not to have been sent (%s), so it is not an unknown outcome',
    async (code) => {
      const error = await convert(failedFetch(code));
      expect(error).toBeInstanceOf(ProviderApiError);
      expect(error).toMatchObject({ kind: 'network', neverSent: true });
      expect(classifyCreateFailure(error)).toBe('not-sent');
    },
  );

  it.each([['ECONNRESET'], ['ETIMEDOUT'], [undefined]])(
    'stays an unknown outcome when the connection may have carried it (%s; no code: UXP and browsers)',
    async (code) => {
      const error = await convert(failedFetch(code));
      expect(error).toMatchObject({ kind: 'network', neverSent: false });
      expect(classifyCreateFailure(error)).toBe('ambiguous');
    },
  );
});
