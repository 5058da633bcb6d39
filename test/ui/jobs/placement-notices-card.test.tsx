import { isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import { JobWarnings } from '../../../src/ui/jobs/job-warnings';
import { describeFormatMismatch } from '../../../src/workflows/format-mismatch';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { CONTRACT_SCENARIO } from '../../hosts/nle-host-contract';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {} };
const ID = 'job-placing-words';
const placing: JobRecord = {
  id: ID,
  providerId: 'kling',
  providerName: 'Kling',
  request: { model: 'kling-v3', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: ID },
  projectName: 'Contract',
  createdAtMs: 1,
  updatedAtMs: 1,
  phase: 'placing',
  estimatedCostUsd: 0.35,
  // A provider's own note, stored without words before the placement adds its own.
  warnings: ['Provider note {as sent}.'],
  downloadAttempts: 0,
  ref: { provider: 'kling', model: 'kling-v3', jobId: 'k-1', data: {} },
  mediaPath: '/media/harbour.mp4',
  media: { durationSeconds: 5, hasAudio: true, width: 1280, height: 720, frameRate: 24 },
};

/** The job placed into the contract sequence made 1920×1080 at 25 fps with no In mark, asking for its In mark, the sidecar refused. */
async function placedThroughTheRunner() {
  const storage = memoryLedgerStorage();
  const runner = new JobRunner({
    ledger: await JobLedger.open(storage),
    provider: () => Promise.reject(new Error('no provider in this test')),
    host: new SandboxHost(createSandboxState({ ...CONTRACT_SCENARIO, frameWidth: 1920, frameHeight: 1080, inPointSeconds: null }), {
      probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
    }),
    mediaFolder: createMemoryMediaFolder(),
    poll: { intervalMs: 1000, timeoutMs: 60_000, delay: async () => {} },
    fileName: (job) => `${job.id}.mp4`,
    binPath: (job) => ['ClipRelay', job.providerName],
    placement: () => ({ position: 'in-point' }),
    sidecars: { writeBeside: () => Promise.reject(new Error('disk full')) },
  });
  await runner.ledger.put(placing);
  runner.resumeAll();
  await runner.settled(ID);
  // Read back as the panel reads it after a reload.
  return (await JobLedger.open(storage)).get(ID)!;
}

const cardIn = (job: JobRecord, locale: AppLocale) =>
  renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <JobCard job={job} nowMs={0} actions={actions} />
    </MessagesProvider>,
  ).replaceAll('<!-- -->', '');

/** The line and meaning the card's format-mismatch row is given (the meaning shows behind its button). */
function mismatchRow(warnings: readonly string[], words: readonly (LocalizedMessage | null)[] | undefined, locale: AppLocale) {
  let tree: ReactNode = null;
  function Capture() {
    tree = JobWarnings({ warnings, ...(words && { words }) });
    return null;
  }
  renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <Capture />
    </MessagesProvider>,
  );
  const find = (node: ReactNode): { line: string; meaning: string } | null => {
    if (Array.isArray(node)) return node.map(find).find((found) => found != null) ?? null;
    if (!isValidElement<{ line?: string; meaning?: string; children?: ReactNode }>(node)) return null;
    if (node.props.line != null && node.props.meaning != null) return { line: node.props.line, meaning: node.props.meaning };
    return find(node.props.children);
  };
  return find(tree);
}

describe('placement notices on the job card', () => {
  it('the runner stores each with its words, aligned after a provider note without any; English as the CLI prints it', async () => {
    const job = await placedThroughTheRunner();
    expect(job.phase).toBe('placed');
    const mismatch = describeFormatMismatch(placing.media, { frameWidth: 1920, frameHeight: 1080, frameRate: 25 })!;
    expect(job.warnings).toEqual([
      'Provider note {as sent}.',
      'The sequence has no In mark, so the clip was placed at the playhead.',
      mismatch.message,
      'The provenance sidecar could not be written beside harbour.mp4: disk full',
    ]);
    expect(job.warningWords?.map((words) => words?.id ?? null)).toEqual([
      null,
      'jobs.noticeNoInMark',
      'jobs.formatMismatch',
      'jobs.provenanceSidecarFailed',
    ]);
    const english = cardIn(job, 'en');
    expect(english).toContain('The clip is 1280×720 at 24 fps; the sequence is 1920×1080 at 25 fps. <sp-action-button');
    expect(english).toContain('<p class="warning">The sequence has no In mark, so the clip was placed at the playhead.</p>');
  });

  it('in French: the line, what it means, the no-In-mark notice and the sidecar warning; the provider note as sent', async () => {
    const job = await placedThroughTheRunner();
    const french = cardIn(job, 'fr');
    expect(french).toContain('Le clip est en 1280×720 à 24 i/s ; la séquence, en 1920×1080 à 25 i/s. <sp-action-button');
    expect(french).toContain('>Qu’est-ce que cela signifie ?</sp-action-button>');
    expect(french).toContain('<p class="warning">La séquence n’a pas de point d’entrée : le clip a été placé à la tête de lecture.</p>');
    expect(french).toContain('Le fichier de provenance n’a pas pu être écrit à côté de harbour.mp4 : disk full');
    expect(french).toContain('Provider note {as sent}.');
    expect(french).not.toMatch(/The clip is|no In mark|could not be written/);
    expect(mismatchRow(job.warnings, job.warningWords, 'fr')?.meaning).toBe(
      'Premiere le place à 100 % (plus petit que l’image) sauf réglage de la mise à l’échelle des médias par défaut ; ' +
        'utilisez Élément › Options vidéo › Adapter à la taille de l’image pour l’ajuster. ' +
        'Il est lu à la cadence de la séquence, en répétant ou en sautant des images.',
    );
  });

  it('an old record without words still splits its English, in an English and in a French card', () => {
    const notice = describeFormatMismatch(
      { width: 1080, height: 1920, frameRate: 24 },
      { frameWidth: 1920, frameHeight: 1080, frameRate: 25 },
    )!;
    const english = {
      line: 'The clip is 1080×1920 at 24 fps; the sequence is 1920×1080 at 25 fps.',
      meaning: expect.stringMatching(/^Premiere places it at 100 % \(cropped by the frame\).* leaves bars\.$/),
    };
    expect(mismatchRow([notice.message], undefined, 'en')).toEqual(english);
    expect(mismatchRow([notice.message], undefined, 'fr')).toEqual(english);
    // Words that no longer say the stored English (text redacted or edited since) keep the English too.
    const stale = { ...notice.localized, values: { ...notice.localized.values, line: 'something else' } };
    expect(mismatchRow([notice.message], [stale], 'fr')).toEqual(english);
    const french = mismatchRow([notice.message], [notice.localized], 'fr');
    expect(french?.line).toBe('Le clip est en 1080×1920 à 24 i/s ; la séquence, en 1920×1080 à 25 i/s.');
    expect(french?.meaning).toMatch(
      /^Premiere le place à 100 % \(rogné par l’image\).* Son format d’image \(9:16\) diffère de celui de la séquence \(16:9\)/,
    );
  });
});
