import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { jobNaming } from '../../../src/entries/job-naming';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { submitGeneration } from '../../../src/workflows/jobs/submit-generation';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

async function submit(variations: number, storage = memoryLedgerStorage()) {
  const runner = new JobRunner({
    ledger: await JobLedger.open(storage),
    provider: async () => {
      throw new Error('nothing may be sent');
    },
    mediaFolder: createMemoryMediaFolder(),
    poll: { intervalMs: 1, timeoutMs: 1_000 },
    fileName: (job) => `${job.id}.mp4`,
    binPath: () => [],
  });
  let next = 0;
  const jobs = await submitGeneration({
    runner,
    catalog: loadBuiltinCatalog(),
    caps: {},
    newJobId: () => `job-${(next += 1)}`,
    nowMs: Date.parse('2026-12-06T09:00:00Z'),
    draft: {
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'P',
      variations,
      request: { model: 'kling-v2-6', prompt: 'Gulls over the harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true },
    },
  });
  return { jobs, storage };
}

describe('variations carry their number into the clip name ({variation})', () => {
  it('numbers each variation of one Generate from 1, keeps the number in the ledger, and names the files by it', async () => {
    const { jobs, storage } = await submit(3);
    expect(jobs.map((job) => job.variation)).toEqual([1, 2, 3]);
    const reopened = await JobLedger.open(storage);
    expect(
      reopened
        .list()
        .map((job) => job.variation)
        .sort(),
    ).toEqual([1, 2, 3]);
    const naming = jobNaming(() => ({ ...DEFAULT_PANEL_PREFERENCES, fileNameTemplate: '{slug}_{variation}_{provider}' }));
    expect(jobs.map((job) => naming.fileName(job))).toEqual([
      'gulls-over-the-harbour_1_Kling_job1.mp4',
      'gulls-over-the-harbour_2_Kling_job2.mp4',
      'gulls-over-the-harbour_3_Kling_job3.mp4',
    ]);
  });

  it('leaves a single generation unnumbered, and its name without the token', async () => {
    const { jobs } = await submit(1);
    expect(jobs[0]).not.toHaveProperty('variation');
    const naming = jobNaming(() => ({ ...DEFAULT_PANEL_PREFERENCES, fileNameTemplate: '{slug}_{variation}_{provider}' }));
    expect(naming.fileName(jobs[0]!)).toBe('gulls-over-the-harbour_Kling_job1.mp4');
  });
});
