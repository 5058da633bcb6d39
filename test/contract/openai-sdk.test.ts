import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIProvider, type OpenAIVideoProvider } from '../../src/providers/openai';
import { loopedClip } from '../../src/media';
import { ProviderApiError, type JobStatus, type VideoRequest } from '../../src/providers/spec';
import { createMemoryByteSink } from '../support/memory-byte-sink';
import { createManualClock, DEMO_CLIP, startOpenAIEmulator, type RunningOpenAIEmulator } from '../emulators/openai/openai-emulator-server';

/**
 * The emulator is faithful when the official `openai` SDK (6.30.1) completes its whole cycle
 * against it and surfaces its errors as the SDK's own classes; our adapter then runs the same cycle
 * on the same emulator, and each reads what the other made.
 */
const API_KEY = 'sk-contract-4c1d2e8f9a7b';
const clock = createManualClock();
let running: RunningOpenAIEmulator;

beforeAll(async () => {
  running = await startOpenAIEmulator({ apiKey: API_KEY, now: clock.now, retiredModels: ['sora-2-pro-2025-10-06'] });
});
afterAll(() => running.close());

/** maxRetries 0 unless a test is about the SDK's own retrying, so each error is seen once. */
const sdk = (options: { apiKey?: string; maxRetries?: number; baseURL?: string } = {}) =>
  new OpenAI({ apiKey: API_KEY, baseURL: running.baseUrl, maxRetries: 0, ...options });

