import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { SOURCE_LOCALE, type AppLocale } from '../../shared/i18n/app-locale';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

const TranslatorContext = createContext<Translator>(createTranslator(SOURCE_LOCALE));

/**
 * Gives the panel below it one language. The entry (or Settings) chooses the locale with `chooseLocale`
 * (the preference, else Premiere's `host.uiLocale` or the browser's languages); changing it re-renders the panel.
 */
export function MessagesProvider({ locale, children }: { locale: AppLocale; children?: ReactNode }) {
  const translator = useMemo(() => createTranslator(locale), [locale]);
  return createElement(TranslatorContext.Provider, { value: translator }, children);
}

/** The panel's words and number/date/money/duration formats: `const { t } = useMessages(); t('tab.duck')`. English without a provider. */
export function useMessages(): Translator {
  return useContext(TranslatorContext);
}
