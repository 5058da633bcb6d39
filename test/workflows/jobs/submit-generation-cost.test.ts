import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { GenerationRefusedError, submitGeneration } from '../../../src/workflows/jobs/submit-generation';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

async function runner() {
  return new JobRunner({
    ledger: await JobLedger.open(memoryLedgerStorage()),
    provider: async () => {
      throw new Error('nothing may be sent');
    },
    mediaFolder: createMemoryMediaFolder(),
    poll: { intervalMs: 1, timeoutMs: 1_000 },
    fileName: (job) => `${job.id}.mp4`,
    binPath: () => [],
  });
}

/** The budget check prices the resolution asked for: Kling 3.0 at 4K costs 0.42 $/s, not the 1080p 0.112. */
describe('submitGeneration prices the clip at its resolution', () => {
  it.each([
    ['1080p', 1.12, 'within'],
    ['2160p', 4.2, 'over'],
  ] as const)('Kling 3.0 for 10 s at %s costs $%s: %s a $2 daily cap', async (resolution, costUsd, verdict) => {
    const jobs = await runner();
    const outcome = await submitGeneration({
      runner: jobs,
      catalog: loadBuiltinCatalog(),
      caps: { dailyUsd: 2 },
      newJobId: () => 'job-1',
      nowMs: Date.parse('2026-12-06T09:00:00Z'),
      draft: {
        providerId: 'kling',
        providerName: 'Kling',
        projectName: 'P',
        request: { model: 'kling-v3', prompt: 'x', durationSeconds: 10, aspectRatio: '16:9', audio: true, resolution },
      },
    }).catch((error: unknown) => error);
    if (verdict === 'over') {
      expect(outcome).toBeInstanceOf(GenerationRefusedError);
      expect((outcome as Error).message).toContain(`$${costUsd.toFixed(2)}`);
      expect(jobs.ledger.list()).toEqual([]);
      return;
    }
    expect(jobs.ledger.list().map((job) => job.estimatedCostUsd)).toEqual([costUsd]);
  });
});
