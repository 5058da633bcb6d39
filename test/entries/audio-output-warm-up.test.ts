import { describe, expect, it, vi } from 'vitest';
import { warmUpAudioOutput, whenWarmOrAfter } from '../../src/entries/sandbox/audio-output-warm-up';

describe('audio output warm-up', () => {
  it('lists the output devices once, and resolves even when the runtime refuses', async () => {
    const enumerateDevices = vi.fn(() => Promise.reject(new DOMException('not allowed', 'NotAllowedError')));
    await expect(warmUpAudioOutput({ enumerateDevices })).resolves.toBeUndefined();
    expect(enumerateDevices).toHaveBeenCalledTimes(1);
  });

  it('has nothing to warm up where there is no enumerateDevices (UXP, an old browser)', async () => {
    await expect(warmUpAudioOutput(undefined)).resolves.toBeUndefined();
  });

  it('lets Play go ahead after the cap when the warm-up never ends', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const waiting = whenWarmOrAfter(new Promise<void>(() => undefined), 5000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(4999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
