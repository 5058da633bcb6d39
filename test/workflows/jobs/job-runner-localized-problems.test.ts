import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { createKlingProvider } from '../../../src/providers/kling';
import { describeLocalizedIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { jobProblemText } from '../../../src/ui/i18n/job-problem-text';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { CONTRACT_SCENARIO } from '../../hosts/nle-host-contract';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';

const demoClip = readFileSync(resolve(__dirname, '../../../assets/demo-clip.mp4'));

describe('a problem the runner words keeps its catalog message through the ledger', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip, kling: { processingPolls: 1 } });
  });
  afterAll(() => emulator.close());

  const runnerOver = async (storage: LedgerStorage) =>
    new JobRunner({
      ledger: await JobLedger.open(storage),
      provider: async () =>
        createKlingProvider({ accessKey: DEMO_KLING_ACCESS_KEY, secretKey: DEMO_KLING_SECRET_KEY, baseUrl: `${emulator.url}/kling` }),
      host: new SandboxHost(createSandboxState(CONTRACT_SCENARIO), {
        probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
      }),
      mediaFolder: createMemoryMediaFolder(),
      poll: { intervalMs: 1000, timeoutMs: 60_000, delay: async () => {} },
      fileName: (job) => `${job.id}.mp4`,
      binPath: (job) => ['ClipRelay', job.providerName],
    });

  it('a create that never arrived: English as the CLI prints it, French after a reload', async () => {
    const storage = memoryLedgerStorage();
    const runner = await runnerOver(storage);
    const id = `job-${process.pid}-localized-never-sent`;
    await runner.ledger.put({
      id,
      providerId: 'kling',
      providerName: 'Kling',
      request: { model: 'kling-v2-6', prompt: 'harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: id },
      projectName: 'Contract',
      createdAtMs: 1,
      updatedAtMs: 1,
      createSentAtMs: 1,
      phase: 'creating',
      estimatedCostUsd: 0.35,
      warnings: [],
      downloadAttempts: 0,
    });
    runner.resumeAll();
    const failed = await runner.settled(id);
    const problem = failed!.problem!;
    expect(problem.localized?.id).toBe('errors.createNeverArrived');
    // The message id comes from the ledger, its values with it: the loose signature the panel uses (describeLocalizedIn).
    const translate = createTranslator('en').t as unknown as (id: string, values?: object) => string;
    const english = translate(problem.localized!.id, problem.localized!.values);
    expect(english).toBe(problem.message);

    const reopened = (await JobLedger.open(storage)).get(id)!;
    expect(reopened.problem).toEqual(problem);
    const french = jobProblemText(createTranslator('fr'), reopened.providerName, reopened.problem!);
    expect(french).toMatch(new RegExp(`^Kling n’a aucune tâche ${id} \\d+ s après l’envoi : la requête n’est jamais arrivée`));
  });

  it("a refusal keeps the provider's reason as sent: English as the CLI prints it, labelled in French", async () => {
    const storage = memoryLedgerStorage();
    const runner = await runnerOver(storage);
    const id = `job-${process.pid}-localized-moderated`;
    const job = await runner.submit({
      request: {
        model: 'kling-v2-6',
        prompt: 'something [moderate]',
        durationSeconds: 5,
        aspectRatio: '16:9',
        audio: true,
        clientJobId: id,
      },
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'Contract',
      estimatedCostUsd: 0.35,
    });
    const problem = (await runner.settled(job.id))!.problem!;
    expect(problem).toMatchObject({ moderated: true, localized: { id: 'errors.providerRefusedContent' } });
    const translate = createTranslator('en').t as unknown as (id: string, values?: object) => string;
    const reason = problem.localized!.providerSaid!.text;
    expect(translate(problem.localized!.id, { ...problem.localized!.values, providerSaid: reason })).toBe(problem.message);
    const french = jobProblemText(createTranslator('fr'), 'Kling', (await JobLedger.open(storage)).get(job.id)!.problem!);
    expect(french).toBe(`Kling a refusé le contenu. Message de Kling (tel quel) : ${reason}`);
  });

  it('a warning the provider returned keeps its catalog message beside it, so the card says it in French after a reload', async () => {
    const storage = memoryLedgerStorage();
    const runner = await runnerOver(storage);
    const id = `job-${process.pid}-localized-warning`;
    const job = await runner.submit({
      request: { model: 'kling-v2-6', prompt: 'harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, seed: 42, clientJobId: id },
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'Contract',
      estimatedCostUsd: 0.35,
    });
    await runner.settled(job.id);
    const stored = (await JobLedger.open(storage)).get(job.id)!;
    const index = stored.warnings.indexOf('Kling has no seed option; the seed was not sent.');
    expect(index).toBeGreaterThanOrEqual(0);
    const words = stored.warningWords![index]!;
    expect(words).toEqual({ id: 'jobs.warnKlingNoSeed' });
    expect(describeLocalizedIn(createTranslator('fr'), words, stored.warnings[index]!)).toBe(
      'Kling n’a pas d’option de graine ; la graine n’a pas été envoyée.',
    );
  });
});
