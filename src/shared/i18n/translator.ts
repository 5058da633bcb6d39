import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { SOURCE_LOCALE, type AppLocale } from './app-locale';
import { CATALOGS, type MessageId } from './catalogs';
import type { EN_MESSAGES } from './catalogs/en';
import { installPluralRulesFallback, PLURAL_RULES_FALLBACK_NAME } from './plural-rules-fallback';

/** What a placeholder may be given: text, a number (formatted per locale by the message), a date. */
type MessageValues = Readonly<Record<string, string | number | Date>>;

/** How a plain number is written: at most one decimal unless told; grouped ("1,400") unless told. */
interface NumberOptions {
  readonly maximumFractionDigits?: number;
  /** Decimals always written ("2.50"), so figures in a list line up. @default 0 */
  readonly minimumFractionDigits?: number;
  readonly useGrouping?: boolean;
}

/** "and" or "or". */
type ListType = 'conjunction' | 'disjunction';

/** A message with placeholders needs its values; one without takes none. Checked by the compiler at every call. */
type ValuesArgument<Id extends MessageId> = (typeof EN_MESSAGES)[Id] extends `${string}{${string}` ? [values: MessageValues] : [];

/** Everything the panel and the CLI need to speak one language. */
export interface Translator {
  readonly locale: AppLocale;
  /** A catalog message, formatted per locale (plurals, numbers inside the message). */
  readonly t: <Id extends MessageId>(id: Id, ...values: ValuesArgument<Id>) => string;
  /** A number per locale; its formatters are built once per locale and options (the shared Intl cache). */
  readonly formatNumber: (value: number, options?: NumberOptions) => string;
  /** Spend and budgets: `amount` in `currency` units (USD by default, what provider prices are quoted in). */
  readonly formatMoney: (amount: number, currency?: string) => string;
  readonly formatDate: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string;
  /** A length of time in words short enough for the panel: "42.5 s", "3 min 5 s", "1 h 20 min" (per locale). */
  readonly formatDuration: (durationSeconds: number) => string;
  /**
   * "voice, music, and effects" (`conjunction`, the default) or "5, 8 or 10" (`disjunction`) per locale; commas where
   * Intl.ListFormat is missing (UXP may lack it). English alternatives read "A, B or C", as the domain's English
   * sentences write them ("Kling accepts 5 or 10 seconds"), so the panel's English equals theirs byte for byte.
   */
  readonly formatList: (items: readonly string[], type?: ListType) => string;
}

/** A problem formatting one message: reported once, never thrown into the panel (the source text is shown instead). */
type TranslatorProblemSink = (problem: { readonly code: string; readonly message: string }) => void;

const cache = createIntlCache();

const loadedFallbacks: string[] = [];

/** The Intl fallbacks this runtime needed so far (for Diagnostics: `intlSupportReport(Intl, loadedIntlFallbacks())`). */
export function loadedIntlFallbacks(): readonly string[] {
  return loadedFallbacks;
}

/**
 * The translator for one locale. Falls back to English per message (a catalog missing an id cannot ship — the
 * completeness test fails — but a runtime lacking an `Intl` feature still gets readable text).
 */
export function createTranslator(locale: AppLocale, onProblem: TranslatorProblemSink = () => undefined): Translator {
  // UXP's Intl is undocumented: where PluralRules is missing, plural messages would show their ICU source.
  if (installPluralRulesFallback(Intl)) loadedFallbacks.push(PLURAL_RULES_FALLBACK_NAME);
  const intl: IntlShape = createIntl(
    {
      locale,
      defaultLocale: SOURCE_LOCALE,
      messages: CATALOGS[locale],
      onError: (error) => onProblem({ code: error.code, message: error.message }),
      onWarn: () => undefined,
    },
    cache,
  );
  const t = <Id extends MessageId>(id: Id, ...values: ValuesArgument<Id>): string =>
    intl.formatMessage({ id, defaultMessage: CATALOGS[SOURCE_LOCALE][id] }, values[0]);
  const formatNumber = (value: number, options?: NumberOptions) => {
    const maximumFractionDigits = options?.maximumFractionDigits ?? 1;
    const minimumFractionDigits = Math.min(options?.minimumFractionDigits ?? 0, maximumFractionDigits);
    // UXP's Intl is undocumented: without NumberFormat, FormatJS would answer String(value) (unrounded, digits unfixed).
    if (typeof Intl.NumberFormat !== 'function') return plainNumber(value, minimumFractionDigits, maximumFractionDigits);
    return intl.formatNumber(value, {
      maximumFractionDigits,
      ...(minimumFractionDigits > 0 ? { minimumFractionDigits } : {}),
      ...(options?.useGrouping === false ? { useGrouping: false } : {}),
    });
  };
  return {
    locale,
    t,
    formatNumber,
    formatMoney: (amount, currency = 'USD') => intl.formatNumber(amount, { style: 'currency', currency }),
    formatDate: (value, options) => intl.formatDate(value, options ?? { dateStyle: 'medium', timeStyle: 'short' }),
    formatDuration: (durationSeconds) => durationInWords(durationSeconds, t, formatNumber),
    formatList: (items, type = 'conjunction') => {
      if (type === 'disjunction' && locale === SOURCE_LOCALE) return englishAlternatives(items);
      return typeof Intl.ListFormat === 'function' ? intl.formatList(items, { type }) : items.join(', ');
    },
  };
}

/** "A, B or C", no serial comma: the alternatives as every English sentence of ours has always written them. */
function englishAlternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** A number as JavaScript writes it, rounded to the digits asked, where the runtime has no Intl.NumberFormat. */
function plainNumber(value: number, minimumFractionDigits: number, maximumFractionDigits: number): string {
  const rounded = value.toFixed(maximumFractionDigits);
  if (!rounded.includes('.')) return rounded;
  const [whole, fraction] = rounded.split('.') as [string, string];
  const kept = fraction.replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  return kept.length === 0 ? whole : `${whole}.${kept}`;
}

function durationInWords(durationSeconds: number, t: Translator['t'], formatNumber: Translator['formatNumber']): string {
  const seconds = Math.max(0, durationSeconds);
  if (seconds < 60) return t('duration.seconds', { seconds: formatNumber(seconds) });
  const wholeSeconds = Math.round(seconds);
  if (wholeSeconds < 3600)
    return t('duration.minutesSeconds', {
      minutes: formatNumber(Math.floor(wholeSeconds / 60), { maximumFractionDigits: 0 }),
      seconds: formatNumber(wholeSeconds % 60, { maximumFractionDigits: 0 }),
    });
  const wholeMinutes = Math.round(seconds / 60);
  return t('duration.hoursMinutes', {
    hours: formatNumber(Math.floor(wholeMinutes / 60), { maximumFractionDigits: 0 }),
    minutes: formatNumber(wholeMinutes % 60, { maximumFractionDigits: 0 }),
  });
}
