import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { localStoragePreferences } from '../../../src/platform/browser/local-storage-preferences';

/** A Storage over a Map: the part of localStorage the preferences store uses. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('damaged preferences are said, not silently replaced', () => {
  it('keeps the damaged text aside, uses the defaults, and reports what happened', async () => {
    const storage = memoryStorage({ 'cliprelay.preferences': '{"dailyBudgetUsd": "lots"' });
    const store = localStoragePreferences(storage);
    expect(store.damage?.()).toBeNull();
    expect(await store.read()).toEqual(DEFAULT_PANEL_PREFERENCES);
    const damage = store.damage?.();
    expect(damage?.name).toBe('StoredDataDamagedError');
    expect(damage?.keptAsidePath).toMatch(/^cliprelay\.preferences\.damaged-\d{4}-/);
    expect(storage.getItem(damage!.keptAsidePath!)).toBe('{"dailyBudgetUsd": "lots"');
    expect(damage?.message).toMatch(
      /^The preferences could not be read \(.+\)\. Its content was kept aside in cliprelay\.preferences\.damaged-/,
    );
  });

  it('reports nothing for readable preferences', async () => {
    const store = localStoragePreferences(memoryStorage({ 'cliprelay.preferences': JSON.stringify(DEFAULT_PANEL_PREFERENCES) }));
    await store.read();
    expect(store.damage?.()).toBeNull();
  });
});
