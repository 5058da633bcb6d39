import { useEffect, useState, type ReactNode } from 'react';
import type { LocalePreference } from '../../shared/i18n/app-locale';
import type { PreferencesStore } from '../../platform/preferences-store';
import { panelLocale } from './panel-locale';
import { MessagesProvider } from './use-messages';

/** What the entry knows of the user's language: Premiere's `uxp` module, or the browser's `navigator`. */
type RuntimeLanguages = Parameters<typeof panelLocale>[1];

/** The language the editor chose in Settings ('auto' until the preferences are read), followed as it is saved. */
export function usePreferredLanguage(preferences: PreferencesStore): LocalePreference {
  const [language, setLanguage] = useState<LocalePreference>('auto');
  useEffect(() => {
    let live = true;
    // An unreadable preferences file is the panel's to say (usePreferences); the language stays automatic.
    void preferences.read().then(
      (read) => live && setLanguage(read.language),
      () => undefined,
    );
    const unsubscribe = preferences.subscribe?.((saved) => setLanguage(saved.language));
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [preferences]);
  return language;
}

/**
 * The panel in one language: the Settings choice, else Premiere's UI language (`uxp`) or the browser's (`navigator`),
 * else English. Saving another language re-renders everything below at once; `<html lang>` follows, so screen readers
 * and the font fallback (CJK) read the right language.
 */
export function PanelMessages({
  preferences,
  runtime,
  children,
}: {
  preferences: PreferencesStore;
  runtime: RuntimeLanguages;
  children?: ReactNode;
}) {
  const locale = panelLocale(usePreferredLanguage(preferences), runtime);
  useEffect(() => {
    if (typeof document === 'object' && document?.documentElement != null) document.documentElement.lang = locale;
  }, [locale]);
  return <MessagesProvider locale={locale}>{children}</MessagesProvider>;
}
