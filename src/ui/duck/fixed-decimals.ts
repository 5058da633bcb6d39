import type { Translator } from '../../shared/i18n/translator';

/**
 * Seconds shown with a fixed number of decimals in the panel's language ("2.50" in English, "2,50" in French), never
 * grouped, so a preview's spans line up. Through the translator's number formatting: its formatters are built once per
 * locale and options (a preview of an hour of voice-over formats 1,400 spans in one render), and it has the fallback
 * for a runtime without Intl.NumberFormat.
 */
export function fixedDecimals(value: number, digits: number, numbers: Pick<Translator, 'formatNumber'>): string {
  return numbers.formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
}
