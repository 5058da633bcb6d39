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

describe('submitGeneration and the model lifecycle', () => {
  it('refuses a job naming a retired model, naming the replacement, and records nothing', async () => {
    const jobs = await runner();
    const refused = await submitGeneration({
      runner: jobs,
      catalog: loadBuiltinCatalog(),
      caps: {},
      newJobId: () => 'never',
      nowMs: Date.parse('2026-12-06T09:00:00Z'),
      draft: {
        providerId: 'openai',
        providerName: 'OpenAI Sora',
        projectName: 'P',
        request: { model: 'sora-2-pro', prompt: 'x', durationSeconds: 8, aspectRatio: '16:9', audio: true },
      },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GenerationRefusedError);
    expect((refused as Error).message).toMatch(
      /^Sora 2 Pro \(openai sora-2-pro\) was retired on 2026-09-24 .* Use Veo 3\.1 \(Vertex AI\) \(google-vertex veo-3\.1-generate-001\) instead\.$/,
    );
    expect(jobs.ledger.list()).toEqual([]);
  });

  it('refuses Kling 2.6 with sound at 720p before recording the job', async () => {
    const jobs = await runner();
    const refused = await submitGeneration({
      runner: jobs,
      catalog: loadBuiltinCatalog(),
      caps: {},
      newJobId: () => 'never',
      nowMs: Date.parse('2026-12-06T09:00:00Z'),
      draft: {
        providerId: 'kling',
        providerName: 'Kling',
        projectName: 'P',
        request: { model: 'kling-v2-6', prompt: 'x', durationSeconds: 5, aspectRatio: '16:9', audio: true, resolution: '720p' },
      },
    }).catch((error: unknown) => error);
    expect((refused as Error).message).toBe('Kling 2.6 makes sound only at 1080p (pro mode); pick 1080p or turn sound off.');
    expect(jobs.ledger.list()).toEqual([]);
  });
});
