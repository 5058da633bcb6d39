import { localDay } from './local-day';
import type { ReportRow } from './report-row';
import { reportTotals, type ReportTotals } from './report-totals';

/** Which generations a report covers; absent bounds are open. */
export interface ReportFilter {
  /** Inclusive, ms since epoch. */
  readonly fromMs?: number;
  /** Exclusive, ms since epoch. */
  readonly toMs?: number;
  readonly project?: string;
  readonly client?: string;
}

export interface Report {
  readonly rows: readonly ReportRow[];
  readonly totals: ReportTotals;
}

/** The rows the filter keeps, oldest first (ties by job id, so the same ledger gives the same report), and their totals. */
export function buildReport(rows: readonly ReportRow[], filter: ReportFilter): Report {
  const kept = rows
    .filter(
      (row) =>
        (filter.fromMs == null || row.timeMs >= filter.fromMs) &&
        (filter.toMs == null || row.timeMs < filter.toMs) &&
        (filter.project == null || row.project === filter.project) &&
        (filter.client == null || row.client === filter.client),
    )
    .sort(
      (a, b) => a.timeMs - b.timeMs || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0) || (a.provenanceId < b.provenanceId ? -1 : 1),
    );
  return { rows: kept, totals: reportTotals(kept) };
}

/** A file name for a report: `cliprelay-report-2026-11-01-to-2026-11-30.csv`. */
export function reportFileName(filter: ReportFilter, format: 'csv' | 'json'): string {
  const from = filter.fromMs == null ? 'start' : localDay(filter.fromMs);
  const to = filter.toMs == null ? 'now' : localDay(filter.toMs - 1);
  return `cliprelay-report-${from}-to-${to}.${format}`;
}