async function retrieveUntilDone(client: OpenAI, id: string) {
  const seen: OpenAI.Videos.Video[] = [];
  for (let poll = 0; poll < 10; poll++) {
    const video = await client.videos.retrieve(id);
    seen.push(video);
    if (video.status === 'completed' || video.status === 'failed') return seen;
  }
  throw new Error('video never finished');
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('openai SDK against the OpenAI emulator', () => {
  it('creates (multipart, as 6.30 sends it), polls to completion and downloads the exact clip', async () => {
    const client = sdk();
    const created = await client.videos.create({ model: 'sora-2', prompt: 'a paper boat on a puddle', seconds: '8', size: '1280x720' });
    expect(created).toMatchObject({ object: 'video', status: 'queued', progress: 0, seconds: '8', size: '1280x720' });
    expect(running.emulator.videos.get(created.id)?.received.encoding).toBe('multipart');

    const seen = await retrieveUntilDone(client, created.id);
    expect(seen.map((video) => video.progress)).toEqual([33, 67, 100]);
    const done = seen.at(-1)!;
    expect(done.status).toBe('completed');
    expect(done.expires_at).toBe(done.completed_at! + 3600);

    const content = await client.videos.downloadContent(created.id);
    expect(content.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await content.arrayBuffer()).equals(Buffer.from(loopedClip(DEMO_CLIP, 8)))).toBe(true);
  });

  it('uploads a reference image as a file part, or sends a URL reference as bracket keys', async () => {
    const client = sdk();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const uploaded = await client.videos.create({
      prompt: 'from a still',
      input_reference: await toFile(png, 'still.png', { type: 'image/png' }),
    });
    expect(running.emulator.videos.get(uploaded.id)?.create.inputReference).toEqual({
      kind: 'file',
      fileName: 'still.png',
      mimeType: 'image/png',
      byteLength: 8,
    });

    const linked = await client.videos.create({ prompt: 'from a url', input_reference: { image_url: 'https://example.com/still.png' } });
    expect(running.emulator.videos.get(linked.id)?.create.inputReference).toEqual({
      kind: 'image_url',
      imageUrl: 'https://example.com/still.png',
    });
  });

  it('pages through every video with the SDK\u2019s cursor iteration', async () => {
    const ids: string[] = [];
    for await (const video of sdk().videos.list({ limit: 2 })) ids.push(video.id);
    expect(ids).toEqual([...running.emulator.videos.keys()].reverse());
  });

  it('remixes and deletes through the SDK', async () => {
    const client = sdk();
    const source = await client.videos.create({ prompt: 'a tram at noon' });
    await retrieveUntilDone(client, source.id);
    const remix = await client.videos.remix(source.id, { prompt: 'a tram at midnight' });
    expect(remix).toMatchObject({ status: 'queued', remixed_from_video_id: source.id, prompt: 'a tram at midnight' });
    expect(await client.videos.delete(source.id)).toEqual({ id: source.id, object: 'video.deleted', deleted: true });
  });

  it('shows a moderated job as failed with moderation_blocked', async () => {
    const client = sdk();
    const created = await client.videos.create({ prompt: 'refused [moderate]' });
    expect((await retrieveUntilDone(client, created.id)).at(-1)).toMatchObject({ status: 'failed', error: { code: 'moderation_blocked' } });
  });

  it.each([
    [
      'a wrong key',
      () => sdk({ apiKey: 'sk-wrong-000011112222' }).videos.create({ prompt: 'x' }),
      OpenAI.AuthenticationError,
      401,
      'invalid_api_key',
    ],
    [
      'a retired model',
      () => sdk().videos.create({ prompt: 'x', model: 'sora-2-pro-2025-10-06' }),
      OpenAI.NotFoundError,
      404,
      'model_not_found',
    ],
    ['a retired model lookup', () => sdk().models.retrieve('sora-2-pro-2025-10-06'), OpenAI.NotFoundError, 404, 'model_not_found'],
    [
      'a duration the API does not take',
      () => sdk().videos.create({ prompt: 'x', seconds: '7' as '8' }),
      OpenAI.BadRequestError,
      400,
      'invalid_value',
    ],
    [
      'a prompt the safety system blocks',
      () => sdk().videos.create({ prompt: 'x [block]' }),
      OpenAI.BadRequestError,
      400,
      'sentinel_block',
    ],
    [
      'content before completion',
      async () => sdk().videos.downloadContent((await sdk().videos.create({ prompt: 'x' })).id),
      OpenAI.NotFoundError,
      404,
      'video_not_ready',
    ],
  ])('surfaces %s as the SDK\u2019s own error class', async (_label, run, errorClass, status, code) => {
    const error = await caught(run());
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, code });
  });

  it('surfaces a scripted 429 as RateLimitError and a 500 as InternalServerError', async () => {
    running.emulator.injectFault({ route: 'create', status: 429, message: 'Rate limit reached for requests', code: 'rate_limit_exceeded' });
    const limited = await caught(sdk().videos.create({ prompt: 'x' }));
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'requests' });

    running.emulator.injectFault({ route: 'retrieve', status: 500, message: 'The server had an error.', type: 'server_error' });
    expect(await caught(sdk().videos.retrieve('video_any'))).toBeInstanceOf(OpenAI.InternalServerError);
  });

  it('reads a fault from the shared injector (OpenAI’s envelope) as the SDK’s own classes', async () => {
    running.faults.add({ provider: 'openai', phase: 'create', effect: { kind: 'status', status: 429 }, times: 1 });
    const limited = await caught(sdk().videos.create({ prompt: 'x' }));
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    running.faults.add({ provider: 'openai', phase: 'download', effect: { kind: 'status', status: 503 }, times: 1 });
    expect(await caught(sdk().videos.downloadContent('video_any'))).toBeInstanceOf(OpenAI.InternalServerError);
  });

  it('lets the SDK retry a 429 that carries retry-after-ms, as its own policy says', async () => {
    const before = running.emulator.videos.size;
    running.emulator.injectFault({
      route: 'create',
      status: 429,
      message: 'Rate limit reached',
      code: 'rate_limit_exceeded',
      headers: { 'retry-after-ms': '0' },
    });
    await expect(sdk({ maxRetries: 1 }).videos.create({ prompt: 'second try' })).resolves.toMatchObject({ status: 'queued' });
    expect(running.emulator.videos.size).toBe(before + 1);
  });

  it('reports the shut-down Videos API as NotFoundError "Invalid URL"', async () => {
    const shut = await startOpenAIEmulator({ apiKey: API_KEY, legacyVideosApi: false });
    try {
      const error = await caught(sdk({ baseURL: shut.baseUrl }).videos.create({ prompt: 'x' }));
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect((error as Error).message).toMatch(/Invalid URL \(POST \/v1\/videos\)/);
    } finally {
      await shut.close();
    }
  });

  it('works against the Azure-style emulator with the plain OpenAI client, as Microsoft documents for v1', async () => {
    const azure = await startOpenAIEmulator({ apiKey: API_KEY, authStyle: 'azure' });
    try {
      const client = sdk({ baseURL: azure.baseUrl });
      const created = await client.videos.create({ prompt: 'x' });
      expect((await client.videos.retrieve(created.id)).status).toBe('in_progress');
      const error = await caught(sdk({ baseURL: azure.baseUrl, apiKey: 'wrong' }).videos.list());
      expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
      expect((error as Error).message).toMatch(/Access denied due to invalid subscription key/);
    } finally {
      await azure.close();
    }
  });
});

