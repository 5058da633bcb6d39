import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { JobsTab } from '../../../src/ui/jobs/jobs-tab';
import { WindowedJobList } from '../../../src/ui/jobs/windowed-job-list';
import type { PanelServices } from '../../../src/ui/panel-services';
import { generatedJobs } from '../../support/generated-jobs';

const services = {
  catalog: loadBuiltinCatalog(),
  now: () => 0,
  jobs: { ledger: { recovery: undefined, list: () => [], archivedSpendUsd: () => 0 } },
  providers: [],
  host: { capabilities: { name: 'Stub' } },
} as unknown as PanelServices;

const cardsIn = (html: string) => html.match(/class="job-card/g)?.length ?? 0;

describe('Jobs tab history, windowed', () => {
  it('renders a screenful of a 10,000-job history, starting at the newest row, with the length still told', () => {
    const jobs = generatedJobs(10_000, Date.UTC(2026, 10, 1));
    const html = renderToStaticMarkup(<JobsTab services={services} jobs={jobs} onReuse={() => {}} />);
    const cards = cardsIn(html);
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThan(20);
    expect(html).toContain('aria-setsize="10000"');
    expect(html).toContain('aria-posinset="1"');
    expect(html).not.toContain(`aria-posinset="${cards + 1}"`);
    expect(html).toContain('aria-label="Finished jobs"');
  });

  it('renders every card of a short history at its natural height, without a scrolling area', () => {
    const jobs = generatedJobs(10, Date.UTC(2026, 10, 1));
    const html = renderToStaticMarkup(<WindowedJobList jobs={jobs} label="Finished jobs" renderJob={(job) => <p>{job.id}</p>} />);
    for (const job of jobs) expect(html).toContain(`<p>${job.id}</p>`);
    expect(html).not.toContain('overflow-y');
  });

  it('renders nothing for an empty history', () => {
    expect(renderToStaticMarkup(<WindowedJobList jobs={[]} label="Finished jobs" renderJob={() => <p>job</p>} />)).toBe('');
  });
});
