import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parsePresetPack } from '../domain/presets';
import { buildReport, type ReportFilter } from '../workflows/reports/build-report';
import { exportJobsReport } from '../workflows/reports/export-jobs-report';
import { formatReport, type ExportedReport } from '../workflows/reports/format-report';
import type { PromptPolicy } from '../workflows/reports/report-row';
import { reportRowsFromSidecars } from '../workflows/reports/report-rows-from-sidecars';
import { assertInputFile } from './assert-input-file';
import { openCliLedger } from './cli-job-runner';
import { EXIT_OK, escapeForTerminal, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { parseCommandArgs } from './parse-cli-args';

const SIDECAR_SUFFIX = '.cliprelay.json';
const MAX_FOLDER_DEPTH = 8;

/**
 * `cliprelay report`: every generation in a period with its project/client, provider, model,
 * duration, resolution, cost, outcome, prompt (or its hash), file and provenance id, as CSV or
 * JSON; `--totals` for the totals per client, provider and day. From the ledger and its archive,
 * or with `--from-folder DIR` from the provenance sidecars beside the clips alone.
 */
export async function runReportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('report', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    project: { type: 'string' },
    client: { type: 'string' },
    format: { type: 'string' },
    totals: { type: 'boolean' },
    'from-folder': { type: 'string' },
    prompts: { type: 'string' },
    pack: { type: 'string' },
    out: { type: 'string' },
    utc: { type: 'boolean' },
  });
  const format = flags.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new CliUsageError(`report: --format must be csv or json; got "${format}".`);
  const utc = flags.utc === true;
  const filter: ReportFilter = {
    fromMs: flags.from == null ? undefined : parseBound('from', flags.from, utc, false),
    toMs: flags.to == null ? undefined : parseBound('to', flags.to, utc, true),
    project: flags.project,
    client: flags.client,
  };
  if (filter.fromMs != null && filter.toMs != null && filter.toMs <= filter.fromMs)
    throw new CliUsageError('report: --to must be after --from.');
  const prompts = await promptPolicy(flags.prompts, flags.pack, io);
  const dayOf = utc ? (atMs: number) => new Date(atMs).toISOString().slice(0, 10) : undefined;
  const options = { filter, format, totals: flags.totals === true } as const;
  let report: ExportedReport;
  if (flags['from-folder'] != null) {
    const folder = resolve(io.cwd, flags['from-folder']);
    const files = await sidecarFiles(folder, flags['from-folder']);
    const read = reportRowsFromSidecars(files, { prompts, dayOf });
    for (const entry of read.unreadable) io.stderr.write(`warning: skipped ${escapeForTerminal(entry.path)}: ${entry.problem}\n`);
    report = formatReport(buildReport(read.rows, filter), options);
  } else {
    report = await exportJobsReport({ ledger: await openCliLedger(io), prompts, dayOf, ...options });
  }
  if (flags.out != null) {
    await writeFile(resolve(io.cwd, flags.out), report.text, 'utf8');
    io.stdout.write(`${JSON.stringify({ report: resolve(io.cwd, flags.out), jobs: report.jobs, totalUsd: report.totalUsd })}\n`);
  } else io.stdout.write(report.text);
  io.stderr.write(`${report.jobs} generation${report.jobs === 1 ? '' : 's'}, $${report.totalUsd.toFixed(2)} in all.\n`);
  return EXIT_OK;
}

/**
 * A day (YYYY-MM-DD: its start for --from, the end of it for --to, so both days are included) or
 * an ISO 8601 time; days are local unless --utc.
 */
function parseBound(name: string, value: string, utc: boolean, endOfDay: boolean): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day != null) {
    const [year, month, date] = [Number(day[1]), Number(day[2]) - 1, Number(day[3]) + (endOfDay ? 1 : 0)];
    const ms = utc ? Date.UTC(year, month, date) : new Date(year, month, date).getTime();
    if (!Number.isNaN(ms)) return ms;
  }
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new CliUsageError(`report: --${name} must be a day (2026-11-01) or an ISO time (2026-11-01T09:00:00Z); got "${value}".`);
  return ms;
}

/** `--prompts`, unless `--pack`'s policy keeps prompts out of reports: a pack's "hash" cannot be overridden. */
async function promptPolicy(flag: string | undefined, packPath: string | undefined, io: CliIo): Promise<PromptPolicy> {
  if (flag != null && flag !== 'text' && flag !== 'hash') throw new CliUsageError(`report: --prompts must be text or hash; got "${flag}".`);
  if (packPath == null) return flag ?? 'text';
  const path = resolve(io.cwd, packPath);
  await assertInputFile('report', `--pack ${packPath}`, path);
  const text = await readFile(path, 'utf8');
  let pack;
  try {
    pack = parsePresetPack(text, packPath);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (pack.policy?.reportPrompts === 'hash') return 'hash';
  return flag ?? pack.policy?.reportPrompts ?? 'text';
}

/** Every `*.cliprelay.json` under `folder` (sub-folders too, a few levels deep), with its text. */
async function sidecarFiles(folder: string, typed: string): Promise<{ path: string; text: string }[]> {
  const info = await stat(folder).catch(() => null);
  if (info == null || !info.isDirectory()) throw new CliUsageError(`report: --from-folder ${typed} is not a folder.`);
  const found: { path: string; text: string }[] = [];
  const walk = async (current: string, depth: number): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory() && depth < MAX_FOLDER_DEPTH) await walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX)) found.push({ path, text: await readFile(path, 'utf8') });
    }
  };
  await walk(folder, 0);
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}
