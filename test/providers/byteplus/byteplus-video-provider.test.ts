import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMp4, loopedClip } from '../../../src/media';
import {
  byteplusJobSeed,
  byteplusRegistration,
  createBytePlusProvider,
  type BytePlusProviderSettings,
} from '../../../src/providers/byteplus';
import { ProviderApiError, type JobStatus, type VideoProvider, type VideoRequest } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { tinyPng } from '../../support/tiny-png';
import {
  createManualClock,
  DEMO_CLIP,
  startBytePlusEmulator,
  type RunningBytePlusEmulator,
} from '../../emulators/byteplus/byteplus-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

// Not the demo key: a leak check is only meaningful for a string that appears nowhere by accident.
const API_KEY = 'ark-5e1c9b77-a0d2-4f31-live';
const HOUR_MS = 60 * 60 * 1000;
const TINY_PNG = tinyPng();
/** What the emulator serves for `request()` (8 s): the 5 s demo clip played twice. */
const EIGHT_SECOND_CLIP = loopedClip(DEMO_CLIP, 8);
const clock = createManualClock();
let running: RunningBytePlusEmulator;
let jobCounter = 0;

beforeAll(async () => {
  running = await startBytePlusEmulator({ apiKey: API_KEY, now: clock.now, inactiveModels: ['dreamina-seedance-2-0-mini-260615'] });
});
afterAll(() => running.close());

function provider(settings: Partial<BytePlusProviderSettings> = {}): VideoProvider {
  return createBytePlusProvider({ apiKey: API_KEY, baseUrl: running.baseUrl, ...settings });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'dreamina-seedance-2-0-260128',
    prompt: 'A street drummer at dusk, crowd cheering, "one more!" someone shouts',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `byteplus-job-${jobCounter}`,
    ...overrides,
  };
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const completed = (status: JobStatus | undefined) => status as Extract<JobStatus, { state: 'completed' }>;

