import { describe, expect, it } from 'vitest';
import { ProviderApiError, ProviderJobFailedError, type JobRef, type JobStatus, type VideoProvider } from '../../src/providers/spec';
import { JobTimeoutError } from '../../src/workflows/job-timeout-error';
import { pollUntilDone } from '../../src/workflows/poll-until-done';

const ref: JobRef = { provider: 'fake', model: 'fake-1', jobId: 'job-1', data: {} };

/** A provider answering status calls from a script; a thrown entry is thrown. */
function scriptedProvider(script: Array<JobStatus | Error>): VideoProvider & { calls: number } {
  const provider = {
    id: 'fake',
    displayName: 'Fake',
    calls: 0,
    start: () => Promise.reject(new Error('not used')),
    download: () => Promise.reject(new Error('not used')),
    async status() {
      const next = script[Math.min(provider.calls, script.length - 1)]!;
      provider.calls++;
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return provider;
}

/** A fake clock advanced only by the injected delay. */
function fakeTime() {
  let nowMs = 1_000_000;
  const waitsMs: number[] = [];
  return {
    waitsMs,
    now: () => nowMs,
    delay: async (delayMs: number) => {
      waitsMs.push(delayMs);
      nowMs += delayMs;
    },
  };
}

const completed: JobStatus = { state: 'completed', assets: [{ url: 'https://cdn.example/clip.mp4' }] };

describe('pollUntilDone', () => {
  it('waits the interval between reads and returns the completed status', async () => {
    const provider = scriptedProvider([{ state: 'pending' }, { state: 'pending', progress: 0.5 }, completed]);
    const time = fakeTime();
    const seen: JobStatus[] = [];

    const done = await pollUntilDone(provider, ref, {
      intervalMs: 2_000,
      timeoutMs: 60_000,
      ...time,
      onStatus: (status) => seen.push(status),
    });

    expect(done).toBe(completed);
    expect(time.waitsMs).toEqual([2_000, 2_000]);
    expect(seen.map((status) => status.state)).toEqual(['pending', 'pending', 'completed']);
  });

  it('throws ProviderJobFailedError with the reason and the moderation flag', async () => {
    const provider = scriptedProvider([{ state: 'pending' }, { state: 'failed', reason: 'risk control', moderated: true }]);
    const error = await pollUntilDone(provider, ref, { intervalMs: 10, timeoutMs: 60_000, ...fakeTime() }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ProviderJobFailedError);
    expect(error).toMatchObject({ provider: 'fake', jobId: 'job-1', reason: 'risk control', moderated: true });
  });

  it('gives up with JobTimeoutError once the next wait would pass the timeout', async () => {
    const provider = scriptedProvider([{ state: 'pending' }]);
    const time = fakeTime();
    const error = await pollUntilDone(provider, ref, { intervalMs: 1_000, timeoutMs: 3_500, ...time }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(time.waitsMs).toEqual([1_000, 1_000, 1_000]);
    expect(provider.calls).toBe(4);
  });

  it('rides out transient errors, waiting at least what the provider asked', async () => {
    const throttled = new ProviderApiError({ provider: 'fake', kind: 'rate-limit', message: 'slow down', retryAfterSeconds: 7 });
    const provider = scriptedProvider([throttled, { state: 'pending' }, completed]);
    const time = fakeTime();

    await expect(pollUntilDone(provider, ref, { intervalMs: 1_000, timeoutMs: 60_000, ...time })).resolves.toBe(completed);
    expect(time.waitsMs).toEqual([7_000, 1_000]);
  });

  it('stops after too many transient errors in a row', async () => {
    const outage = new ProviderApiError({ provider: 'fake', kind: 'server', message: 'down' });
    const provider = scriptedProvider([outage]);
    const error = await pollUntilDone(provider, ref, { intervalMs: 10, timeoutMs: 60_000, maxConsecutiveErrors: 2, ...fakeTime() }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBe(outage);
    expect(provider.calls).toBe(3);
  });

  it('rethrows a non-transient error at once', async () => {
    const denied = new ProviderApiError({ provider: 'fake', kind: 'auth', message: 'bad key' });
    const provider = scriptedProvider([denied]);
    await expect(pollUntilDone(provider, ref, { intervalMs: 10, timeoutMs: 60_000, ...fakeTime() })).rejects.toBe(denied);
    expect(provider.calls).toBe(1);
  });

  it('stops with the abort reason when the signal aborts during a wait', async () => {
    const provider = scriptedProvider([{ state: 'pending' }]);
    const controller = new AbortController();
    const reason = new Error('panel closed');
    const delay = async () => {
      controller.abort(reason);
      throw reason;
    };
    await expect(pollUntilDone(provider, ref, { intervalMs: 10, timeoutMs: 60_000, delay, signal: controller.signal })).rejects.toBe(
      reason,
    );
    expect(provider.calls).toBe(1);
  });
});
