import { loopedClip } from '../../../src/media';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VERTEX_PROJECT } from '../../../src/emulators/google';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { defaultCatalogModel, loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';
import { createGoogleVeoProvider, type GoogleVeoProviderSettings } from '../../../src/providers/google';
import type { FetchFunction } from '../../../src/providers/http';
import {
  ProviderApiError,
  ProviderJobFailedError,
  type JobStatus,
  type VideoProvider,
  type VideoRequest,
} from '../../../src/providers/spec';
import { JobTimeoutError } from '../../../src/workflows/job-timeout-error';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

/** What the emulator serves for the default 8 s request: the demo clip played twice (sample tables only). */
const EIGHT_SECOND_CLIP = loopedClip(DEMO_CLIP, 8);

// Not the demo values: a leak check is only meaningful for strings that appear nowhere by accident.
const API_KEY = 'AIzaFAKE-veo-test';
const ACCESS_TOKEN = 'ya29.liveToken_c2e1b0d98f77';

let server: GoogleEmulatorServer;
let jobCounter = 0;
const waits: number[] = [];
const recordWait = async (delayMs: number) => {
  waits.push(delayMs);
};

beforeAll(async () => {
  server = await startGoogleEmulatorServer({ apiKey: API_KEY, accessToken: ACCESS_TOKEN, pollsUntilDone: 2 });
});
afterAll(() => server.close());

/** Every request the provider sent, with the credential headers it carried. */
function recordingFetch(): { fetch: FetchFunction; sent: { url: string; key: string | null; authorization: string | null }[] } {
  const sent: { url: string; key: string | null; authorization: string | null }[] = [];
  const fetch: FetchFunction = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent.push({ url: request.url, key: request.headers.get('x-goog-api-key'), authorization: request.headers.get('authorization') });
    return globalThis.fetch(input, init);
  };
  return { fetch, sent };
}

function gemini(settings: Partial<Extract<GoogleVeoProviderSettings, { platform: 'gemini-api' }>> = {}): VideoProvider {
  return createGoogleVeoProvider({ platform: 'gemini-api', apiKey: API_KEY, baseUrl: server.baseUrl, delay: recordWait, ...settings });
}

