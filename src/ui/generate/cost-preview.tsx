import { useMessages } from '../i18n/use-messages';

/** Between the three facts of the cost line: a separator, not a word, so every language keeps it. */
const FACT_SEPARATOR = ' · ';

/**
 * "Estimated $1.20 (2 × $0.60) · today $3.00 of $20.00 · this project …": cost against spend and caps, before
 * sending. Each fact is one whole message; money follows the locale ("$0.40", "0,40 $US").
 */
export function CostPreview({
  costEachUsd,
  variations,
  todayUsd,
  projectUsd,
  dailyCapUsd,
  projectCapUsd,
}: {
  costEachUsd: number;
  variations: number;
  todayUsd: number;
  projectUsd: number;
  /** Undefined when there is no daily cap. */
  dailyCapUsd: number | undefined;
  /** Undefined when there is no per-project cap. */
  projectCapUsd: number | undefined;
}) {
  const { t, formatMoney } = useMessages();
  const cost = formatMoney(costEachUsd * variations);
  const estimate =
    variations > 1
      ? t('generate.costEstimatedEach', { cost, count: variations, each: formatMoney(costEachUsd) })
      : t('generate.costEstimated', { cost });
  const today =
    dailyCapUsd == null
      ? t('generate.costTodaySpent', { spent: formatMoney(todayUsd) })
      : t('generate.costTodayOfCap', { spent: formatMoney(todayUsd), cap: formatMoney(dailyCapUsd) });
  const project =
    projectCapUsd == null
      ? t('generate.costProjectSpent', { spent: formatMoney(projectUsd) })
      : t('generate.costProjectOfCap', { spent: formatMoney(projectUsd), cap: formatMoney(projectCapUsd) });
  return (
    <p className="hint" data-testid="cost-preview">
      {[estimate, today, project].join(FACT_SEPARATOR)}
    </p>
  );
}
