import { DEFAULT_PANEL_PREFERENCES, type PanelPreferences } from '../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../platform/preferences-store';

/**
 * A PreferencesStore that also remembers the latest value synchronously, for code that needs it
 * outside React (the job runner naming files at download time). Storage is read once: start-up and the
 * panel share that read (and its failure), and every later change goes through `write`.
 */
export function cachedPreferences(store: PreferencesStore): PreferencesStore & { readonly current: PanelPreferences } {
  let current = DEFAULT_PANEL_PREFERENCES;
  let loaded: Promise<PanelPreferences> | null = null;
  const listeners = new Set<(preferences: PanelPreferences) => void>();
  return {
    get current() {
      return current;
    },
    damage: () => store.damage?.() ?? null,
    read() {
      loaded ??= store.read().then((read) => (current = read));
      return loaded;
    },
    async write(next) {
      await store.write(next);
      current = next;
      loaded = Promise.resolve(next);
      for (const listener of [...listeners]) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
