import { reportFileName, type Report, type ReportFilter } from './build-report';
import { reportRowsCsv, reportTotalsCsv } from './report-csv';

/** A report ready to save or print. */
export interface ExportedReport {
  readonly fileName: string;
  readonly mimeType: 'text/csv' | 'application/json';
  readonly text: string;
  readonly jobs: number;
  readonly totalUsd: number;
}

/** CSV (the rows; `totals: true` for the totals table instead) or JSON (`{rows, totals}`). */
export function formatReport(
  report: Report,
  options: { readonly filter: ReportFilter; readonly format: 'csv' | 'json'; readonly totals?: boolean },
): ExportedReport {
  const summary = { jobs: report.rows.length, totalUsd: report.totals.overall.totalUsd };
  if (options.format === 'json')
    return {
      fileName: reportFileName(options.filter, 'json'),
      mimeType: 'application/json',
      text: `${JSON.stringify({ rows: report.rows.map(({ timeMs: _timeMs, ...row }) => row), totals: report.totals }, null, 2)}\n`,
      ...summary,
    };
  return {
    fileName: reportFileName(options.filter, 'csv'),
    mimeType: 'text/csv',
    text: options.totals === true ? reportTotalsCsv(report.totals) : reportRowsCsv(report.rows),
    ...summary,
  };
}
