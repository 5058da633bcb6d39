import type { AppLocale } from '../../shared/i18n/app-locale';

/** Languages that write a decimal comma and group thousands with a space or a point ("1 000,50", "1.000,50"). */
const DECIMAL_COMMA: ReadonlySet<AppLocale> = new Set(['fr', 'ca', 'pl']);

/**
 * A budget as people type money in the panel's language: "$12" and "1,000" in English and Chinese, "12,50" or
 * "1 000,50 $" in French, Catalan and Polish. Empty is no cap (undefined); anything else that is not a number stays NaN,
 * for the schema to name.
 */
export function moneyFromText(text: string, locale: AppLocale): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!DECIMAL_COMMA.has(locale)) return Number(trimmed.replace(/^\$/, '').replace(/,/g, ''));
  const bare = trimmed.replace(/^\$|\$$/g, '').replace(/[\s\u00a0\u202f.]/g, '');
  return Number(bare.replace(',', '.'));
}