describe('our OpenAI adapter on the same emulator, the same cycles', () => {
  const ours = (settings: { delay?: (ms: number) => Promise<void> } = {}): OpenAIVideoProvider =>
    createOpenAIProvider({ apiKey: API_KEY, baseUrl: running.baseUrl, ...settings });
  const request: VideoRequest = {
    model: 'sora-2',
    prompt: 'a paper boat on a puddle',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: 'contract-1',
  };

  async function pollToEnd(provider: OpenAIVideoProvider, ref: Parameters<OpenAIVideoProvider['status']>[0]) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const status = await provider.status(ref);
      if (status.state !== 'pending') return status;
    }
    throw new Error('job never finished');
  }

  it('creates what the SDK reads back, and downloads the same bytes the SDK does', async () => {
    const provider = ours();
    const started = await provider.start(request);
    const sdkView = await sdk().videos.retrieve(started.ref.jobId);
    expect(sdkView).toMatchObject({ model: 'sora-2', seconds: '8', size: '1280x720', prompt: request.prompt });

    const done = (await pollToEnd(provider, started.ref)) as Extract<JobStatus, { state: 'completed' }>;
    const sink = createMemoryByteSink();
    await provider.download(done.assets[0]!, sink);
    const viaSdk = new Uint8Array(await (await sdk().videos.downloadContent(started.ref.jobId)).arrayBuffer());
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(viaSdk))).toBe(true);
  });

  it('polls and downloads a job the SDK created', async () => {
    const created = await sdk().videos.create({ model: 'sora-2', prompt: 'made by the SDK', seconds: '4', size: '720x1280' });
    const ref = { provider: 'openai', model: 'sora-2', jobId: created.id, data: { videoId: created.id } };
    const done = (await pollToEnd(ours(), ref)) as Extract<JobStatus, { state: 'completed' }>;
    expect(done.assets[0]).toMatchObject({ durationSeconds: 4 });
    const sink = createMemoryByteSink();
    expect(await ours().download(done.assets[0]!, sink)).toBe(DEMO_CLIP.length);
  });

  it('rides out a 429 with Retry-After on a poll; surfaces a 5xx on create without re-posting', async () => {
    const waits: number[] = [];
    const provider = ours({ delay: async (ms) => void waits.push(ms) });
    const started = await provider.start(request);
    running.emulator.injectFault({
      route: 'retrieve',
      status: 429,
      message: 'Rate limit reached',
      code: 'rate_limit_exceeded',
      headers: { 'retry-after': '1' },
    });
    expect((await provider.status(started.ref)).state).toBe('pending');
    expect(waits).toEqual([1000]);

    const before = running.emulator.videos.size;
    running.emulator.injectFault({ route: 'create', status: 503, message: 'Service unavailable', type: 'server_error' });
    expect(await caught(provider.start(request))).toMatchObject({ kind: 'server', status: 503 });
    expect(running.emulator.videos.size).toBe(before);
  });

  it('reads moderated and failed jobs, and an expired download, as our typed results', async () => {
    const provider = ours();
    expect(await pollToEnd(provider, (await provider.start({ ...request, prompt: 'x [moderate]' })).ref)).toMatchObject({
      state: 'failed',
      moderated: true,
    });
    expect(await pollToEnd(provider, (await provider.start({ ...request, prompt: 'x [fail]' })).ref)).toMatchObject({
      state: 'failed',
      moderated: false,
    });

    const done = (await pollToEnd(provider, (await provider.start(request)).ref)) as Extract<JobStatus, { state: 'completed' }>;
    clock.advance(2 * 3600_000);
    const error = await caught(provider.download(done.assets[0]!, createMemoryByteSink()));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'not-found', providerCode: 'video_expired' });
  });
});
