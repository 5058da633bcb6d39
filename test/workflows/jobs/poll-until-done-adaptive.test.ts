import { describe, expect, it } from 'vitest';
import { ProviderApiError, type JobRef, type JobStatus, type VideoProvider } from '../../../src/providers/spec';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { sdkPollPolicy } from '../../../src/workflows/jobs/sdk-poll-policy';

/** A clock advanced only by the injected delay, and a Runway-like job: linear progress over 60 s, done at 60 s. */
function runwayLikeJob(doneAtMs: number, failures: Error[] = []) {
  let nowMs = 0;
  const requestTimesMs: number[] = [];
  const provider: VideoProvider = {
    id: 'runway',
    displayName: 'Runway',
    start: () => Promise.reject(new Error('not used')),
    download: () => Promise.reject(new Error('not used')),
    async status(): Promise<JobStatus> {
      requestTimesMs.push(nowMs);
      const failure = failures.shift();
      if (failure != null) throw failure;
      if (nowMs >= doneAtMs) return { state: 'completed', assets: [{ url: 'https://cdn.example/clip.mp4' }] };
      return { state: 'pending', progress: nowMs / doneAtMs };
    },
  };
  const time = {
    now: () => nowMs,
    delay: async (delayMs: number) => {
      nowMs += delayMs;
    },
  };
  return { provider, time, requestTimesMs, ref: { provider: 'runway', model: 'gen4.5', jobId: 'task-1', data: {} } satisfies JobRef };
}

describe('pollUntilDone with the adaptive schedule', () => {
  it('sees a 60 s Runway job finish within half a second, with fewer requests than the SDK’s 6 s interval', async () => {
    const job = runwayLikeJob(60_000);
    await pollUntilDone(job.provider, job.ref, { intervalMs: 5_000, timeoutMs: 600_000, schedule: sdkPollPolicy, ...job.time });
    const finalRequestMs = job.requestTimesMs.at(-1)!;
    expect(finalRequestMs - 60_000).toBeLessThanOrEqual(500);
    expect(job.requestTimesMs.length).toBeLessThanOrEqual(Math.ceil(60_000 / 6_000) + 1);
    job.requestTimesMs.forEach((atMs, index) => expect(atMs).toBeGreaterThanOrEqual(index * 6_000));
  });

  it('keeps the fixed interval for a provider without a known SDK default', async () => {
    const job = runwayLikeJob(10_000);
    const ref = { ...job.ref, provider: 'comfyui' };
    await pollUntilDone(job.provider, ref, { intervalMs: 2_000, timeoutMs: 600_000, schedule: sdkPollPolicy, ...job.time });
    expect(job.requestTimesMs).toEqual([0, 2_000, 4_000, 6_000, 8_000, 10_000]);
  });

  it('waits out a Retry-After on a throttled status read, and stays within the request budget while retrying', async () => {
    const throttled = new ProviderApiError({
      provider: 'runway',
      kind: 'rate-limit',
      message: 'slow down',
      status: 429,
      retryAfterSeconds: 20,
    });
    const job = runwayLikeJob(60_000, [throttled]);
    await pollUntilDone(job.provider, job.ref, { intervalMs: 1_000, timeoutMs: 600_000, schedule: sdkPollPolicy, ...job.time });
    expect(job.requestTimesMs[1]).toBeGreaterThanOrEqual(20_000);
    job.requestTimesMs.forEach((atMs, index) => expect(atMs).toBeGreaterThanOrEqual(index * 6_000));
  });
});
