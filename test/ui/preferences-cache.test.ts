import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, type PanelPreferences } from '../../src/domain/preferences/panel-preferences';
import type { PreferencesStore } from '../../src/platform/preferences-store';
import { cachedPreferences } from '../../src/ui/preferences-cache';

function countingStore(read: () => Promise<PanelPreferences>) {
  const calls = { reads: 0, writes: 0 };
  const store: PreferencesStore = {
    read: () => {
      calls.reads += 1;
      return read();
    },
    write: async () => {
      calls.writes += 1;
    },
  };
  return { store, calls };
}

describe('cached preferences', () => {
  it('reads storage once: start-up and the panel share the read, later reads see what was written', async () => {
    const stored = { ...DEFAULT_PANEL_PREFERENCES, maxConcurrentPerProvider: 4 };
    const { store, calls } = countingStore(async () => stored);
    const cached = cachedPreferences(store);
    expect(await cached.read()).toEqual(stored);
    expect(await cached.read()).toEqual(stored);
    expect(calls.reads).toBe(1);
    expect(cached.current.maxConcurrentPerProvider).toBe(4);

    const next = { ...stored, maxConcurrentPerProvider: 3 };
    await cached.write(next);
    expect(await cached.read()).toEqual(next);
    expect(cached.current).toEqual(next);
    expect(calls).toEqual({ reads: 1, writes: 1 });
  });

  it('shares a failed read too, so the panel shows the same problem start-up met, and keeps the defaults', async () => {
    const { store, calls } = countingStore(() => Promise.reject(new Error('EACCES: preferences.json')));
    const cached = cachedPreferences(store);
    await expect(cached.read()).rejects.toThrow('EACCES');
    await expect(cached.read()).rejects.toThrow('EACCES');
    expect(calls.reads).toBe(1);
    expect(cached.current).toEqual(DEFAULT_PANEL_PREFERENCES);
  });
});
