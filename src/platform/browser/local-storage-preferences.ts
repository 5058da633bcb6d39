import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../../ui/panel-services';

/** Preferences in localStorage (the sandbox); unreadable content falls back to the defaults. */
export function localStoragePreferences(storage: Storage, key = 'cliprelay.preferences'): PreferencesStore {
  return {
    async read() {
      const text = storage.getItem(key);
      if (text == null) return DEFAULT_PANEL_PREFERENCES;
      const parsed = panelPreferencesSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : DEFAULT_PANEL_PREFERENCES;
    },
    async write(preferences) {
      storage.setItem(key, JSON.stringify(preferences));
    },
  };
}
