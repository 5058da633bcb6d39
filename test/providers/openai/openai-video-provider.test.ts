import { loopedClip } from '../../../src/media';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpenAIProvider,
  openaiRegistration,
  type OpenAIProviderSettings,
  type OpenAIVideoProvider,
  type OpenAIVideoRequest,
} from '../../../src/providers/openai';
import { InvalidResponseError, ProviderApiError, type JobStatus } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import {
  createManualClock,
  DEMO_CLIP,
  startOpenAIEmulator,
  type RunningOpenAIEmulator,
} from '../../emulators/openai/openai-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

/** What the emulator serves for the default 8 s request: the demo clip played twice (sample tables only). */
const EIGHT_SECOND_CLIP = loopedClip(DEMO_CLIP, 8);

// Not the demo key: a leak check is only meaningful for a string that appears nowhere by accident.
const API_KEY = 'sk-live-7f3a9e21c4b8d0Qx';
const clock = createManualClock();
let running: RunningOpenAIEmulator;
let jobCounter = 0;

beforeAll(async () => {
  running = await startOpenAIEmulator({ apiKey: API_KEY, now: clock.now, retiredModels: ['sora-2-pro'] });
});
afterAll(() => running.close());

function provider(settings: Partial<OpenAIProviderSettings> = {}): OpenAIVideoProvider {
  return createOpenAIProvider({ apiKey: API_KEY, baseUrl: running.baseUrl, ...settings });
}

