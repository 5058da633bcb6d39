import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PANEL_PREFERENCES, type PanelPreferences } from '../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../platform/preferences-store';

/** Preferences loaded once, saved on change; defaults until loaded. */
export function usePreferences(store: PreferencesStore) {
  const [preferences, setPreferences] = useState<PanelPreferences>(DEFAULT_PANEL_PREFERENCES);
  useEffect(() => {
    void store.read().then(setPreferences);
  }, [store]);
  const save = useCallback(
    async (next: PanelPreferences) => {
      await store.write(next);
      setPreferences(next);
    },
    [store],
  );
  return [preferences, save] as const;
}
