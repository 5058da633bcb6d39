import type { JobLedger } from '../jobs/job-ledger';
import { buildReport, type ReportFilter } from './build-report';
import { formatReport, type ExportedReport } from './format-report';
import type { PromptPolicy } from './report-row';
import { reportPromptFormatter } from './report-prompt';
import { reportRowFromJob } from './report-rows-from-jobs';

/**
 * What the Jobs tab's Export button calls: every generation in the ledger and its archive within
 * the filter, as CSV or JSON (see formatReport), ready for a save dialog. Prompts follow the pack's
 * policy (effectivePolicy(...).reportPrompts). A job in both the ledger and the archive is counted
 * once (listArchived leaves out what the ledger still holds).
 */
export async function exportJobsReport(options: {
  readonly ledger: JobLedger;
  readonly filter: ReportFilter;
  readonly format: 'csv' | 'json';
  readonly prompts: PromptPolicy;
  readonly totals?: boolean;
  readonly dayOf?: (atMs: number) => string;
}): Promise<ExportedReport> {
  const jobs = [...options.ledger.list(), ...(await options.ledger.listArchived())];
  const prompt = reportPromptFormatter(options.prompts);
  const rows = jobs.map((job) => reportRowFromJob(job, { prompt, dayOf: options.dayOf }));
  return formatReport(buildReport(rows, options.filter), options);
}