function vertex(settings: Partial<Extract<GoogleVeoProviderSettings, { platform: 'vertex-ai' }>> = {}): VideoProvider {
  return createGoogleVeoProvider({
    platform: 'vertex-ai',
    accessToken: ACCESS_TOKEN,
    project: DEMO_VERTEX_PROJECT,
    baseUrl: server.baseUrl,
    delay: recordWait,
    ...settings,
  });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'veo-3.1-generate-preview',
    prompt: 'Morning fog over a harbour, foghorn in the distance',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `google-job-${jobCounter}`,
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** The error as every channel could show it: message, inspection (with causes), JSON. */
function everything(error: unknown): string {
  return `${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
}

describe('Google Veo on the Gemini API, against the emulator', () => {
  it('creates with the exact documented body: no generateAudio, no seed (Vertex only, dropped with a warning), a negative prompt', async () => {
    const started = await gemini().start(request({ negativePrompt: 'subtitles', seed: 0, durationSeconds: 6, aspectRatio: '9:16' }));

    expect(started.warnings).toMatchObject([
      { feature: 'seed', details: 'Veo on the Gemini API takes no seed (Vertex AI does); seed 0 was not sent.' },
    ]);
    expect(started.ref).toMatchObject({ provider: 'google', model: 'veo-3.1-generate-preview', data: { platform: 'gemini-api' } });
    const operation = server.emulator.operations.get(started.ref.data.operationName as string);
    expect(operation?.requestBody).toEqual({
      instances: [{ prompt: 'Morning fog over a harbour, foghorn in the distance' }],
      parameters: { sampleCount: 1, durationSeconds: 6, aspectRatio: '9:16', negativePrompt: 'subtitles' },
    });
    expect(started.ref.jobId).toBe(operation?.name.split('/').at(-1));
  });

  it('warns instead of sending what the Gemini API cannot honour: silence, 1080p under 8 s', async () => {
    const started = await gemini({ resolution: '1080p' }).start(request({ audio: false, durationSeconds: 4 }));

    expect(started.warnings.map((warning) => warning.feature)).toEqual(['resolution', 'audio']);
    const body = server.emulator.operations.get(started.ref.data.operationName as string)?.requestBody as {
      parameters: Record<string, unknown>;
    };
    expect(body.parameters).not.toHaveProperty('generateAudio');
    expect(body.parameters.resolution).toBe('720p');
  });

  it('sends 1080p for an 8-second clip', async () => {
    const started = await gemini({ resolution: '1080p' }).start(request());
    expect(started.warnings).toEqual([]);
    expect(server.emulator.operations.get(started.ref.data.operationName as string)?.create.resolution).toBe('1080p');
  });

  it('polls an operation to done and downloads the clip with the key, only from the configured base URL', async () => {
    const { fetch, sent } = recordingFetch();
    const veo = gemini({ fetch, now: () => 1_000_000 });
    const started = await veo.start(request());
    const statuses = await pollToEnd(veo, started.ref);

    expect(statuses.map((status) => status.state)).toEqual(['pending', 'pending', 'completed']);
    expect(statuses[0]).toEqual({ state: 'pending' });
    const asset = (statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>).assets[0]!;
    expect(asset.url).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/files\/[a-z0-9]+:download\?alt=media$/);
    expect(asset.expiresAtMs).toBe(1_000_000 + 2 * 24 * 3600 * 1000);
    // The key is not in the asset: assets may be stored in a job ledger.
    expect(JSON.stringify(asset)).not.toContain(API_KEY);

    const sink = createMemoryByteSink();
    expect(await veo.download(asset, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(sink.state).toBe('closed');
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);

    const fileId = /files\/([a-z0-9]+)/.exec(asset.url)![1];
    expect(sent.at(-1)).toEqual({ url: `${server.baseUrl}/v1beta/files/${fileId}:download?alt=media`, key: API_KEY, authorization: null });
    expect(sent.every((entry) => entry.url.startsWith(server.baseUrl))).toBe(true);
    expect(sent.filter((entry) => entry.url.includes(`/operations/${started.ref.jobId}`))).toHaveLength(3);
  });

  it('reports an RAI-filtered result as a moderated failure carrying Google\u2019s reasons', async () => {
    const veo = gemini();
    const started = await veo.start(request({ prompt: 'a scene the filter refuses [moderate]' }));
    const final = (await pollToEnd(veo, started.ref)).at(-1);

    expect(final).toMatchObject({
      state: 'failed',
      moderated: true,
      code: 'RAI_MEDIA_FILTERED',
      reason: expect.stringMatching(/usage guidelines.*Support codes/),
    });
  });

  it('reports an operation error as a failure that is not moderation', async () => {
    const veo = gemini();
    const started = await veo.start(request({ prompt: 'render trouble [fail]' }));
    expect((await pollToEnd(veo, started.ref)).at(-1)).toMatchObject({
      state: 'failed',
      moderated: false,
      code: '13',
      reason: expect.stringMatching(/internal error/),
    });
  });

  it('gives up on a never-finishing operation at the poller\u2019s timeout, with injected time', async () => {
    const veo = gemini();
    const started = await veo.start(request({ prompt: 'an endless render [never]' }));
    let clockMs = 0;
    const error = await caught(
      pollUntilDone(veo, started.ref, {
        intervalMs: 10_000,
        timeoutMs: 60_000,
        now: () => clockMs,
        delay: async (delayMs) => {
          clockMs += delayMs;
        },
      }),
    );
    expect(error).toBeInstanceOf(JobTimeoutError);
    // Polls at 0, 10, … 60 s of fake time; the next would land past the 60 s limit.
    expect(server.emulator.operations.get(started.ref.data.operationName as string)?.polls).toBe(7);
  });

  it('surfaces a moderated job through the poller as ProviderJobFailedError', async () => {
    const veo = gemini();
    const started = await veo.start(request({ prompt: 'refused [moderate]' }));
    const error = await caught(pollUntilDone(veo, started.ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined }));
    expect(error).toBeInstanceOf(ProviderJobFailedError);
    expect(error).toMatchObject({ moderated: true, provider: 'google' });
  });

  it('retries a poll answered 429, waiting what Google\u2019s RetryInfo.retryDelay asked (no Retry-After header)', async () => {
    const veo = gemini();
    const started = await veo.start(request());
    waits.length = 0;
    server.faults.add(...parseFaultSpec('google:poll:429:retry-after=2,google:poll:429:retry-after=1.5'));

    await expect(veo.status(started.ref)).resolves.toEqual({ state: 'pending' });
    expect(waits).toEqual([2000, 1500]);
    expect(server.emulator.operations.get(started.ref.data.operationName as string)?.polls).toBe(1);
  });

  it('surfaces a 500 on create without posting it again', async () => {
    const before = server.emulator.operations.size;
    const hitsBefore = server.faults.hits.length;
    server.faults.add(...parseFaultSpec('google:create:500'));
    const error = await caught(gemini().start(request()));

    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'server', status: 500, providerCode: 'INTERNAL', isRetryable: true });
    expect(server.emulator.operations.size).toBe(before);
    expect(server.faults.hits.length - hitsBefore).toBe(1);
  });

  it('maps a wrong key (400 API_KEY_INVALID) to auth, naming no key', async () => {
    const wrongKey = 'AIzaFAKE-wrong-test';
    const error = await caught(gemini({ apiKey: wrongKey }).start(request()));

    expect(error).toMatchObject({ kind: 'auth', status: 400, providerCode: 'INVALID_ARGUMENT', isRetryable: false });
    expect((error as Error).message).toMatch(/API key not valid/);
    expect(everything(error)).not.toContain(wrongKey);
    expect(everything(error)).not.toContain(API_KEY);
  });

  it('maps a retired model to not-found saying so', async () => {
    const error = await caught(gemini().start(request({ model: 'veo-3.0-generate-preview' })));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, providerCode: 'NOT_FOUND' });
    expect((error as Error).message).toMatch(
      /models\/veo-3\.0-generate-preview is no longer available.*retired or not offered at this endpoint/,
    );
  });

  it('maps a parameter Google refuses to invalid-request naming the field', async () => {
    const error = await caught(gemini().start(request({ model: 'veo-3.1-fast-generate-preview', durationSeconds: 5 })));
    expect(error).toMatchObject({ kind: 'invalid-request', status: 400, providerCode: 'INVALID_ARGUMENT' });
    expect((error as Error).message).toMatch(/field parameters\.durationSeconds/);
  });

  it('refuses an aspect ratio Veo does not have before sending anything', async () => {
    const before = server.emulator.operations.size;
    const error = await caught(gemini().start(request({ aspectRatio: '1:1' })));
    expect(error).toMatchObject({ kind: 'invalid-request', message: expect.stringMatching(/16:9 or 9:16; 1:1 was asked/) });
    expect(error).not.toHaveProperty('status', expect.any(Number));
    expect(server.emulator.operations.size).toBe(before);
  });

  it('maps an unknown operation to not-found', async () => {
    const error = await caught(
      gemini().status({
        provider: 'google',
        model: 'veo-3.1-generate-preview',
        jobId: 'gone',
        data: { operationName: 'models/veo-3.1-generate-preview/operations/gone' },
      }),
    );
    expect(error).toMatchObject({ kind: 'not-found', message: expect.stringMatching(/operation no longer exists/) });
  });
});

describe('Google Veo on Vertex AI, against the emulator', () => {
  it('creates with generateAudio and the project path, then polls with fetchPredictOperation', async () => {
    const { fetch, sent } = recordingFetch();
    const veo = vertex({ fetch });
    const started = await veo.start(request({ model: 'veo-3.1-generate-001', audio: false, seed: 42 }));

    expect(started.warnings).toEqual([]);
    expect(started.ref).toMatchObject({ provider: 'google-vertex', data: { platform: 'vertex-ai' } });
    const operation = server.emulator.operations.get(started.ref.data.operationName as string);
    expect(operation?.requestBody).toEqual({
      instances: [{ prompt: 'Morning fog over a harbour, foghorn in the distance' }],
      parameters: { sampleCount: 1, durationSeconds: 8, aspectRatio: '16:9', seed: 42, generateAudio: false },
    });
    expect(sent[0]).toEqual({
      url: `${server.baseUrl}/v1/projects/demo-project/locations/us-central1/publishers/google/models/veo-3.1-generate-001:predictLongRunning`,
      key: null,
      authorization: `Bearer ${ACCESS_TOKEN}`,
    });
    await veo.status(started.ref);
    expect(sent.at(-1)?.url).toBe(
      `${server.baseUrl}/v1/projects/demo-project/locations/us-central1/publishers/google/models/veo-3.1-generate-001:fetchPredictOperation`,
    );
  });

  it('writes inline base64 bytes to the sink, verified, with progress, keeping the asset small', async () => {
    const veo = vertex();
    const started = await veo.start(request({ model: 'veo-3.1-fast-generate-001', durationSeconds: 4 }));
    const final = (await pollToEnd(veo, started.ref)).at(-1) as Extract<JobStatus, { state: 'completed' }>;
    const asset = final.assets[0]!;
    // Assets go into the job ledger: a name and an index, not megabytes of base64.
    expect(asset).toEqual({ url: `x-google-operation:${started.ref.data.operationName as string}?video=0` });

    const polls = server.emulator.operations.get(started.ref.data.operationName as string)!.polls;
    const sink = createMemoryByteSink();
    const progress: number[] = [];
    expect(await veo.download(asset, sink, { onProgress: ({ receivedBytes }) => progress.push(receivedBytes) })).toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(progress.at(-1)).toBe(DEMO_CLIP.length);
    // The final poll's answer was reused: no second transfer of the bytes.
    expect(server.emulator.operations.get(started.ref.data.operationName as string)!.polls).toBe(polls);
  });

  it('downloads an inline asset after a reload by reading the operation again', async () => {
    const first = vertex();
    const started = await first.start(request({ model: 'veo-3.1-generate-001' }));
    const asset = ((await pollToEnd(first, started.ref)).at(-1) as Extract<JobStatus, { state: 'completed' }>).assets[0]!;
    const polls = server.emulator.operations.get(started.ref.data.operationName as string)!.polls;

    const sink = createMemoryByteSink();
    expect(await vertex().download(asset, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect(server.emulator.operations.get(started.ref.data.operationName as string)!.polls).toBe(polls + 1);
  });

  it('downloads a gs:// result through the Cloud Storage JSON API with the same token', async () => {
    const { fetch, sent } = recordingFetch();
    const veo = vertex({ fetch, outputStorageUri: 'gs://editor-bucket/veo/' });
    const started = await veo.start(request({ model: 'veo-3.1-generate-001' }));
    expect(
      (server.emulator.operations.get(started.ref.data.operationName as string)?.requestBody as { parameters: unknown }).parameters,
    ).toMatchObject({
      storageUri: 'gs://editor-bucket/veo/',
    });
    const final = (await pollToEnd(veo, started.ref)).at(-1) as Extract<JobStatus, { state: 'completed' }>;
    const asset = final.assets[0]!;
    expect(asset.url).toBe(`gs://editor-bucket/veo/${started.ref.jobId}/sample_0.mp4`);

    const sink = createMemoryByteSink();
    await veo.download(asset, sink);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect(sent.at(-1)).toEqual({
      url: `${server.baseUrl}/storage/v1/b/editor-bucket/o/${encodeURIComponent(`veo/${started.ref.jobId}/sample_0.mp4`)}?alt=media`,
      key: null,
      authorization: `Bearer ${ACCESS_TOKEN}`,
    });
  });

  it('retries a fetchPredictOperation POST answered 503: it is a read', async () => {
    const veo = vertex();
    const started = await veo.start(request({ model: 'veo-3.1-generate-001' }));
    waits.length = 0;
    server.faults.add(...parseFaultSpec('google:poll:503:retry-after=1'));
    await expect(veo.status(started.ref)).resolves.toEqual({ state: 'pending' });
    expect(waits).toEqual([1000]);
  });

  it('maps an expired token to auth and a foreign project to auth, naming no token', async () => {
    const expired = await caught(vertex({ accessToken: 'ya29.expired-token-0001' }).start(request({ model: 'veo-3.1-generate-001' })));
    expect(expired).toMatchObject({ kind: 'auth', status: 401, providerCode: 'UNAUTHENTICATED' });
    expect(everything(expired)).not.toContain('ya29.expired-token-0001');
    expect(everything(expired)).not.toMatch(/Bearer/);

    const foreign = await caught(vertex({ project: 'someone-else' }).start(request({ model: 'veo-3.1-generate-001' })));
    expect(foreign).toMatchObject({ kind: 'auth', status: 403, providerCode: 'PERMISSION_DENIED' });
    expect(everything(foreign)).not.toContain(ACCESS_TOKEN);
  });

  it('maps Vertex\u2019s retired Veo 3 to not-found saying so', async () => {
    const error = await caught(vertex().start(request({ model: 'veo-3.0-generate-001' })));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect((error as Error).message).toMatch(
      /Publisher Model .*veo-3\.0-generate-001.* was not found.*retired or not offered at this endpoint/,
    );
  });

  it('reports RAI filtering on Vertex as moderated', async () => {
    const veo = vertex();
    const started = await veo.start(request({ model: 'veo-3.1-generate-001', prompt: 'refused [moderate]' }));
    expect((await pollToEnd(veo, started.ref)).at(-1)).toMatchObject({
      state: 'failed',
      moderated: true,
      reason: expect.stringMatching(/Vertex AI's usage guidelines/),
    });
  });
});

