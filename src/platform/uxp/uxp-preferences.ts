import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../../ui/panel-services';
import { uxpDataFile } from './uxp-data-file';
import type { UxpModule } from './uxp-module';

/** Panel preferences as JSON in the plugin data folder; unreadable content falls back to the defaults. */
export function uxpPreferences(uxp: UxpModule): PreferencesStore {
  const file = uxpDataFile(uxp, 'preferences.json');
  return {
    async read() {
      const text = await file.read().catch(() => null);
      if (text == null) return DEFAULT_PANEL_PREFERENCES;
      const parsed = panelPreferencesSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : DEFAULT_PANEL_PREFERENCES;
    },
    write: (preferences) => file.write(JSON.stringify(preferences, null, 2)),
  };
}
