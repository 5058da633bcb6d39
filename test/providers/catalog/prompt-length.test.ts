import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { GenerationRefusedError, submitGeneration } from '../../../src/workflows/jobs/submit-generation';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

const catalog = loadBuiltinCatalog();
const request = (prompt: string) => ({ model: 'kling-v3', prompt, durationSeconds: 5, aspectRatio: '16:9' as const, audio: true });

describe("a prompt over the model's limit", () => {
  it('is refused by the catalog check in words, at 2,501 characters and not at 2,500', () => {
    expect(validateVideoRequest(request('x'.repeat(2500)), catalog, 'kling')).toEqual([]);
    expect(validateVideoRequest(request('x'.repeat(2600)), catalog, 'kling')).toEqual([
      {
        field: 'prompt',
        message: 'The prompt is 2,600 characters; Kling 3.0 takes at most 2,500. Shorten it; nothing was sent.',
        localized: { id: 'errors.promptTooLong', values: { length: 2600, max: 2500, model: 'Kling 3.0' } },
      },
    ]);
  });

  it('is refused before the job is recorded, so it never shows as sent or unconfirmed', async () => {
    const runner = new JobRunner({
      ledger: await JobLedger.open(memoryLedgerStorage()),
      provider: async () => {
        throw new Error('nothing may be sent');
      },
      mediaFolder: createMemoryMediaFolder(),
      poll: { intervalMs: 1, timeoutMs: 1_000 },
      fileName: (job) => `${job.id}.mp4`,
      binPath: () => [],
    });
    const refused = await submitGeneration({
      runner,
      catalog,
      caps: {},
      newJobId: () => 'never',
      nowMs: Date.parse('2026-12-06T09:00:00Z'),
      draft: { providerId: 'kling', providerName: 'Kling', projectName: 'P', request: request('x'.repeat(2600)) },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GenerationRefusedError);
    expect((refused as Error).message).toMatch(/2,600 characters/);
    expect(runner.ledger.list()).toEqual([]);
  });
});
