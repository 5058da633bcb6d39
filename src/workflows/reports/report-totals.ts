import type { ReportRow } from './report-row';

interface ReportTotal {
  readonly key: string;
  readonly jobs: number;
  readonly totalUsd: number;
}

export interface ReportTotals {
  readonly overall: { readonly jobs: number; readonly totalUsd: number };
  readonly byClient: readonly ReportTotal[];
  readonly byProvider: readonly ReportTotal[];
  readonly byDay: readonly ReportTotal[];
}

/** Costs are estimates rounded to 1/10,000 of a dollar (estimateCostUsd): summed as whole units of that, so 10,000 jobs add up exactly. */
const UNITS_PER_USD = 10_000;

/** Totals per client, provider and day, each sorted by key; sums are exact to the 1/10,000 dollar. */
export function reportTotals(rows: readonly ReportRow[]): ReportTotals {
  const groups = {
    client: new Map<string, [number, number]>(),
    provider: new Map<string, [number, number]>(),
    day: new Map<string, [number, number]>(),
  };
  let overallUnits = 0;
  for (const row of rows) {
    const units = Math.round(row.costUsd * UNITS_PER_USD);
    overallUnits += units;
    add(groups.client, row.client, units);
    add(groups.provider, row.provider, units);
    add(groups.day, row.day, units);
  }
  return {
    overall: { jobs: rows.length, totalUsd: overallUnits / UNITS_PER_USD },
    byClient: sorted(groups.client),
    byProvider: sorted(groups.provider),
    byDay: sorted(groups.day),
  };
}

function add(group: Map<string, [number, number]>, key: string, units: number): void {
  const entry = group.get(key);
  if (entry == null) group.set(key, [1, units]);
  else {
    entry[0]++;
    entry[1] += units;
  }
}

function sorted(group: Map<string, [number, number]>): ReportTotal[] {
  return [...group.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, [jobs, units]]) => ({ key, jobs, totalUsd: units / UNITS_PER_USD }));
}
