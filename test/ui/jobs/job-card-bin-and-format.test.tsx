import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../../src/hosts/sandbox';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import { describeFormatMismatch, splitFormatMismatchNotice } from '../../../src/workflows/format-mismatch';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {} };
const finished = {
  id: 'job-1',
  providerId: 'kling',
  providerName: 'Kling',
  request: { model: 'kling-v3', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9' as const, audio: true, clientJobId: 'job-1' },
  projectName: 'P',
  createdAtMs: 0,
  updatedAtMs: 0,
  estimatedCostUsd: 1,
  warnings: [],
  downloadAttempts: 0,
  ref: { provider: 'kling', model: 'kling-v3', jobId: 'k-1', data: {} },
  mediaPath: '/media/a.mp4',
  media: { durationSeconds: 5, hasAudio: true, width: 1280, height: 720, frameRate: 24 },
};
const placed: JobRecord = {
  ...finished,
  phase: 'placed',
  binItemId: 'item-7',
  placement: { videoClipId: 'c1', audioClipId: 'c2', startSeconds: 3, endSeconds: 8 },
};
const inBin: JobRecord = { ...finished, phase: 'saved', binItemId: 'item-7' };
const render = (job: JobRecord, with_: Partial<JobActions> = {}) =>
  renderToStaticMarkup(<JobCard job={job} nowMs={0} actions={{ ...actions, ...with_ }} />).replaceAll('<!-- -->', '');

describe('a clip added to the bin only', () => {
  it('says "In bin" and not "Placed at"', () => {
    const html = render(inBin);
    expect(html).toContain('In bin; not placed on the timeline.');
    expect(html).not.toContain('Placed at');
  });

  it('a job saved by the CLI (no project item) does not claim to be in a bin', () => {
    expect(render({ ...finished, phase: 'saved' })).not.toContain('In bin');
  });
});

describe('Reveal in bin', () => {
  it('is offered on placed and bin-only jobs where the host can reveal, with an accessible name', () => {
    const reveal = { revealInBin: () => {} };
    expect(render(placed, reveal)).toMatch(
      /<sp-action-button [^>]*aria-label="Reveal the clip in its bin">Reveal in bin<\/sp-action-button>/,
    );
    expect(render(inBin, reveal)).toContain('Reveal in bin');
  });

  it('is hidden where the host cannot (Premiere) and on jobs with no project item', () => {
    expect(render(placed)).not.toContain('Reveal in bin');
    expect(render({ ...finished, phase: 'saved' }, { revealInBin: () => {} })).not.toContain('Reveal in bin');
  });

  it('selects the item in the sandbox bin without an undo step, and refuses an unknown item', async () => {
    const host = new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
      probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
    });
    const item = await host.importMedia('/media/a.mp4', ['ClipRelay']);
    expect(host.capabilities.revealsInBin).toBe(true);
    await host.revealInBin(item.itemId);
    expect([host.state.revealedItemId, host.undoLabels]).toEqual([item.itemId, ['Import']]);
    await expect(host.revealInBin('item-404')).rejects.toThrow(/item-404 is not in the project/);
  });
});

describe('the format-mismatch notice', () => {
  const notice = describeFormatMismatch(
    { width: 1280, height: 720, frameRate: 24 },
    { frameWidth: 1920, frameHeight: 1080, frameRate: 25 },
  )!.message;

  it('splits into one line and what it means', () => {
    const split = splitFormatMismatchNotice(notice);
    expect(split?.line).toBe('The clip is 1280×720 at 24 fps; the sequence is 1920×1080 at 25 fps.');
    expect(split?.meaning).toMatch(/^Premiere places it at 100 % .*Set to Frame Size.*repeating or skipping frames\.$/);
    expect(splitFormatMismatchNotice('The sequence has no In mark, so the clip was placed at the playhead.')).toBeNull();
  });

  it('is said once per job, in one line with a "What this means" button, even when stored twice', () => {
    const html = render({ ...placed, warnings: [notice, 'Something else.', notice] });
    expect(html.match(/The clip is 1280×720/g)).toHaveLength(1);
    expect(html).toContain(
      'The clip is 1280×720 at 24 fps; the sequence is 1920×1080 at 25 fps. <sp-action-button quiet="" size="s" aria-expanded="false">What this means</sp-action-button>',
    );
    expect(html).not.toContain('Set to Frame Size'); // the meaning waits behind the button
    expect(html).toContain('<p class="warning">Something else.</p>');
  });
});
