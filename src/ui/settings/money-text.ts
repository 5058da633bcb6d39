import type { AppLocale } from '../../shared/i18n/app-locale';

/** Languages that write a decimal comma and group thousands with a space or a point ("1 000,50", "1.000,50"). */
const DECIMAL_COMMA: ReadonlySet<AppLocale> = new Set(['fr', 'ca', 'pl']);

/**
 * A budget as people type money in the panel's language: "$12" and "1,000" in English and Chinese, "12,50" or
 * "1 000,50 $" in French, Catalan and Polish (where "12.50" is still 12.5). Empty is no cap (undefined); anything
 * else that is not a number stays NaN, for the schema to name.
 */
export function moneyFromText(text: string, locale: AppLocale): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!DECIMAL_COMMA.has(locale)) return Number(trimmed.replace(/^\$/, '').replace(/,/g, ''));
  const bare = trimmed.replace(/^\$|\$$/g, '').replace(/[\s\u00a0\u202f]/g, '');
  // A point groups thousands only beside a decimal comma or between groups of three ("1.000,50", "1.000"); otherwise it is
  // a decimal point typed the English way ("12.50" is 12.5, never a cap a hundred times higher).
  const pointGroups = bare.includes(',') || /^\d{1,3}(\.\d{3})+$/.test(bare);
  return Number((pointGroups ? bare.replace(/\./g, '') : bare).replace(',', '.'));
}
