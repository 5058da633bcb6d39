import { DEFAULT_PANEL_PREFERENCES, type PanelPreferences } from '../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../platform/preferences-store';

/**
 * A PreferencesStore that also remembers the latest value synchronously, for code that needs it
 * outside React (the job runner naming files at download time).
 */
export function cachedPreferences(store: PreferencesStore): PreferencesStore & { readonly current: PanelPreferences } {
  let current = DEFAULT_PANEL_PREFERENCES;
  return {
    get current() {
      return current;
    },
    damage: () => store.damage?.() ?? null,
    async read() {
      current = await store.read();
      return current;
    },
    async write(next) {
      await store.write(next);
      current = next;
    },
  };
}