describe('Google models in the catalog', () => {
  const catalog = loadBuiltinCatalog();
  const base = { prompt: 'a heron', aspectRatio: '16:9' as const };

  it('explains a duration Veo does not take in the editor\u2019s terms', () => {
    expect(
      validateVideoRequest({ ...base, model: 'veo-3.1-fast-generate-001', durationSeconds: 5 }, catalog, 'google-vertex').map(
        (problem) => problem.message,
      ),
    ).toEqual(['Veo 3.1 Fast (Vertex AI) accepts 4, 6 or 8 seconds; 5 s was asked.']);
    expect(
      validateVideoRequest(
        { ...base, model: 'veo-3.1-generate-001', durationSeconds: 8, aspectRatio: '1:1' },
        catalog,
        'google-vertex',
      ).map((problem) => problem.field),
    ).toEqual(['aspectRatio']);
  });

  it('keeps Gemini API and Vertex AI models apart, each with its default and audio mode', () => {
    // Every Gemini API Veo id is shut down (2026-06-30, 2026-10-22): Gemini Omni is the default there.
    expect(defaultCatalogModel(catalog, 'google', '2026-12-06')?.id).toBe('gemini-omni-1.2-flash');
    expect(defaultCatalogModel(catalog, 'google-vertex')?.id).toBe('veo-3.1-generate-001');
    expect(new Set(catalog.models.filter((model) => model.provider === 'google').map((model) => model.audio))).toEqual(new Set(['always']));
    // Vertex: Veo's sound is switchable, Gemini Omni's is not.
    const vertexModels = catalog.models.filter((model) => model.provider === 'google-vertex');
    expect(new Set(vertexModels.filter((model) => model.id.startsWith('veo-')).map((model) => model.audio))).toEqual(new Set(['toggle']));
    expect(new Set(vertexModels.filter((model) => model.wireModelId?.startsWith('gemini-omni-')).map((model) => model.audio))).toEqual(
      new Set(['always']),
    );
    // Vertex retired veo-3.0-* on 2026-06-30: it must not be offered there.
    expect(catalog.models.some((model) => model.provider === 'google-vertex' && model.id.startsWith('veo-3.0'))).toBe(false);
  });
});
