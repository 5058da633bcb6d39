import { describe, expect, it } from 'vitest';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { csvField } from '../../../src/workflows/reports/report-csv';
import { exportJobsReport } from '../../../src/workflows/reports/export-jobs-report';
import { generatedJobs } from '../../support/generated-jobs';

const START_MS = Date.UTC(2026, 10, 1);
const utcDay = (atMs: number) => new Date(atMs).toISOString().slice(0, 10);

/** A ledger holding `ledgerJobs` and an archive holding `archivedJobs` (plus a torn line, as a crash leaves). */
async function ledgerWith(ledgerJobs: readonly JobRecord[], archivedJobs: readonly JobRecord[] = []): Promise<JobLedger> {
  const storage: LedgerStorage = {
    read: () => Promise.resolve(JSON.stringify({ version: 2, jobs: ledgerJobs })),
    write: () => Promise.resolve(),
    readArchive: () => Promise.resolve(`${archivedJobs.map((job) => JSON.stringify(job)).join('\n')}\n{"id":"torn`),
  };
  return JobLedger.open(storage);
}

/** Billable by the rule written out here, independently of isBillable: cancelled and never-held failures cost nothing. */
function independentlyBillable(job: JobRecord): boolean {
  if (job.phase === 'cancelled') return false;
  if (job.phase === 'failed') return job.providerHold !== 'none';
  return true;
}

/** Exact sum in 1/10,000 dollars by string arithmetic (no floating point at all). */
function exactUnits(jobs: readonly JobRecord[]): bigint {
  return jobs.filter(independentlyBillable).reduce((sum, job) => sum + BigInt(job.estimatedCostUsd.toFixed(4).replace('.', '')), 0n);
}

/** An RFC 4180 reader written for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else field += char;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

describe('reports from the job ledger', () => {
  it('a ledger of 10,000 jobs: totals per client, provider and day correct to the cent against an independent sum; CSV that reads back', async () => {
    const jobs = generatedJobs(10_000, START_MS);
    const ledger = await ledgerWith(jobs.slice(0, 6000), [...jobs.slice(6000), jobs[10]!]);
    const csv = await exportJobsReport({ ledger, filter: {}, format: 'csv', prompts: 'text', dayOf: utcDay });
    // A figure for the record, never asserted (speed belongs to npm run bench): the whole ledger of 10,000 jobs, prompts hashed.
    const whole = await ledgerWith(jobs);
    const started = performance.now();
    await exportJobsReport({ ledger: whole, filter: {}, format: 'csv', prompts: 'hash', dayOf: utcDay });
    console.info(`report of a 10,000-job ledger, CSV with hashed prompts: ${(performance.now() - started).toFixed(0)} ms`);

    const records = parseCsv(csv.text);
    expect(records[0]).toEqual([
      'time',
      'day',
      'project',
      'client',
      'provider',
      'model',
      'durationSeconds',
      'resolution',
      'costUsd',
      'outcome',
      'prompt',
      'filePath',
      'provenanceId',
      'jobId',
    ]);
    expect(records).toHaveLength(10_001);
    // Every job once (the one in both ledger and archive too), oldest first.
    expect(new Set(records.slice(1).map((record) => record[13])).size).toBe(10_000);
    const times = records.slice(1).map((record) => Date.parse(record[0]!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Awkward prompts survive: quotes, commas, line breaks; a formula stays text.
    const byId = new Map(records.slice(1).map((record) => [record[13], record]));
    for (const job of jobs.slice(0, 200)) {
      const expected = job.request.prompt.startsWith('=') ? `'${job.request.prompt}` : job.request.prompt;
      expect(byId.get(job.id)![10]).toBe(expected);
    }

    const json = await exportJobsReport({ ledger, filter: {}, format: 'json', prompts: 'text', dayOf: utcDay });
    const { totals } = JSON.parse(json.text) as {
      totals: {
        overall: { totalUsd: number };
        byClient: { key: string; totalUsd: number }[];
        byProvider: { key: string; totalUsd: number }[];
        byDay: { key: string; totalUsd: number }[];
      };
    };
    const toUnits = (usd: number) => BigInt(Math.round(usd * 10_000));
    expect(toUnits(totals.overall.totalUsd)).toBe(exactUnits(jobs));
    for (const entry of totals.byClient)
      expect(toUnits(entry.totalUsd), entry.key).toBe(exactUnits(jobs.filter((job) => job.clientTag === entry.key)));
    for (const entry of totals.byProvider)
      expect(toUnits(entry.totalUsd), entry.key).toBe(exactUnits(jobs.filter((job) => job.providerId === entry.key)));
    for (const entry of totals.byDay)
      expect(toUnits(entry.totalUsd), entry.key).toBe(exactUnits(jobs.filter((job) => utcDay(job.createdAtMs) === entry.key)));
    expect(totals.byDay).toHaveLength(30);
    expect(json.totalUsd).toBe(totals.overall.totalUsd);
  });

  it('filters by time, project and client, and hashes prompts when the pack says so', async () => {
    const jobs = generatedJobs(400, START_MS);
    const ledger = await ledgerWith(jobs);
    const fromMs = START_MS + 5 * 86_400_000;
    const toMs = START_MS + 12 * 86_400_000;
    const report = await exportJobsReport({
      ledger,
      filter: { fromMs, toMs, client: 'Globex' },
      format: 'json',
      prompts: 'hash',
      dayOf: utcDay,
    });
    const rows = JSON.parse(report.text).rows as { time: string; client: string; prompt: string; jobId: string }[];
    const expected = jobs.filter((job) => job.clientTag === 'Globex' && job.createdAtMs >= fromMs && job.createdAtMs < toMs);
    expect(rows.map((row) => row.jobId).sort()).toEqual(expected.map((job) => job.id).sort());
    expect(rows.every((row) => /^sha256:[0-9a-f]{64}$/.test(row.prompt))).toBe(true);
    // The same prompt always hashes the same, so repeats can still be counted.
    const samePrompt = expected.filter((job) => job.request.prompt === expected[0]!.request.prompt).map((job) => job.id);
    expect(new Set(rows.filter((row) => samePrompt.includes(row.jobId)).map((row) => row.prompt)).size).toBe(1);
    expect(report.fileName).toMatch(/^cliprelay-report-2026-11-0[56]-to-2026-11-1[23]\.json$/);

    const project = jobs[0]!.projectName;
    const byProject = await exportJobsReport({ ledger, filter: { project }, format: 'csv', prompts: 'text', totals: true, dayOf: utcDay });
    const lines = byProject.text.split('\r\n');
    expect(lines[0]).toBe('group,key,jobs,totalUsd');
    expect(lines[1]).toBe(`all,,${jobs.filter((job) => job.projectName === project).length},${byProject.totalUsd}`);
  });

  it('escapes CSV fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=1+1', 'prompt')).toBe("'=1+1");
    expect(csvField('-3', 'prompt')).toBe("'-3");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('@SUM(A1), x', 'project')).toBe(`"'@SUM(A1), x"`);
  });
});
