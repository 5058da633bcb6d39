import { APP_LOCALES, type AppLocale } from './app-locale';

/** The `Intl` services the messages use, each with the FormatJS polyfill that would supply it where it is missing. */
const FEATURES = [
  { name: 'PluralRules', polyfill: '@formatjs/intl-pluralrules', usedFor: 'plural messages (1 klip, 2 klipy, 5 klipów)' },
  { name: 'NumberFormat', polyfill: '@formatjs/intl-numberformat', usedFor: 'numbers and currency (spend, budgets)' },
  { name: 'DateTimeFormat', polyfill: '@formatjs/intl-datetimeformat', usedFor: 'dates and times' },
  { name: 'RelativeTimeFormat', polyfill: '@formatjs/intl-relativetimeformat', usedFor: '"5 minutes ago"' },
  { name: 'ListFormat', polyfill: '@formatjs/intl-listformat', usedFor: '"voice, music and effects"' },
] as const;

type IntlFeatureName = (typeof FEATURES)[number]['name'];

interface IntlFeatureSupport {
  readonly name: IntlFeatureName;
  /** The constructor exists and answered a probe for Polish (the language with the most plural forms we ship). */
  readonly works: boolean;
  /** Our locales the runtime has data for (`supportedLocalesOf`); the others fall back to its default locale. */
  readonly locales: readonly AppLocale[];
  readonly polyfill: string;
  readonly usedFor: string;
}

interface IntlSupportReport {
  readonly features: readonly IntlFeatureSupport[];
  /** Polyfills the panel loaded because a feature was missing (none are bundled today: UXP is asked first). */
  readonly polyfillsLoaded: readonly string[];
  /** Polyfills a runtime like this one would need: a feature missing, or without data for one of our locales. */
  readonly polyfillsNeeded: readonly string[];
  /** The report as Diagnostics shows it, one line per feature. */
  readonly lines: readonly string[];
}

/** A probe per feature that fails when the constructor exists but has no real data behind it (a stub). */
function probe(name: IntlFeatureName, intl: Record<string, unknown>): boolean {
  try {
    const Feature = intl[name] as new (locale: string, options?: object) => Record<string, (...args: unknown[]) => unknown>;
    if (typeof Feature !== 'function') return false;
    switch (name) {
      case 'PluralRules':
        return new Feature('pl').select!(5) === 'many';
      case 'NumberFormat':
        return /US|\$/.test(String(new Feature('fr', { style: 'currency', currency: 'USD' }).format!(1)));
      case 'DateTimeFormat':
        return String(new Feature('en', { year: 'numeric', timeZone: 'UTC' }).format!(Date.UTC(2026, 5, 1))) === '2026';
      case 'RelativeTimeFormat':
        return String(new Feature('en').format!(-5, 'minute')).includes('5');
      case 'ListFormat':
        return String(new Feature('en', { type: 'conjunction' }).format!(['a', 'b'])) === 'a and b';
    }
  } catch {
    return false;
  }
}

function supportedLocales(name: IntlFeatureName, intl: Record<string, unknown>): AppLocale[] {
  try {
    const Feature = intl[name] as { supportedLocalesOf?: (locales: readonly string[]) => string[] } | undefined;
    const supported = Feature?.supportedLocalesOf?.([...APP_LOCALES]) ?? [];
    return APP_LOCALES.filter((locale) => supported.some((tag) => tag.toLowerCase() === locale.toLowerCase()));
  } catch {
    return [];
  }
}

/**
 * What this runtime's `Intl` offers the messages, for Diagnostics (issue 17: UXP's `Intl` is not documented, so it is
 * measured on the user's install). Pure: takes the `Intl` object, so tests pass stubs and the panel passes the real one.
 */
export function intlSupportReport(intl: unknown, polyfillsLoaded: readonly string[] = []): IntlSupportReport {
  const record = typeof intl === 'object' && intl != null ? (intl as Record<string, unknown>) : {};
  const features = FEATURES.map(({ name, polyfill, usedFor }) => ({
    name,
    works: probe(name, record),
    locales: supportedLocales(name, record),
    polyfill,
    usedFor,
  }));
  const polyfillsNeeded = features
    .filter((feature) => !feature.works || feature.locales.length < APP_LOCALES.length)
    .map((feature) => feature.polyfill)
    .filter((polyfill) => !polyfillsLoaded.includes(polyfill));
  const lines = [
    ...features.map((feature) => {
      const missingLocales = APP_LOCALES.filter((locale) => !feature.locales.includes(locale));
      const state = !feature.works ? 'missing' : missingLocales.length === 0 ? 'ok' : `no data for ${missingLocales.join(', ')}`;
      return `Intl.${feature.name}: ${state} (${feature.usedFor})`;
    }),
    `Intl polyfills loaded: ${polyfillsLoaded.length === 0 ? 'none' : polyfillsLoaded.join(', ')}`,
    `Intl polyfills this runtime would need: ${polyfillsNeeded.length === 0 ? 'none' : polyfillsNeeded.join(', ')}`,
  ];
  return { features, polyfillsLoaded, polyfillsNeeded, lines };
}
