import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GEMINI_API_KEY } from '../../../src/emulators/google';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { createGoogleVeoProvider } from '../../../src/providers/google';
import { ProviderApiError, type VideoProvider } from '../../../src/providers/spec';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { unavailableModelMessage } from '../../../src/workflows/jobs/unavailable-model-message';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

const catalog = loadBuiltinCatalog();
const TODAY = '2026-12-06';

let server: GoogleEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

let counter = 0;
const request = (model = 'veo-3.1-generate-preview') => ({
  model,
  prompt: 'a harbour at dawn',
  durationSeconds: 8,
  aspectRatio: '16:9' as const,
  audio: true,
  clientJobId: `listing-${++counter}`,
});

async function runner(provider: VideoProvider, configuredProviderIds: readonly string[] = ['google', 'runway']) {
  return new JobRunner({
    ledger: await JobLedger.open(memoryLedgerStorage()),
    provider: async () => provider,
    mediaFolder: createMemoryMediaFolder(),
    poll: { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined },
    fileName: (job) => `${job.id}.mp4`,
    binPath: () => [],
    explainUnavailableModel: (job) =>
      unavailableModelMessage({ catalog, providerName: job.providerName, modelId: job.request.model, configuredProviderIds, today: TODAY }),
  });
}

const submit = (jobs: JobRunner, model?: string) =>
  jobs.submit({ request: request(model), providerId: 'google', providerName: 'Google Veo', projectName: 'Listing', estimatedCostUsd: 3.2 });

describe('JobRunner asks the provider\u2019s model listing before a create', () => {
  it('fails a job whose model the listing lacks before anything is sent, naming the alternatives set up', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl });
    const jobs = await runner(gemini);
    const job = await submit(jobs);
    const done = await jobs.settled(job.id);

    expect(done).toMatchObject({ phase: 'failed', problem: { retryable: false } });
    expect(done?.ref).toBeUndefined();
    expect(done?.problem?.message).toBe(
      'Google Veo no longer serves model "veo-3.1-generate-preview" (it is not in the provider\'s own model list), so nothing was sent. ' +
        'The same model on providers you have set up: Veo 3.1 (Runway) (runway veo3.1).',
    );
    expect(server.emulator.operations.size).toBe(0);
  });

  it('goes on to create when the model is listed', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: true, pollsUntilDone: 0 });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl });
    const jobs = await runner(gemini);
    const done = await jobs.settled((await submit(jobs)).id);
    expect(done?.phase).toBe('saved');
    expect(server.emulator.operations.size).toBe(1);
  });

  it('does not let a failed listing block the generation: the create is sent and speaks for itself', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: true, pollsUntilDone: 0 });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl });
    const flaky: VideoProvider = {
      ...gemini,
      listAvailableModels: async () => {
        throw new ProviderApiError({ provider: 'google', kind: 'server', status: 503, message: 'Google Veo had a server error' });
      },
    };
    const jobs = await runner(flaky);
    const done = await jobs.settled((await submit(jobs)).id);
    expect(done?.phase).toBe('saved');
    expect(server.emulator.operations.size).toBe(1);
  });
});

describe('JobRunner\u2019s own explanation (no explainUnavailableModel given, as in the panel)', () => {
  it('names the same model on the providers its factory can create, i.e. those with keys', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl });
    const asked: string[] = [];
    const jobs = new JobRunner({
      ledger: await JobLedger.open(memoryLedgerStorage()),
      provider: async (providerId) => {
        asked.push(providerId);
        if (providerId === 'google') return gemini;
        if (providerId === 'fal') return { ...gemini, id: 'fal' };
        throw new Error(`no key for ${providerId}`);
      },
      mediaFolder: createMemoryMediaFolder(),
      poll: { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined },
      fileName: (job) => `${job.id}.mp4`,
      binPath: () => [],
      now: () => Date.parse('2026-12-06T10:00:00Z'),
    });
    const done = await jobs.settled((await submit(jobs)).id);
    expect(done?.problem?.message).toMatch(
      /so nothing was sent\. The same model on providers you have set up: Veo 3\.1 \(fal\) \(fal fal-ai\/veo3\.1\)\.$/,
    );
    expect(asked).toEqual(['google', 'google-vertex', 'runway', 'fal']);
    expect(server.emulator.operations.size).toBe(0);
  });
});

describe('unavailableModelMessage', () => {
  const base = { catalog, providerName: 'Google Veo', modelId: 'veo-3.1-generate-preview', today: TODAY };

  it('names every configured provider that offers the same model', () => {
    expect(unavailableModelMessage({ ...base, configuredProviderIds: ['google', 'google-vertex', 'runway', 'fal'] })).toMatch(
      /The same model on providers you have set up: Veo 3\.1 \(Vertex AI\) \(google-vertex veo-3\.1-generate-001\), Veo 3\.1 \(Runway\) \(runway veo3\.1\), Veo 3\.1 \(fal\) \(fal fal-ai\/veo3\.1\)\.$/,
    );
  });

  it('says where the model still runs when none of those providers is set up', () => {
    expect(unavailableModelMessage({ ...base, configuredProviderIds: ['google'] })).toMatch(
      /It is still offered by .*google-vertex veo-3\.1-generate-001.*; add that provider's key to use it\.$/,
    );
  });

  it('falls back to "pick another model" for a model the catalog does not know', () => {
    expect(unavailableModelMessage({ ...base, modelId: 'veo-9', configuredProviderIds: [] })).toMatch(
      /so nothing was sent\. Pick another model\.$/,
    );
  });
});
