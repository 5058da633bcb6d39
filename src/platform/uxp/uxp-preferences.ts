import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../preferences-store';
import { readStoredJsonOrDefault } from '../read-stored-json-or-default';
import { uxpDataFile } from './uxp-data-file';
import type { UxpModule } from './uxp-module';

/** Panel preferences as JSON in the plugin data folder; damaged content is copied aside and the defaults used. */
export function uxpPreferences(uxp: UxpModule): PreferencesStore {
  const file = uxpDataFile(uxp, 'preferences.json');
  return {
    async read() {
      // No fallback for a file that cannot be read: the caller sees it (readStoredJsonOrDefault's rule),
      // since starting from the defaults would later save them over the editor's preferences.
      const text = await file.read();
      return readStoredJsonOrDefault({
        text,
        schema: panelPreferencesSchema,
        document: 'preferences file',
        fallback: DEFAULT_PANEL_PREFERENCES,
        keepAside: (text, nowMs) => file.keepAside(text, nowMs),
      });
    },
    write: (preferences) => file.write(JSON.stringify(preferences, null, 2)),
  };
}
