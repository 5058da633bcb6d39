import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {}, continueJob: () => {} };
const job = (patch: Partial<JobRecord>): JobRecord =>
  ({
    id: 'job-1',
    providerId: 'kling',
    providerName: 'Kling',
    request: {
      model: 'kling-v3',
      prompt: 'Gulls over a grey sea',
      durationSeconds: 5,
      aspectRatio: '16:9',
      audio: true,
      clientJobId: 'job-1',
    },
    projectName: 'P',
    createdAtMs: 0,
    updatedAtMs: 0,
    estimatedCostUsd: 1,
    warnings: [],
    downloadAttempts: 0,
    phase: 'generating',
    ...patch,
  }) as JobRecord;

describe('a job card says what each of its controls does', () => {
  it('groups the card under its prompt, names Cancel and Reuse, and shows progress as a named Spectrum bar', () => {
    const html = renderToStaticMarkup(<JobCard job={job({ progress: 0.5 })} nowMs={1000} actions={actions} />);
    expect(html).toMatch(/^<div class="job-card phase-generating"[^>]* role="group" aria-label="Generation: Gulls over a grey sea">/);
    expect(html).toContain('aria-label="Cancel this generation">Cancel</sp-action-button>');
    expect(html).toContain('aria-label="Reuse these settings in Generate">Reuse</sp-action-button>');
    expect(html).toContain('<sp-progressbar aria-label="Progress of Gulls over a grey sea" size="small" max="100" value="50">');
  });

  it('names Extend and Edit by what they generate', () => {
    const placed = job({ phase: 'placed', ref: { jobId: 'k-1' } as JobRecord['ref'] });
    const html = renderToStaticMarkup(<JobCard job={placed} nowMs={1000} actions={actions} continuation={['extend', 'edit']} />);
    expect(html).toContain('aria-label="Generate more of this clip after its end"');
    expect(html).toContain('aria-label="Change this clip with a new prompt"');
    expect(html).not.toContain('sp-progressbar');
  });
});
