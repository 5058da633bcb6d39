import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema, storablePreferences } from '../../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../preferences-store';
import { readStoredJsonOrDefault } from '../read-stored-json-or-default';
import type { StoredDataDamagedError } from '../stored-data-damaged-error';
import { uxpDataFile } from './uxp-data-file';
import type { UxpModule } from './uxp-module';

/** Panel preferences as JSON in the plugin data folder; damaged content is copied aside and the defaults used. */
export function uxpPreferences(uxp: UxpModule): PreferencesStore {
  const file = uxpDataFile(uxp, 'preferences.json');
  let damage: StoredDataDamagedError | null = null;
  return {
    damage: () => damage,
    async read() {
      // No fallback for a file that cannot be read: the caller sees it (readStoredJsonOrDefault's rule),
      // since starting from the defaults would later save them over the editor's preferences.
      const text = await file.read();
      return readStoredJsonOrDefault({
        text,
        schema: panelPreferencesSchema,
        document: 'preferences file',
        fallback: DEFAULT_PANEL_PREFERENCES,
        onDamaged: (found) => {
          damage = found;
        },
        keepAside: (text, nowMs) => file.keepAside(text, nowMs),
        replaceDamaged: () => file.write(JSON.stringify(storablePreferences(DEFAULT_PANEL_PREFERENCES), null, 2)),
      });
    },
    write: (preferences) => file.write(JSON.stringify(storablePreferences(preferences), null, 2)),
  };
}
