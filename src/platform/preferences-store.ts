import type { PanelPreferences } from '../domain/preferences/panel-preferences';
import type { StoredDataDamagedError } from './stored-data-damaged-error';

/** Where the panel's preferences live (plugin data folder, localStorage in the sandbox). */
export interface PreferencesStore {
  read(): Promise<PanelPreferences>;
  write(preferences: PanelPreferences): Promise<void>;
  /** The damage the last read found and set aside (the defaults were used), for the panel to say; null when none. */
  damage?(): StoredDataDamagedError | null;
  /** Calls `listener` after each successful write (another view changed them: the sandbox header's language); answers how to stop. */
  subscribe?(listener: (preferences: PanelPreferences) => void): () => void;
}