describe('BytePlus provider against the BytePlus emulator: create', () => {
  it('posts the exact task body: text content, ratio, duration, 1080p, audio, no watermark, a seed derived from our job id', async () => {
    const byteplus = provider();
    const wanted = request();
    const started = await byteplus.start(wanted);

    expect(started.warnings).toEqual([]);
    const seed = byteplusJobSeed(wanted.clientJobId);
    expect(started.ref).toEqual({
      provider: 'byteplus',
      model: 'dreamina-seedance-2-0-260128',
      jobId: started.ref.jobId,
      data: { taskId: started.ref.jobId, seed },
    });
    expect(started.ref.jobId).toMatch(/^cgt-\d{14}-/);
    expect(running.emulator.tasks.get(started.ref.jobId)?.requestBody).toEqual({
      model: 'dreamina-seedance-2-0-260128',
      content: [{ type: 'text', text: wanted.prompt }],
      ratio: '16:9',
      duration: 8,
      resolution: '1080p',
      generate_audio: true,
      seed,
      watermark: false,
    });
  });

  it('sends the request\u2019s own seed (0 is a seed) and the asked resolution', async () => {
    const started = await provider().start(request({ seed: 0, resolution: '480p', audio: false }));
    expect(running.emulator.tasks.get(started.ref.jobId)?.requestBody).toMatchObject({
      seed: 0,
      resolution: '480p',
      generate_audio: false,
    });
  });

  it('renders Fast at 720p when nothing is asked, and warns when 1080p is asked of it', async () => {
    const byteplus = provider();
    const plain = await byteplus.start(request({ model: 'dreamina-seedance-2-0-fast-260128' }));
    expect(running.emulator.tasks.get(plain.ref.jobId)?.create.resolution).toBe('720p');
    const asked = await byteplus.start(request({ model: 'dreamina-seedance-2-0-fast-260128', resolution: '1080p' }));
    expect(asked.warnings).toMatchObject([
      { feature: 'resolution', details: expect.stringMatching(/renders 480p, 720p, not 1080p; 720p was used/) },
    ]);
  });

  it('sends a reference image as a first_frame data URI with the adaptive ratio, and says the ratio was not sent', async () => {
    const started = await provider().start(
      request({
        model: 'dreamina-seedance-2-5-260628',
        durationSeconds: 20,
        referenceImage: { bytes: TINY_PNG, mimeType: 'image/png', fileName: 'frame.png' },
      }),
    );
    const task = running.emulator.tasks.get(started.ref.jobId)!;
    expect(task.create).toMatchObject({
      ratio: 'adaptive',
      durationSeconds: 20,
      images: [{ role: 'first_frame', url: `data:image/png;base64,${Buffer.from(TINY_PNG).toString('base64')}` }],
    });
    expect(started.warnings).toMatchObject([
      { feature: 'aspectRatio', details: expect.stringMatching(/follows the first frame's shape; 16:9 was not sent/) },
    ]);
  });

  it('warns that a negative prompt cannot be sent', async () => {
    const started = await provider().start(request({ negativePrompt: 'text overlays' }));
    expect(started.warnings).toMatchObject([{ feature: 'negativePrompt', details: expect.stringMatching(/no negative prompt/) }]);
    expect(JSON.stringify(running.emulator.tasks.get(started.ref.jobId)?.requestBody)).not.toContain('text overlays');
  });

  it('refuses, before anything is sent, a ratio Seedance does not render and a seed out of range', async () => {
    const before = running.emulator.tasks.size;
    expect(await caught(provider().start(request({ aspectRatio: '2:1' })))).toMatchObject({
      kind: 'invalid-request',
      message: expect.stringMatching(/not 2:1/),
    });
    expect(await caught(provider().start(request({ seed: 2 ** 31 })))).toMatchObject({
      kind: 'invalid-request',
      message: expect.stringMatching(/field: seed/),
    });
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('reports ModelArk\u2019s own validation refusal with its code', async () => {
    const error = await caught(provider().start(request({ durationSeconds: 16 })));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'invalid-request', status: 400, providerCode: 'InvalidParameter.duration', isRetryable: false });
    expect((error as Error).message).toMatch(/from 4 to 15 seconds/);
  });

  it('explains a model the account has not activated, and one that is gone', async () => {
    const inactive = await caught(provider().start(request({ model: 'dreamina-seedance-2-0-mini-260615' })));
    expect(inactive).toMatchObject({ kind: 'auth', status: 404, providerCode: 'ModelNotOpen' });
    expect((inactive as Error).message).toMatch(/activate the model .* in the ModelArk console/);
    const gone = await caught(provider().start(request({ model: 'dreamina-seedance-1-0-pro' })));
    expect(gone).toMatchObject({ kind: 'not-found', status: 404, providerCode: 'InvalidEndpointOrModel.NotFound' });
    expect((gone as Error).message).toMatch(/may have been retired/);
  });

  it('reports input moderation at create as moderation, never retryable', async () => {
    const error = await caught(provider().start(request({ prompt: 'something refused [moderate]' })));
    expect(error).toMatchObject({ kind: 'moderation', status: 400, providerCode: 'InputTextSensitiveContentDetected', isRetryable: false });
  });
});

describe('BytePlus provider against the BytePlus emulator: status, download, cancel', () => {
  it('polls queued → running → succeeded and downloads the clip, with audio, from the signed URL', async () => {
    const byteplus = provider();
    const started = await byteplus.start(request());
    const statuses = await pollToEnd(byteplus, started.ref);

    expect(statuses.map((status) => status.state)).toEqual(['pending', 'pending', 'pending', 'completed']);
    const asset = completed(statuses.at(-1)).assets[0]!;
    expect(asset.url).toMatch(new RegExp(`^${running.baseUrl}/files/${started.ref.jobId}\\.mp4\\?X-Tos-Algorithm=`));
    expect(asset).toMatchObject({ durationSeconds: 8, expiresAtMs: Math.floor(clock.now() / 1000) * 1000 + 24 * HOUR_MS });
    expect(JSON.stringify(statuses)).not.toContain(API_KEY);

    const sink = createMemoryByteSink();
    // The emulator serves the 8 s asked for: the 5 s demo clip played twice (10 s), never shorter.
    expect(await byteplus.download(asset, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect(inspectMp4(sink.bytes()).durationSeconds).toBeGreaterThanOrEqual(8);
    expect(inspectMp4(sink.bytes()).audio).not.toBeNull();
  });

  it('downloads a silent clip when audio was off', async () => {
    const byteplus = provider();
    const started = await byteplus.start(request({ audio: false }));
    const sink = createMemoryByteSink();
    await byteplus.download(completed((await pollToEnd(byteplus, started.ref)).at(-1)).assets[0]!, sink);
    expect(inspectMp4(sink.bytes())).toMatchObject({ audio: null, video: { codec: 'avc1' } });
  });

  it('after 24 h the link is refused and the task no longer holds a result: a failure saying to generate again', async () => {
    const byteplus = provider();
    const started = await byteplus.start(request());
    const stale = completed((await pollToEnd(byteplus, started.ref)).at(-1)).assets[0]!;
    clock.advance(25 * HOUR_MS);

    const sink = createMemoryByteSink();
    expect(await caught(byteplus.download(stale, sink))).toMatchObject({ kind: 'not-found', status: 403 });
    expect(sink.state).toBe('aborted');
    expect(await byteplus.status(started.ref)).toMatchObject({
      state: 'failed',
      code: 'ResultExpired',
      moderated: false,
      reason: expect.stringMatching(/kept for 24 hours\. Generate it again/),
    });
  });

  it('reports output moderation with ModelArk\u2019s code as moderated', async () => {
    const byteplus = provider();
    const final = (await pollToEnd(byteplus, (await byteplus.start(request({ prompt: 'a brawl [moderate-output]' }))).ref)).at(-1);
    expect(final).toMatchObject({ state: 'failed', code: 'OutputVideoSensitiveContentDetected', moderated: true });
    expect(final?.state === 'failed' && final.reason).toMatch(
      /output video may contain sensitive information \(OutputVideoSensitiveContentDetected\) — change the prompt/,
    );
  });

  it('reports a generic failure and an expired task as not moderated', async () => {
    const byteplus = provider();
    expect((await pollToEnd(byteplus, (await byteplus.start(request({ prompt: 'unlucky [fail]' }))).ref)).at(-1)).toMatchObject({
      state: 'failed',
      code: 'InternalServiceError',
      moderated: false,
    });
    expect((await pollToEnd(byteplus, (await byteplus.start(request({ prompt: 'slow [expire]' }))).ref)).at(-1)).toMatchObject({
      state: 'failed',
      code: 'expired',
      moderated: false,
      reason: expect.stringMatching(/expired; nothing was generated/),
    });
  });

  it('cancels a queued task, which then reads as a failure; a running one is refused', async () => {
    const byteplus = provider();
    const queued = await byteplus.start(request());
    await byteplus.cancel!(queued.ref);
    expect(running.emulator.tasks.get(queued.ref.jobId)?.status).toBe('cancelled');
    expect(await byteplus.status(queued.ref)).toMatchObject({ state: 'failed', code: 'cancelled', moderated: false });

    const busy = await byteplus.start(request({ prompt: 'long [never]' }));
    await byteplus.status(busy.ref);
    await byteplus.status(busy.ref);
    expect(await caught(byteplus.cancel!(busy.ref))).toMatchObject({ kind: 'invalid-request', status: 400 });
  });
});

describe('BytePlus provider: lost creates are found by listing, never re-posted', () => {
  it('finds the task a dropped create made, by its seed, among other tasks of the model', async () => {
    const byteplus = provider();
    await byteplus.start(request());
    const lost = request();
    running.faults.add({ provider: 'byteplus', phase: 'create', effect: { kind: 'drop-answer' }, times: 1 });
    const before = running.emulator.tasks.size;
    expect(await caught(byteplus.start(lost))).toMatchObject({ kind: 'network' });
    expect(running.emulator.tasks.size).toBe(before + 1);
    await byteplus.start(request());

    const ref = await byteplus.recover!(lost);
    const made = [...running.emulator.tasks.values()].find((task) => task.create.seed === byteplusJobSeed(lost.clientJobId))!;
    expect(ref).toEqual({
      provider: 'byteplus',
      model: lost.model,
      jobId: made.id,
      data: { taskId: made.id, seed: byteplusJobSeed(lost.clientJobId) },
    });
    expect(running.emulator.tasks.size).toBe(before + 2);
  });

  it('proves a create that never arrived absent (null) by reading the whole list', async () => {
    running.faults.add({ provider: 'byteplus', phase: 'create', effect: { kind: 'status', status: 502 }, times: 1 });
    const never = request({ model: 'dreamina-seedance-2-5-260628' });
    expect(await caught(provider({ delay: async () => {} }).start(never))).toMatchObject({ kind: 'server' });
    await expect(provider().recover!(never)).resolves.toBeNull();
  });

  it('pages through a long list to find the task', async () => {
    const paged = await startBytePlusEmulator({ apiKey: API_KEY });
    try {
      const byteplus = provider({ baseUrl: paged.baseUrl });
      const lost = request({ model: 'dreamina-seedance-2-0-fast-260128', resolution: '720p' });
      await byteplus.start(lost);
      for (let index = 0; index < 120; index++) await byteplus.start(request({ model: 'dreamina-seedance-2-0-fast-260128' }));
      const ref = await byteplus.recover!(lost);
      expect(ref?.data.seed).toBe(byteplusJobSeed(lost.clientJobId));
    } finally {
      await paged.close();
    }
  });

  it('leaves the job unconfirmed when two listed tasks carry the same marks (the same user seed twice)', async () => {
    const byteplus = provider();
    const twin = request({ seed: 4242, model: 'dreamina-seedance-2-0-fast-260128' });
    await byteplus.start(twin);
    await byteplus.start({ ...twin, clientJobId: 'another-job' });
    const error = await caught(byteplus.recover!(twin));
    expect(error).toMatchObject({ name: 'BytePlusUnconfirmedJobError', clientJobId: twin.clientJobId });
    expect((error as Error).message).toMatch(/2 tasks .* carry its seed 4242.*not paid twice/);
  });

  it('lets a listing failure surface as an error (unconfirmed), never as "absent"', async () => {
    running.emulator.injectFault({ route: 'list', status: 500, code: 'InternalServiceError', message: 'Internal error.', times: 3 });
    expect(await caught(provider({ delay: async () => {} }).recover!(request()))).toMatchObject({ kind: 'server', status: 500 });
  });
});

describe('BytePlus provider: errors', () => {
  it('maps a wrong key to auth, naming neither key nor header', async () => {
    const wrong = 'ark-wrong-99c0ffee';
    const error = await caught(provider({ apiKey: wrong }).start(request()));
    expect(error).toMatchObject({ kind: 'auth', status: 401, providerCode: 'AuthenticationError', isRetryable: false });
    expect((error as Error).message).toMatch(/check ARK_API_KEY; ModelArk keys work in their own region only/);
    const text = `${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toMatch(/Bearer/);
  });

  it('retries a status read through 429, waiting what Retry-After says', async () => {
    const waits: number[] = [];
    const byteplus = provider({ delay: async (ms) => void waits.push(ms) });
    const started = await byteplus.start(request());
    running.emulator.injectFault({
      route: 'retrieve',
      status: 429,
      code: 'RateLimitExceeded.EndpointRPMExceeded',
      message: 'Too many requests.',
      headers: { 'retry-after': '7' },
    });
    await expect(byteplus.status(started.ref)).resolves.toEqual({ state: 'pending' });
    expect(waits).toEqual([7000]);
    expect(running.emulator.tasks.get(started.ref.jobId)?.polls).toBe(1);
  });

  it('surfaces a 429 on create as rate-limit with the wait, and never re-posts it', async () => {
    const before = running.emulator.tasks.size;
    running.emulator.injectFault({
      route: 'create',
      status: 429,
      code: 'RateLimitExceeded.EndpointRPMExceeded',
      message: 'Too many requests.',
      headers: { 'retry-after': '20' },
    });
    const error = await caught(provider().start(request()));
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterSeconds: 20, isRetryable: true });
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('maps an overdue account to quota', async () => {
    running.emulator.injectFault({
      route: 'create',
      status: 403,
      code: 'AccountOverdueError',
      message: 'The request failed because your account has an overdue balance.',
    });
    const error = await caught(provider().start(request()));
    expect(error).toMatchObject({ kind: 'quota', status: 403, providerCode: 'AccountOverdueError' });
    expect((error as Error).message).toMatch(/top up the BytePlus account/);
  });

  it('reads an unknown task as not-found', async () => {
    const error = await caught(
      provider().status({ provider: 'byteplus', model: 'dreamina-seedance-2-0-260128', jobId: 'cgt-nope', data: { taskId: 'cgt-nope' } }),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });
});

describe('BytePlus provider under the shared fault injector', () => {
  it('resumes a download cut mid-file and still delivers the exact clip', async () => {
    const byteplus = provider();
    const done = completed((await pollToEnd(byteplus, (await byteplus.start(request())).ref)).at(-1));
    running.faults.add({ provider: 'byteplus', phase: 'download', effect: { kind: 'drop-download', afterBytes: 40_000 }, times: 1 });
    const sink = createMemoryByteSink();
    expect(await byteplus.download(done.assets[0]!, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
  });

  it('retries a poll through a scripted 503 in ModelArk\u2019s envelope', async () => {
    const waits: number[] = [];
    const byteplus = provider({ delay: async (ms) => void waits.push(ms) });
    const started = await byteplus.start(request());
    running.faults.add({ provider: 'byteplus', phase: 'poll', effect: { kind: 'status', status: 503, retryAfterSeconds: 1 }, times: 1 });
    await expect(byteplus.status(started.ref)).resolves.toEqual({ state: 'pending' });
    expect(waits).toEqual([1000]);
  });

  it('reports malformed JSON as an invalid response', async () => {
    const byteplus = provider();
    const started = await byteplus.start(request());
    running.faults.add({ provider: 'byteplus', phase: 'poll', effect: { kind: 'malformed-json' }, times: 1 });
    expect(await caught(byteplus.status(started.ref))).toMatchObject({
      name: 'InvalidResponseError',
      message: expect.stringMatching(/not JSON/),
    });
  });
});

describe('BytePlus registration', () => {
  it('names ARK_API_KEY and ModelArk\u2019s ap-southeast API, and creates a working provider', async () => {
    expect(byteplusRegistration).toMatchObject({
      id: 'byteplus',
      credentials: [{ name: 'ARK_API_KEY' }],
      defaultBaseUrl: 'https://ark.ap-southeast.bytepluses.com/api/v3',
    });
    const byteplus = byteplusRegistration.create({ credentials: { ARK_API_KEY: API_KEY }, baseUrl: running.baseUrl });
    await expect(byteplus.start(request())).resolves.toMatchObject({ ref: { provider: 'byteplus' } });
  });
});
