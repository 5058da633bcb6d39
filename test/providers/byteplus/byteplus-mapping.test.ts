import { describe, expect, it } from 'vitest';
import {
  BYTEPLUS_MAX_SEED,
  byteplusJobSeed,
  byteplusKindForCode,
  mapBytePlusErrorBody,
  toBytePlusJobStatus,
} from '../../../src/providers/byteplus';

describe('byteplusJobSeed', () => {
  it('is the same for the same job id and differs between job ids, always in Seedance\u2019s seed range', () => {
    expect(byteplusJobSeed('job-a')).toBe(byteplusJobSeed('job-a'));
    const seeds = new Set(Array.from({ length: 200 }, (_, index) => byteplusJobSeed(`cliprelay-${index}`)));
    expect(seeds.size).toBe(200);
    for (const seed of seeds) {
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(seed).toBeLessThanOrEqual(BYTEPLUS_MAX_SEED);
    }
  });
});

describe('ModelArk error codes in our kinds', () => {
  it.each([
    ['AuthenticationError', 'auth'],
    ['AccessDenied', 'auth'],
    ['ModelNotOpen', 'auth'],
    ['AccountOverdueError', 'quota'],
    ['QuotaExceeded', 'quota'],
    ['InvalidEndpointOrModel.NotFound', 'not-found'],
    ['InputTextSensitiveContentDetected', 'moderation'],
    ['InputImageSensitiveContentDetected.PrivacyInformation', 'moderation'],
    ['SensitiveContentDetected.Violence', 'moderation'],
    ['OutputImageRiskDetection', 'moderation'],
    ['RateLimitExceeded.EndpointRPMExceeded', 'rate-limit'],
    ['ServerOverloaded', 'rate-limit'],
    ['InvalidParameter.duration', 'invalid-request'],
    ['MissingParameter.model', 'invalid-request'],
    ['InternalServiceError', 'server'],
  ])('%s → %s', (code, kind) => {
    expect(byteplusKindForCode(code)?.kind).toBe(kind);
  });

  it('leaves an unknown code to the HTTP status, keeping ModelArk\u2019s code and message', () => {
    expect(byteplusKindForCode('SomethingNew')).toBeUndefined();
    expect(mapBytePlusErrorBody(418, { error: { code: 'SomethingNew', message: 'Odd.' } })).toEqual({
      kind: undefined,
      message: 'Odd.',
      providerCode: 'SomethingNew',
    });
  });

  it('reads a gateway\u2019s own body without a code as no more than its message', () => {
    expect(mapBytePlusErrorBody(502, 'Bad Gateway')).toEqual({ message: undefined });
    expect(mapBytePlusErrorBody(502, { error: { message: 'upstream timed out' } })).toEqual({ message: 'upstream timed out' });
  });
});

describe('toBytePlusJobStatus', () => {
  const base = { id: 'cgt-1', created_at: 1_764_000_000, updated_at: 1_764_000_100 };

  it('reads queued, running and any later status as pending', () => {
    for (const status of ['queued', 'running', 'paused']) expect(toBytePlusJobStatus({ ...base, status })).toEqual({ state: 'pending' });
  });

  it('dates the result link 24 h after the task finished', () => {
    expect(toBytePlusJobStatus({ ...base, status: 'succeeded', duration: 5, content: { video_url: 'https://x/v.mp4' } })).toEqual({
      state: 'completed',
      assets: [{ url: 'https://x/v.mp4', durationSeconds: 5, expiresAtMs: (1_764_000_100 + 24 * 3600) * 1000 }],
    });
  });

  it('reads a failure without a code or message as a plain, unmoderated failure', () => {
    expect(toBytePlusJobStatus({ ...base, status: 'failed', error: null })).toEqual({
      state: 'failed',
      reason: 'BytePlus reported the task as failed without a reason',
      code: undefined,
      moderated: false,
    });
  });
});
