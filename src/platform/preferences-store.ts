import type { PanelPreferences } from '../domain/preferences/panel-preferences';

/** Where the panel's preferences live (plugin data folder, localStorage in the sandbox). */
export interface PreferencesStore {
  read(): Promise<PanelPreferences>;
  write(preferences: PanelPreferences): Promise<void>;
}
