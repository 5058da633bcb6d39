import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {} };
const base = {
  id: 'job-1',
  providerId: 'runway',
  providerName: 'Runway',
  request: { model: 'gen4.5', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9' as const, audio: true, clientJobId: 'job-1' },
  projectName: 'P',
  createdAtMs: 0,
  updatedAtMs: 0,
  estimatedCostUsd: 1.25,
  warnings: [],
  downloadAttempts: 0,
};
const render = (job: JobRecord) => renderToStaticMarkup(<JobCard job={job} nowMs={1000} actions={actions} />);

describe('JobCard for a create whose outcome is unknown', () => {
  it('offers "Create again" with its cost, and no Retry, when the provider cannot be asked by our id', () => {
    const html = render({
      ...base,
      phase: 'unconfirmed',
      createSentAtMs: 0,
      problem: { message: 'Runway cannot be asked whether job job-1 exists. The create was sent at …', retryable: false },
    });
    expect(html).toContain('Create again ($1.25)');
    expect(html).toContain('May cost about $1.25 again if the first create arrived');
    expect(html).not.toContain('>Retry<');
  });

  it('offers Retry (a look-up, never a re-post) while the provider can still be asked', () => {
    const html = render({
      ...base,
      phase: 'unconfirmed',
      createSentAtMs: 0,
      problem: { message: 'Kling could not be asked…', retryable: true },
    });
    expect(html).toContain('>Retry<');
    expect(html).not.toContain('Create again');
  });
});
