import { describe, expect, it } from 'vitest';
import { klingTaskSchema } from '../../../src/providers/kling/kling-api-schemas';
import { klingKindForCode } from '../../../src/providers/kling/kling-error';
import { klingModelSupportsSound } from '../../../src/providers/kling/kling-model-features';
import { toJobStatus } from '../../../src/providers/kling/kling-video-provider';

describe('toJobStatus', () => {
  it('reads a lenient task: numeric id, extra fields, numeric duration', () => {
    const task = klingTaskSchema.parse({
      task_id: 867001,
      task_status: 'succeed',
      watermark_info: { enabled: false },
      task_result: { videos: [{ id: 'v1', url: 'https://v1-kling.klingai.com/a.mp4', duration: 5.1, watermark_url: null }] },
      updated_at: 1_000,
    });
    expect(task.task_id).toBe('867001');
    expect(toJobStatus(task)).toEqual({
      state: 'completed',
      assets: [{ url: 'https://v1-kling.klingai.com/a.mp4', durationSeconds: 5.1, expiresAtMs: 1_000 + 30 * 24 * 3600 * 1000 }],
    });
  });

  it.each(['submitted', 'processing', 'queued-in-some-new-way'])('treats "%s" as pending', (taskStatus) => {
    expect(toJobStatus(klingTaskSchema.parse({ task_id: '1', task_status: taskStatus }))).toEqual({ state: 'pending' });
  });

  it('keeps a non-moderation failure reason and does not flag it as moderated', () => {
    const status = toJobStatus(klingTaskSchema.parse({ task_id: '1', task_status: 'failed', task_status_msg: 'internal render error' }));
    expect(status).toEqual({ state: 'failed', reason: 'internal render error', code: undefined, moderated: false });
  });

  it('gives a failure without a message a reason anyway', () => {
    const status = toJobStatus(klingTaskSchema.parse({ task_id: '1', task_status: 'failed', task_status_msg: null }));
    expect(status).toMatchObject({ state: 'failed', moderated: false, reason: expect.stringMatching(/without a reason/) });
  });

  it('rejects a success without videos as an invalid response', () => {
    expect(() => toJobStatus(klingTaskSchema.parse({ task_id: '1', task_status: 'succeed', task_result: { videos: [] } }))).toThrow(
      /succeeded without videos/,
    );
  });
});

describe('klingKindForCode', () => {
  it.each([
    [1000, 'auth'],
    [1004, 'auth'],
    [1101, 'quota'],
    [1201, 'invalid-request'],
    [1203, 'not-found'],
    [1300, 'invalid-request'],
    [1301, 'moderation'],
    [1302, 'rate-limit'],
    [1303, 'rate-limit'],
    [1304, 'auth'],
    [5001, 'server'],
  ])('code %i is %s', (code, kind) => {
    expect(klingKindForCode(code)?.kind).toBe(kind);
  });

  it('leaves unknown codes to the HTTP status', () => {
    expect(klingKindForCode(4242)).toBeUndefined();
  });
});

describe('klingModelSupportsSound', () => {
  it.each([
    ['kling-v2-6', true],
    ['kling-v3', true],
    ['kling-v3-omni', true],
    ['kling-v2-5-turbo', false],
    ['kling-v2-1-master', false],
    ['kling-v1-6', false],
    ['kling-video-o1', false],
  ])('%s → %s', (model, expected) => {
    expect(klingModelSupportsSound(model)).toBe(expected);
  });
});
