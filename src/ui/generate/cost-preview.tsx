const usd = (value: number) => `$${value.toFixed(2)}`;

/** "Estimated $1.20 (2 × $0.60) · today $3.00 of $20.00 · this project …": cost against spend and caps, before sending. */
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
  return (
    <p className="hint" data-testid="cost-preview">
      Estimated {usd(costEachUsd * variations)}
      {variations > 1 ? ` (${variations} × ${usd(costEachUsd)})` : ''} · today {usd(todayUsd)}
      {dailyCapUsd == null ? '' : ` of ${usd(dailyCapUsd)}`} · this project {usd(projectUsd)}
      {projectCapUsd == null ? '' : ` of ${usd(projectCapUsd)}`}
    </p>
  );
}
