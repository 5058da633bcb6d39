import { REPORT_COLUMNS, type ReportRow } from './report-row';
import type { ReportTotals } from './report-totals';

/** Text columns a spreadsheet could read as a formula (=, +, -, @ first): written with a leading apostrophe. */
const TEXT_COLUMNS: ReadonlySet<string> = new Set([
  'project',
  'client',
  'model',
  'prompt',
  'filePath',
  'provenanceId',
  'jobId',
  'provider',
]);

/**
 * One field per RFC 4180: quoted when it holds a comma, a double quote, CR or LF, with quotes
 * doubled. A text field that starts like a formula gets a leading apostrophe first, so a prompt
 * such as "=HYPERLINK(…)" stays text when the report is opened in a spreadsheet (CSV injection).
 */
export function csvField(value: string | number, column?: string): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (column != null && TEXT_COLUMNS.has(column) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: readonly string[]): string {
  return `${fields.join(',')}\r\n`;
}

/** The rows as CSV (RFC 4180: a header line, CRLF line ends), one line per generation. */
export function reportRowsCsv(rows: readonly ReportRow[]): string {
  const lines = [csvLine([...REPORT_COLUMNS])];
  for (const row of rows) lines.push(csvLine(REPORT_COLUMNS.map((column) => csvField(row[column], column))));
  return lines.join('');
}

/** The totals as CSV: `group,key,jobs,totalUsd`, overall first, then per client, provider and day. */
export function reportTotalsCsv(totals: ReportTotals): string {
  let text = csvLine(['group', 'key', 'jobs', 'totalUsd']);
  text += csvLine(['all', '', String(totals.overall.jobs), String(totals.overall.totalUsd)]);
  for (const [group, entries] of [
    ['client', totals.byClient],
    ['provider', totals.byProvider],
    ['day', totals.byDay],
  ] as const) {
    for (const entry of entries) text += csvLine([group, csvField(entry.key, 'client'), String(entry.jobs), String(entry.totalUsd)]);
  }
  return text;
}
