import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema, storablePreferences } from '../../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../preferences-store';
import { readStoredJsonOrDefault } from '../read-stored-json-or-default';
import type { StoredDataDamagedError } from '../stored-data-damaged-error';

/** Preferences in localStorage (the sandbox); damaged content is copied to a `.damaged-<time>` key and the defaults used. */
export function localStoragePreferences(storage: Storage, key = 'cliprelay.preferences'): PreferencesStore {
  let damage: StoredDataDamagedError | null = null;
  return {
    damage: () => damage,
    async read() {
      return readStoredJsonOrDefault({
        text: storage.getItem(key),
        schema: panelPreferencesSchema,
        document: 'preferences',
        fallback: DEFAULT_PANEL_PREFERENCES,
        onDamaged: (found) => {
          damage = found;
        },
        keepAside: async (text, nowMs) => {
          const asideKey = `${key}.damaged-${new Date(nowMs).toISOString()}`;
          storage.setItem(asideKey, text);
          return asideKey;
        },
        replaceDamaged: async () => storage.setItem(key, JSON.stringify(storablePreferences(DEFAULT_PANEL_PREFERENCES))),
      });
    },
    async write(preferences) {
      storage.setItem(key, JSON.stringify(storablePreferences(preferences)));
    },
  };
}
