import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { ExportReportButton, saveJobsReport } from '../../../src/ui/jobs/export-report-button';
import type { PanelServices } from '../../../src/ui/panel-services';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { generatedJobs } from '../../support/generated-jobs';

async function servicesWith(jobs: readonly JobRecord[], saveTextFile?: PanelServices['saveTextFile']) {
  const storage: LedgerStorage = {
    read: () => Promise.resolve(JSON.stringify({ version: 2, jobs })),
    write: () => Promise.resolve(),
    readArchive: () => Promise.resolve(''),
  };
  const ledger = await JobLedger.open(storage);
  return { jobs: { ledger }, saveTextFile } as unknown as Pick<PanelServices, 'jobs' | 'saveTextFile'>;
}

describe('Export report (Jobs tab)', () => {
  it('is not offered where the runtime cannot save a file', async () => {
    expect(renderToStaticMarkup(<ExportReportButton services={await servicesWith([])} prompts="text" />)).toBe('');
  });

  it('offers CSV and JSON under a named picker and a button saying what it does', async () => {
    const html = renderToStaticMarkup(<ExportReportButton services={await servicesWith([], async () => null)} prompts="text" />);
    expect(html).toContain('data-label="Report format"');
    expect(html).toContain('CSV (spreadsheets)');
    expect(html).toContain('JSON');
    expect(html).toMatch(/<sp-button[^>]*>Export report<\/sp-button>/);
  });

  it('saves every generation as CSV, with prompts as hashes when the pack asks', async () => {
    const jobs = generatedJobs(40, Date.UTC(2026, 10, 1));
    const save = vi.fn(async (name: string, _text: string) => `/Users/editor/${name}`);
    const services = await servicesWith(jobs, save);
    expect(await saveJobsReport(services, 'csv', 'hash')).toMatch(/^\/Users\/editor\/cliprelay-report-.*\.csv$/);
    const text = save.mock.calls[0]![1];
    expect(text.trim().split('\r\n')).toHaveLength(41);
    expect(text).toContain('sha256:');
    expect(text).not.toContain('Aerial shot of a harbour');
  });

  it('saves JSON with the prompts as written when the policy allows, one row per job', async () => {
    const jobs = generatedJobs(12, Date.UTC(2026, 10, 1));
    const save = vi.fn(async () => '/tmp/report.json');
    await saveJobsReport(await servicesWith(jobs, save), 'json', 'text');
    const [name, text] = save.mock.calls[0]! as unknown as [string, string];
    expect(name).toMatch(/\.json$/);
    const parsed = JSON.parse(text) as { rows: { prompt: string }[] };
    expect(parsed.rows).toHaveLength(12);
    expect(new Set(parsed.rows.map((row) => row.prompt))).toEqual(new Set(jobs.map((job) => job.request.prompt)));
  });
});
