import { createJsonDocumentSettingsStore } from '../json-settings-document';
import type { SettingsStore } from '../settings-store';
import { uxpDataFile } from './uxp-data-file';
import type { UxpModule } from './uxp-module';

const UXP_SETTINGS_FILE = 'settings.json';

/**
 * Settings as `settings.json` in the plugin data folder — needs no permission beyond the default,
 * survives Premiere updates, and is removed when the plugin is uninstalled (research §4.3), which is
 * right for preferences. Generated media never goes here. Replaced atomically (uxpDataFile).
 */
export function createUxpSettingsStore(uxp: UxpModule): SettingsStore {
  return createJsonDocumentSettingsStore(uxpDataFile(uxp, UXP_SETTINGS_FILE));
}
