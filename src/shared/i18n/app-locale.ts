/**
 * The languages ClipRelay speaks (issue 17). English is the source of every message and the answer when nothing
 * else matches; Chinese is Simplified, the script Premiere ships for mainland China.
 */
export const APP_LOCALES = ['en', 'fr', 'ca', 'pl', 'zh-Hans'] as const;

export type AppLocale = (typeof APP_LOCALES)[number];

export const SOURCE_LOCALE: AppLocale = 'en';

/** The user's own setting: follow the editor (or browser, or shell), or one language. */
export type LocalePreference = 'auto' | AppLocale;

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}
