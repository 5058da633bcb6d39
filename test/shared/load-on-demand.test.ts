import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/app-error';
import { onDemand, OnDemandCodeError } from '../../src/shared/load-on-demand';

describe('onDemand (a part of the panel loaded at first use)', () => {
  it('hands over what the import loaded', async () => {
    const load = onDemand('timeline export', async () => ({ answer: 42 }));
    await expect(load()).resolves.toEqual({ answer: 42 });
  });

  it('turns a failed load into an OnDemandCodeError that names the part, says what to do and keeps the cause', async () => {
    const cause = new Error("Cannot find module './chunks/timeline-export.js'");
    const error: unknown = await onDemand('timeline export', () => Promise.reject(cause))().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OnDemandCodeError);
    expect(AppError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'OnDemandCodeError', part: 'timeline export', cause });
    expect((error as Error).message).toMatch(/could not load its timeline export from the plugin folder\. Close and reopen the panel/);
  });

  it('tries again at the next use after a failure', async () => {
    let attempts = 0;
    const load = onDemand('Diagnostics', async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('require is not a function');
      return 'loaded';
    });
    await expect(load()).rejects.toBeInstanceOf(OnDemandCodeError);
    await expect(load()).resolves.toBe('loaded');
    expect(attempts).toBe(2);
  });
});
