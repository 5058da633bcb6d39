import type { LocalizedMessage } from '../../shared/app-error';

/** Spending limits an agency pack or the user sets; absent fields mean no limit. */
export interface BudgetCaps {
  /** Generation spend per calendar day (local time), in US dollars. */
  readonly dailyUsd?: number;
  /** Total generation spend per project, in US dollars. */
  readonly perProjectUsd?: number;
  /** Generation spend per client (every project tagged with it) per calendar month (local time), in US dollars. */
  readonly perClientMonthlyUsd?: number;
}

interface SpendItem {
  readonly costUsd: number;
  readonly atMs: number;
  readonly projectName: string;
  /** @default undefined (untagged: counts for no client) */
  readonly clientTag?: string;
}

interface SpendSummary {
  readonly todayUsd: number;
  readonly projectUsd: number;
  /** This month's spend of the client the new generation is for; absent when it has no client tag. */
  readonly clientMonthUsd?: number;
  readonly clientTag?: string;
}

/** Start of the local calendar day containing `atMs`. */
export function startOfDayMs(atMs: number): number {
  const date = new Date(atMs);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Start of the local calendar month containing `atMs`. */
export function startOfMonthMs(atMs: number): number {
  const date = new Date(atMs);
  date.setDate(1);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

export function summarizeSpend(items: readonly SpendItem[], projectName: string, nowMs: number, clientTag?: string): SpendSummary {
  const dayStartMs = startOfDayMs(nowMs);
  const summary = {
    todayUsd: items.filter((item) => item.atMs >= dayStartMs).reduce((sum, item) => sum + item.costUsd, 0),
    projectUsd: items.filter((item) => item.projectName === projectName).reduce((sum, item) => sum + item.costUsd, 0),
  };
  if (clientTag == null) return summary;
  const monthStartMs = startOfMonthMs(nowMs);
  const clientMonthUsd = items
    .filter((item) => item.clientTag === clientTag && item.atMs >= monthStartMs)
    .reduce((sum, item) => sum + item.costUsd, 0);
  return { ...summary, clientTag, clientMonthUsd };
}

/**
 * Why a new generation of `costUsd` would break a cap, as a sentence for the editor with its catalog message (the
 * panel's language; amounts as numbers, formatted per locale); null when it fits. Checked before anything is sent.
 */
export function budgetRefusal(
  caps: BudgetCaps,
  spent: SpendSummary,
  costUsd: number,
): { readonly message: string; readonly localized: LocalizedMessage } | null {
  const usd = (value: number) => `$${value.toFixed(2)}`;
  if (caps.dailyUsd != null && spent.todayUsd + costUsd > caps.dailyUsd + 1e-9) {
    return {
      message: `This generation (${usd(costUsd)}) would take today's spend to ${usd(spent.todayUsd + costUsd)}, over the daily cap of ${usd(caps.dailyUsd)}.`,
      localized: { id: 'errors.overDailyCap', values: { costUsd, totalUsd: spent.todayUsd + costUsd, capUsd: caps.dailyUsd } },
    };
  }
  if (caps.perProjectUsd != null && spent.projectUsd + costUsd > caps.perProjectUsd + 1e-9) {
    return {
      message: `This generation (${usd(costUsd)}) would take this project's spend to ${usd(spent.projectUsd + costUsd)}, over its cap of ${usd(caps.perProjectUsd)}.`,
      localized: { id: 'errors.overProjectCap', values: { costUsd, totalUsd: spent.projectUsd + costUsd, capUsd: caps.perProjectUsd } },
    };
  }
  const clientUsd = spent.clientMonthUsd;
  if (caps.perClientMonthlyUsd != null && clientUsd != null && clientUsd + costUsd > caps.perClientMonthlyUsd + 1e-9) {
    const values = { costUsd, totalUsd: clientUsd + costUsd, capUsd: caps.perClientMonthlyUsd };
    return {
      message: `This generation (${usd(costUsd)}) would take ${spent.clientTag ?? 'this client'}'s spend this month to ${usd(clientUsd + costUsd)}, over the monthly cap per client of ${usd(caps.perClientMonthlyUsd)}.`,
      localized:
        spent.clientTag == null
          ? { id: 'errors.overClientCapUntagged', values }
          : { id: 'errors.overClientCap', values: { ...values, client: spent.clientTag } },
    };
  }
  return null;
}
