import { isAppLocale, SOURCE_LOCALE, type AppLocale, type LocalePreference } from './app-locale';

/** Chinese regions and scripts written in Traditional characters: Simplified is not their script. */
const TRADITIONAL_CHINESE_SUBTAGS = new Set(['hant', 'tw', 'hk', 'mo']);

/**
 * The language tag in a form we can compare: POSIX locales (`fr_CA.UTF-8@euro`), Adobe's `en_US` and BCP 47
 * (`zh-Hans-CN`) all become lower-case subtags. Hand-written rather than `Intl.Locale`, which UXP may lack.
 */
function subtagsOf(tag: string): string[] {
  const bare = tag.trim().split(/[.@]/, 1)[0] ?? '';
  return bare
    .replace(/_/g, '-')
    .toLowerCase()
    .split('-')
    .filter((subtag) => subtag.length > 0);
}

/**
 * The supported language one tag asks for, or null when it asks for none of ours: `fr-CA` → `fr`, `ca-ES` → `ca`,
 * `zh`, `zh-CN`, `zh-Hans-CN`, `zh-SG` → `zh-Hans`; `zh-TW`, `zh-Hant` → null (another script, not a dialect);
 * `C`/`POSIX` → null.
 */
export function bestFitLocale(tag: string): AppLocale | null {
  const [language, ...rest] = subtagsOf(tag);
  if (language == null) return null;
  if (language === 'zh') return rest.some((subtag) => TRADITIONAL_CHINESE_SUBTAGS.has(subtag)) ? null : 'zh-Hans';
  return isAppLocale(language) ? language : null;
}

/**
 * The language to speak: the user's preference when it names one, else the first of the runtime's tags (the
 * editor's UI language, the browser's `navigator.languages`, the shell's variables, in the caller's order) that
 * fits a supported language, else English.
 */
export function chooseLocale(preference: LocalePreference, runtimeTags: readonly (string | null | undefined)[]): AppLocale {
  if (preference !== 'auto') return preference;
  for (const tag of runtimeTags) {
    const fit = tag == null ? null : bestFitLocale(tag);
    if (fit != null) return fit;
  }
  return SOURCE_LOCALE;
}
