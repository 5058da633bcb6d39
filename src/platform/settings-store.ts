import type { StoredDataDamagedError } from './stored-data-damaged-error';

/** A value settings can hold: plain JSON. */
export type SettingsValue = string | number | boolean | null | readonly SettingsValue[] | { readonly [key: string]: SettingsValue };

/**
 * The panel's non-secret settings (preferences, the remembered media folder) as JSON by key: in the
 * UXP plugin data folder, in `$CLIPRELAY_HOME` (default `~/.cliprelay`) for the CLI, in localStorage
 * for the sandbox page. Never for API keys: those go to a SecretStore.
 * Callers validate what they read (zod): the file is the user's and may be edited by hand.
 */
export interface SettingsStore {
  /** The value stored under `key`, or null when there is none. */
  get(key: string): Promise<SettingsValue | null>;
  set(key: string, value: SettingsValue): Promise<void>;
  remove(key: string): Promise<void>;
  /**
   * The damaged document found on the last read, kept aside (StoredDataDamagedError.keptAsidePath)
   * before the store started over, so the panel can tell the user; null when none. @default none
   */
  damage?(): StoredDataDamagedError | null;
}
