import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PANEL_PREFERENCES, type PanelPreferences } from '../domain/preferences/panel-preferences';
import type { PreferencesStore } from '../platform/preferences-store';
import { describeError } from '../shared/app-error';
import { useMessages } from './i18n/use-messages';
import { PreferencesUnreadableError } from './preferences-unreadable-error';

/**
 * Preferences loaded once, saved on change; defaults until loaded. The third value is what the panel
 * must say about them: damaged preferences that were set aside, or a file that could not be read at all —
 * then nothing is saved over it (the editor's preferences may still be in it) and saving says why.
 */
export function usePreferences(store: PreferencesStore) {
  const { t } = useMessages();
  const [preferences, setPreferences] = useState<PanelPreferences>(DEFAULT_PANEL_PREFERENCES);
  const [notice, setNotice] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<PreferencesUnreadableError | null>(null);
  useEffect(() => {
    store.read().then(
      (read) => {
        setPreferences(read);
        const damage = store.damage?.() ?? null;
        setNotice(damage == null ? null : t('panel.defaultPreferencesInUse', { problem: damage.message }));
      },
      (error: unknown) => {
        const problem = new PreferencesUnreadableError({ detail: describeError(error), cause: error });
        setUnreadable(problem);
        setNotice(problem.message);
      },
    );
  }, [store, t]);
  // Another view may save them (the sandbox header's language picker): follow what was written.
  useEffect(() => store.subscribe?.(setPreferences), [store]);
  const save = useCallback(
    async (next: PanelPreferences) => {
      if (unreadable != null) throw unreadable;
      await store.write(next);
      setPreferences(next);
    },
    [store, unreadable],
  );
  return [preferences, save, notice] as const;
}