function request(overrides: Partial<OpenAIVideoRequest> = {}): OpenAIVideoRequest {
  jobCounter++;
  return {
    model: 'sora-2',
    prompt: 'A lighthouse at dusk, waves crashing, gulls calling',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `openai-job-${jobCounter}`,
    ...overrides,
  };
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** Everything an error could show: message, inspected form (causes included), JSON. */
const everythingIn = (error: unknown) => `${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;

describe('OpenAI provider against the OpenAI emulator: create', () => {
  it('posts JSON with seconds as a string and the 720p size', async () => {
    const started = await provider().start(request({ aspectRatio: '9:16', durationSeconds: 12 }));

    expect(started.warnings).toEqual([]);
    expect(started.ref).toMatchObject({ provider: 'openai', model: 'sora-2', jobId: expect.stringMatching(/^video_/) });
    const video = running.emulator.videos.get(started.ref.jobId);
    expect(video?.received).toEqual({
      encoding: 'json',
      fields: { model: 'sora-2', prompt: 'A lighthouse at dusk, waves crashing, gulls calling', seconds: '12', size: '720x1280' },
    });
  });

  it('warns instead of sending what Sora cannot honour: seed, negative prompt, audio off', async () => {
    const started = await provider().start(request({ seed: 0, negativePrompt: 'text', audio: false }));
    expect(started.warnings.map((warning) => warning.feature)).toEqual(['audio', 'seed', 'negativePrompt']);
    expect(Object.keys(running.emulator.videos.get(started.ref.jobId)!.received.fields).sort()).toEqual([
      'model',
      'prompt',
      'seconds',
      'size',
    ]);
  });

  it('sends a reference URL as JSON and reference bytes as a multipart upload', async () => {
    const byUrl = await provider().start(
      request({ providerOptions: { openai: { inputReference: { imageUrl: 'https://example.com/first.png' } } } }),
    );
    expect(running.emulator.videos.get(byUrl.ref.jobId)?.received.encoding).toBe('json');
    expect(running.emulator.videos.get(byUrl.ref.jobId)?.create.inputReference).toEqual({
      kind: 'image_url',
      imageUrl: 'https://example.com/first.png',
    });

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);
    const upload = await provider().start(
      request({ providerOptions: { openai: { inputReference: { bytes: png, mimeType: 'image/png' } } } }),
    );
    const video = running.emulator.videos.get(upload.ref.jobId);
    expect(video?.received.encoding).toBe('multipart');
    expect(video?.create).toMatchObject({
      seconds: '8',
      size: '1280x720',
      inputReference: { kind: 'file', fileName: 'reference.png', mimeType: 'image/png', byteLength: 10 },
    });
  });

  it('sends a size override, and reports the API\u2019s refusal with the field', async () => {
    const error = await caught(provider().start(request({ providerOptions: { openai: { size: '1920x1080' } } })));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'invalid-request', status: 400, providerCode: 'invalid_value', isRetryable: false });
    expect((error as Error).message).toMatch(/\(field: size\)/);
  });

  it('reports a sentinel_block refusal as moderation, with OpenAI\u2019s reason', async () => {
    const error = await caught(provider().start(request({ prompt: 'something refused up front [block]' })));
    expect(error).toMatchObject({ kind: 'moderation', status: 400, providerCode: 'sentinel_block' });
    expect((error as Error).message).toMatch(/rejected by the safety system/);
  });
});

describe('OpenAI provider against the OpenAI emulator: status and download', () => {
  it('polls with progress to completion and downloads exactly the emulated clip with the key', async () => {
    const openai = provider();
    const started = await openai.start(request());
    const statuses = await pollToEnd(openai, started.ref);

    expect(statuses).toEqual([
      { state: 'pending', progress: 0.33 },
      { state: 'pending', progress: 0.67 },
      {
        state: 'completed',
        assets: [
          {
            url: `${running.baseUrl}/videos/${started.ref.jobId}/content`,
            durationSeconds: 8,
            expiresAtMs: Math.floor(clock.now() / 1000) * 1000 + 3600_000,
          },
        ],
      },
    ]);
    // Statuses go to the UI and ledgers: the key travels only at download time.
    expect(JSON.stringify(statuses)).not.toContain(API_KEY);

    const sink = createMemoryByteSink();
    const progress: number[] = [];
    const asset = (statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>).assets[0]!;
    const written = await openai.download(asset, sink, { onProgress: (transfer) => progress.push(transfer.receivedBytes) });
    expect(written).toBe(EIGHT_SECOND_CLIP.length);
    expect(sink.state).toBe('closed');
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect(progress.at(-1)).toBe(EIGHT_SECOND_CLIP.length);
  });

  it('never sends the key to a file URL on another host', async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const recordingFetch = async (input: Request | string | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      seen.push({ url: req.url, authorization: req.headers.get('authorization') });
      return new Response(DEMO_CLIP, { headers: { 'content-length': String(DEMO_CLIP.length) } });
    };
    const openai = provider({ fetch: recordingFetch });
    await openai.download({ url: 'https://cdn.example.com/clip.mp4' }, createMemoryByteSink());
    await openai.download({ url: `${running.baseUrl}/videos/video_x/content` }, createMemoryByteSink());
    expect(seen).toEqual([
      { url: 'https://cdn.example.com/clip.mp4', authorization: null },
      { url: `${running.baseUrl}/videos/video_x/content`, authorization: `Bearer ${API_KEY}` },
    ]);
  });

  it('explains expired content and discards the partial file', async () => {
    const openai = provider();
    const started = await openai.start(request());
    const done = (await pollToEnd(openai, started.ref)).at(-1) as Extract<JobStatus, { state: 'completed' }>;
    clock.advance(3600_000);
    const sink = createMemoryByteSink();
    const error = await caught(openai.download(done.assets[0]!, sink));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, providerCode: 'video_expired' });
    expect((error as Error).message).toMatch(/no longer available.*expires_at/);
    expect(sink.state).toBe('aborted');
  });

  it('reports moderation with the provider\u2019s reason and a generic failure as not moderated', async () => {
    const openai = provider();
    const moderated = (await pollToEnd(openai, (await openai.start(request({ prompt: 'x [moderate]' }))).ref)).at(-1);
    expect(moderated).toEqual({
      state: 'failed',
      reason: 'Your request was blocked by our moderation system.',
      code: 'moderation_blocked',
      moderated: true,
    });
    const failed = (await pollToEnd(openai, (await openai.start(request({ prompt: 'x [fail]' }))).ref)).at(-1);
    expect(failed).toMatchObject({ state: 'failed', code: 'internal_error', moderated: false });
  });

  it('keeps a "[never]" job pending with progress', async () => {
    const openai = provider();
    const started = await openai.start(request({ prompt: 'x [never]' }));
    for (let poll = 0; poll < 5; poll++) await openai.status(started.ref);
    expect(await openai.status(started.ref)).toEqual({ state: 'pending', progress: 0.3 });
  });

  it('reads an unknown video as not-found without calling it retired', async () => {
    const error = await caught(
      provider().status({ provider: 'openai', model: 'sora-2', jobId: 'video_missing', data: { videoId: 'video_missing' } }),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect((error as Error).message).not.toMatch(/retired/);
  });
});

describe('OpenAI provider: remix and list', () => {
  it('remixes a completed video into a new job linked to its source', async () => {
    const openai = provider();
    const source = await openai.start(request());
    await pollToEnd(openai, source.ref);
    const remix = await openai.remix(source.ref, 'the same shot at night');

    expect(remix.ref).toMatchObject({ provider: 'openai', model: 'sora-2' });
    expect(remix.ref.jobId).not.toBe(source.ref.jobId);
    expect(running.emulator.videos.get(remix.ref.jobId)).toMatchObject({
      remixedFromId: source.ref.jobId,
      create: { prompt: 'the same shot at night' },
    });
    expect(running.emulator.videos.get(remix.ref.jobId)?.received.fields).toEqual({ prompt: 'the same shot at night' });
  });

  it('pages through the list newest first', async () => {
    const openai = provider();
    const newest = await openai.start(request({ prompt: 'newest of all' }));
    const first = await openai.list({ limit: 2 });
    expect(first.hasMore).toBe(true);
    expect(first.videos[0]).toMatchObject({
      ref: { jobId: newest.ref.jobId, model: 'sora-2' },
      status: { state: 'pending', progress: 0 },
      prompt: 'newest of all',
    });
    const second = await openai.list({ limit: 2, after: first.nextAfter });
    const expectedIds = [...running.emulator.videos.keys()].reverse().slice(2, 4);
    expect(second.videos.map((video) => video.ref.jobId)).toEqual(expectedIds);
  });
});

describe('OpenAI provider: errors', () => {
  it('maps a wrong key to auth, never repeating the key OpenAI echoes back masked', async () => {
    const wrongKey = 'sk-live-0000aaaa1111Wz7K';
    const error = await caught(provider({ apiKey: wrongKey }).start(request()));
    expect(error).toMatchObject({ kind: 'auth', status: 401, providerCode: 'invalid_api_key', isRetryable: false });
    const text = everythingIn(error);
    expect(text).not.toContain(wrongKey);
    expect(text).not.toContain('Wz7K'); // the tail OpenAI leaves unmasked
    expect(text).not.toMatch(/Bearer|sk-li/);
  });

  it('reports a retired model as not-found "retired at this endpoint", never a crash', async () => {
    const error = await caught(provider().start(request({ model: 'sora-2-pro' })));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'not-found', status: 404, providerCode: 'model_not_found', isRetryable: false });
    expect((error as Error).message).toMatch(/The model `sora-2-pro` does not exist.*retired at this endpoint.*2026-09-24/);
  });

  it('reports the shut-down Videos API as retired, on create and on status', async () => {
    const shut = await startOpenAIEmulator({ apiKey: API_KEY, legacyVideosApi: false });
    try {
      const openai = provider({ baseUrl: shut.baseUrl });
      const onCreate = await caught(openai.start(request()));
      expect(onCreate).toMatchObject({ kind: 'not-found', status: 404 });
      expect((onCreate as Error).message).toMatch(/retired at this endpoint/);
      const onStatus = await caught(
        openai.status({ provider: 'openai', model: 'sora-2', jobId: 'video_old', data: { videoId: 'video_old' } }),
      );
      expect((onStatus as Error).message).toMatch(/Invalid URL.*retired at this endpoint/);
    } finally {
      await shut.close();
    }
  });

  it('retries a status read through 429, waiting what Retry-After says', async () => {
    const waits: number[] = [];
    const openai = provider({ delay: async (ms) => void waits.push(ms) });
    const started = await openai.start(request());
    running.emulator.injectFault({
      route: 'retrieve',
      status: 429,
      message: 'Rate limit reached for requests',
      code: 'rate_limit_exceeded',
      headers: { 'retry-after': '2' },
    });

    await expect(openai.status(started.ref)).resolves.toEqual({ state: 'pending', progress: 0.33 });
    expect(waits).toEqual([2000]);
  });

  it('never re-posts a create that failed with a server error', async () => {
    const before = running.emulator.videos.size;
    running.emulator.injectFault({
      route: 'create',
      status: 500,
      message: 'The server had an error while processing your request.',
      type: 'server_error',
    });
    const error = await caught(provider({ delay: async () => {} }).start(request()));
    expect(error).toMatchObject({ kind: 'server', status: 500, isRetryable: true });
    // Had the POST been retried, the second attempt would have created a video.
    expect(running.emulator.videos.size).toBe(before);
  });

  it('maps insufficient_quota (a 429) to quota, not retryable', async () => {
    running.emulator.injectFault({
      route: 'create',
      status: 429,
      message: 'You exceeded your current quota.',
      type: 'insufficient_quota',
      code: 'insufficient_quota',
    });
    const error = await caught(provider().start(request()));
    expect(error).toMatchObject({ kind: 'quota', status: 429, isRetryable: false });
  });
});

describe('OpenAI provider under the shared fault injector', () => {
  it('resumes a content download cut mid-file and still delivers the exact clip', async () => {
    const openai = provider();
    const done = (await pollToEnd(openai, (await openai.start(request())).ref)).at(-1) as Extract<JobStatus, { state: 'completed' }>;
    running.faults.add({ provider: 'openai', phase: 'download', effect: { kind: 'drop-download', afterBytes: 30_000 }, times: 1 });
    const sink = createMemoryByteSink();
    expect(await openai.download(done.assets[0]!, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect(running.faults.hits.at(-1)).toMatchObject({ provider: 'openai', phase: 'download' });
  });

  it('reads a malformed poll answer as an invalid response, not a crash', async () => {
    const openai = provider();
    const started = await openai.start(request());
    running.faults.add({ provider: 'openai', phase: 'poll', effect: { kind: 'malformed-json' }, times: 1 });
    const error = await caught(openai.status(started.ref));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/OpenAI sent an unexpected response: not JSON/);
  });

  it('reports a create whose answer was lost as a network error, though the video exists', async () => {
    const before = running.emulator.videos.size;
    running.faults.add({ provider: 'openai', phase: 'create', effect: { kind: 'drop-answer' }, times: 1 });
    const error = await caught(provider().start(request()));
    expect(error).toMatchObject({ kind: 'network', isRetryable: true });
    // The job was made and will be charged: why a workflow must reconcile, never re-post (no recover() here).
    expect(running.emulator.videos.size).toBe(before + 1);
    expect(provider().recover).toBeUndefined();
  });
});

describe('OpenAI provider: Azure OpenAI and registration', () => {
  it('sends the key in api-key to an Azure-style endpoint', async () => {
    const azure = await startOpenAIEmulator({ apiKey: API_KEY, authStyle: 'azure' });
    const headersSeen: Array<{ apiKey: string | null; authorization: string | null }> = [];
    const recordingFetch = (input: Request | string | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      headersSeen.push({ apiKey: req.headers.get('api-key'), authorization: req.headers.get('authorization') });
      return fetch(req);
    };
    try {
      const openai = provider({ baseUrl: azure.baseUrl, authStyle: 'api-key', fetch: recordingFetch });
      const started = await openai.start(request());
      await pollToEnd(openai, started.ref);
      expect(headersSeen.every((seen) => seen.apiKey === API_KEY && seen.authorization == null)).toBe(true);
      const wrong = await caught(provider({ baseUrl: azure.baseUrl, authStyle: 'api-key', apiKey: 'azure-wrong' }).start(request()));
      expect(wrong).toMatchObject({ kind: 'auth', status: 401, providerCode: '401' });
    } finally {
      await azure.close();
    }
  });

  it('registers under the SDK\u2019s environment names and creates a working provider', async () => {
    expect(openaiRegistration).toMatchObject({
      id: 'openai',
      credentials: [{ name: 'OPENAI_API_KEY' }],
      defaultBaseUrl: 'https://api.openai.com/v1',
    });
    const openai = openaiRegistration.create({ credentials: { OPENAI_API_KEY: API_KEY }, baseUrl: running.baseUrl });
    expect(openai.id).toBe('openai');
    await expect(openai.start(request())).resolves.toMatchObject({ ref: { provider: 'openai' } });
  });
});
