import type { AppLocale } from '../../shared/i18n/app-locale';

/**
 * Seconds shown with a fixed number of decimals in the panel's language ("2.50" in English, "2,50" in French), never
 * grouped, so a preview's spans line up. Falls back to `toFixed` where the runtime's Intl cannot format (UXP's Intl is
 * undocumented).
 */
export function fixedDecimals(value: number, digits: number, locale: AppLocale): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(
      value,
    );
  } catch {
    return value.toFixed(digits);
  }
}
