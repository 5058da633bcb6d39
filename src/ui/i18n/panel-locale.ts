import { APP_LOCALES, type AppLocale, type LocalePreference } from '../../shared/i18n/app-locale';
import { chooseLocale } from '../../shared/i18n/best-fit-locale';
import { hostUiLocaleOf } from '../../shared/i18n/host-ui-locale';
import { LOCALE_NATIVE_NAMES, type MessageId } from '../../shared/i18n/catalogs';

/** What the runtime says about the user's language; each entry passes what it has (never both in practice). */
interface RuntimeLanguages {
  /** `require('uxp')` in Premiere: its `host.uiLocale` is Premiere's UI language. */
  readonly uxp?: unknown;
  /** The browser's `navigator` in the sandbox (and Resolve's page): `languages` in the user's order. */
  readonly navigator?: { readonly languages?: readonly string[]; readonly language?: string };
}

/**
 * The panel's language: the Settings choice, else Premiere's UI language, else the browser's languages, else English.
 * Premiere ships no Catalan or Polish UI, so those users pick their language in Settings (or get English).
 */
export function panelLocale(preference: LocalePreference, runtime: RuntimeLanguages): AppLocale {
  const browser = runtime.navigator?.languages ?? (runtime.navigator?.language == null ? [] : [runtime.navigator.language]);
  return chooseLocale(preference, [hostUiLocaleOf(runtime.uxp), ...browser]);
}

/** The Settings (and sandbox header) language picker: "Same as Premiere" first, then each language in its own name. */
export const LANGUAGE_CHOICES: readonly (
  { readonly value: 'auto'; readonly labelId: MessageId } | { readonly value: AppLocale; readonly nativeName: string }
)[] = [
  { value: 'auto', labelId: 'settings.languageAuto' },
  ...APP_LOCALES.map((locale) => ({ value: locale, nativeName: LOCALE_NATIVE_NAMES[locale] })),
];
