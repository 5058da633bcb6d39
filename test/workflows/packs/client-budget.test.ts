import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { GenerationRefusedError, submitGeneration } from '../../../src/workflows/jobs/submit-generation';
import { generatedJobs } from '../../support/generated-jobs';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

const NOW_MS = new Date(2026, 10, 25, 12).getTime();

/** Two saved Globex jobs of this month, $200 each: one in the ledger, one moved to its archive. */
function globexSpend(): { ledger: JobRecord[]; archive: JobRecord[] } {
  const [first, second] = generatedJobs(2, new Date(2026, 10, 3).getTime()).map((job, index): JobRecord => ({
    ...job,
    ref: { provider: 'kling', model: 'kling-v3', jobId: `t${index}`, data: {} },
    mediaPath: '/x.mp4',
    media: { durationSeconds: 5, hasAudio: true, width: 1, height: 1, frameRate: 24 },
    clientTag: 'Globex',
    estimatedCostUsd: 200,
    phase: 'saved' as const,
  }));
  return { ledger: [first!], archive: [second!] };
}

async function runnerWith(jobs: { ledger: JobRecord[]; archive: JobRecord[] }) {
  let text = JSON.stringify({ version: 2, jobs: jobs.ledger });
  const storage: LedgerStorage = {
    read: () => Promise.resolve(text),
    write: (next) => {
      text = next;
      return Promise.resolve();
    },
    readArchive: () => Promise.resolve(jobs.archive.map((job) => JSON.stringify(job)).join('\n')),
  };
  return new JobRunner({
    ledger: await JobLedger.open(storage, { now: () => NOW_MS }),
    provider: () => Promise.reject(new Error('nothing may be sent')),
    mediaFolder: createMemoryMediaFolder(),
    poll: { intervalMs: 1, timeoutMs: 1_000 },
    fileName: (job) => `${job.id}.mp4`,
    binPath: () => [],
  });
}

const draft = (clientTag: string) => ({
  providerId: 'kling',
  providerName: 'Kling',
  projectName: `${clientTag} launch`,
  clientTag,
  request: { model: 'kling-v3', prompt: 'x', durationSeconds: 10, aspectRatio: '16:9' as const, audio: true, resolution: '2160p' },
});

describe('per-client monthly caps at submit', () => {
  it('count the client\u2019s archived jobs of the month too, refuse before anything is sent, and tag the jobs they let through', async () => {
    const runner = await runnerWith(globexSpend());
    const refused = await submitGeneration({
      runner,
      catalog: loadBuiltinCatalog(),
      caps: { perClientMonthlyUsd: 402 },
      newJobId: () => 'job-new',
      nowMs: NOW_MS,
      draft: draft('Globex'),
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GenerationRefusedError);
    expect((refused as Error).message).toBe(
      "This generation ($4.20) would take Globex's spend this month to $404.20, over the monthly cap per client of $402.00.",
    );
    expect(runner.ledger.list()).toHaveLength(1);

    const [job] = await submitGeneration({
      runner,
      catalog: loadBuiltinCatalog(),
      caps: { perClientMonthlyUsd: 402 },
      newJobId: () => 'job-initech',
      nowMs: NOW_MS,
      draft: draft('Initech'),
    });
    expect(job!.clientTag).toBe('Initech');
  });
});
