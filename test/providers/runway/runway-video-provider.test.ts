import { loopedClip } from '../../../src/media';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMp4 } from '../../../src/media';
import {
  createRunwayProvider,
  runwayRegistration,
  type RunwayProviderSettings,
  type RunwayVideoProvider,
  type RunwayVideoRequest,
} from '../../../src/providers/runway';
import { ProviderApiError, type JobStatus } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import {
  createManualClock,
  DEMO_CLIP,
  startRunwayEmulator,
  type RunningRunwayEmulator,
} from '../../emulators/runway/runway-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

/** What the emulator serves for the default 8 s request: the demo clip played twice (sample tables only). */
const EIGHT_SECOND_CLIP = loopedClip(DEMO_CLIP, 8);

// Not the demo secret: a leak check is only meaningful for a string that appears nowhere by accident.
const API_SECRET = 'key_live_5e1c9b77a0d24f31';
const HOUR_MS = 60 * 60 * 1000;
const clock = createManualClock();
let running: RunningRunwayEmulator;
let jobCounter = 0;

beforeAll(async () => {
  running = await startRunwayEmulator({ apiSecret: API_SECRET, now: clock.now, retiredModels: ['veo3'] });
});
afterAll(() => running.close());

function provider(settings: Partial<RunwayProviderSettings> = {}): RunwayVideoProvider {
  return createRunwayProvider({ apiSecret: API_SECRET, baseUrl: running.baseUrl, now: clock.now, ...settings });
}

function request(overrides: Partial<RunwayVideoRequest> = {}): RunwayVideoRequest {
  jobCounter++;
  return {
    model: 'veo3.1',
    prompt: 'A fox trotting through fresh snow, crunching footsteps',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `runway-job-${jobCounter}`,
    ...overrides,
  };
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const completed = (status: JobStatus | undefined) => status as Extract<JobStatus, { state: 'completed' }>;

describe('Runway provider against the Runway emulator: create', () => {
  it('posts text_to_video with the exact body (and the version header the emulator insists on)', async () => {
    const started = await provider().start(request({ seed: 0, negativePrompt: 'text overlays' }));

    expect(started.warnings).toEqual([]);
    expect(started.ref).toMatchObject({
      provider: 'runway',
      model: 'veo3.1',
      data: { taskId: started.ref.jobId, endpoint: 'text_to_video' },
    });
    expect(running.emulator.tasks.get(started.ref.jobId)?.requestBody).toEqual({
      model: 'veo3.1',
      promptText: 'A fox trotting through fresh snow, crunching footsteps',
      ratio: '1280:720',
      duration: 8,
      audio: true,
      seed: 0,
      negativePrompt: 'text overlays',
    });
  });

  it('sends gen4.5 no audio flag and warns that the clip will be silent', async () => {
    const started = await provider().start(request({ model: 'gen4.5', durationSeconds: 5 }));
    expect(started.warnings).toMatchObject([{ feature: 'audio', details: expect.stringMatching(/gen4\.5 renders silent clips/) }]);
    expect(running.emulator.tasks.get(started.ref.jobId)?.requestBody).not.toHaveProperty('audio');
  });

  it('posts image_to_video when a prompt image is given', async () => {
    const started = await provider().start(
      request({
        model: 'gen4_turbo',
        audio: false,
        durationSeconds: 5,
        providerOptions: { runway: { promptImage: 'https://example.com/first.png' } },
      }),
    );
    expect(started.ref.data.endpoint).toBe('image_to_video');
    expect(running.emulator.tasks.get(started.ref.jobId)?.create).toMatchObject({
      endpoint: 'image_to_video',
      model: 'gen4_turbo',
      promptImages: [{ uri: 'https://example.com/first.png', position: 'first' }],
    });
  });

  it('reports Runway\u2019s validation refusal with the field', async () => {
    const error = await caught(
      provider().start(request({ model: 'gen4.5', durationSeconds: 5, providerOptions: { runway: { ratio: '1920:1080' } } })),
    );
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'invalid-request', status: 400, isRetryable: false });
    expect((error as Error).message).toMatch(/Validation of body failed: ratio: .*\(field: ratio\)/);
  });

  it('reports a retired model as not-found, never a crash', async () => {
    const error = await caught(provider().start(request({ model: 'veo3' })));
    expect(error).toMatchObject({ kind: 'not-found', status: 400 });
    expect((error as Error).message).toMatch(/not offered at this endpoint; it may have been retired \(field: model\)/);
  });
});

describe('Runway provider against the Runway emulator: status, download, cancel', () => {
  it('polls with progress to success and downloads the clip, with audio, from the signed URL', async () => {
    const runway = provider();
    const started = await runway.start(request());
    const statuses = await pollToEnd(runway, started.ref);

    expect(statuses.slice(0, 2)).toEqual([
      { state: 'pending', progress: 0.33 },
      { state: 'pending', progress: 0.67 },
    ]);
    const asset = completed(statuses.at(-1)).assets[0]!;
    expect(asset.url).toMatch(new RegExp(`^${running.baseUrl}/files/${started.ref.jobId}\\.mp4\\?_jwt=`));
    expect(asset.expiresAtMs).toBe(Math.floor((clock.now() + 24 * HOUR_MS) / 1000) * 1000);
    expect(JSON.stringify(statuses)).not.toContain(API_SECRET);

    const sink = createMemoryByteSink();
    expect(await runway.download(asset, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect(inspectMp4(sink.bytes()).audio).not.toBeNull();
  });

  it('downloads a silent clip from gen4.5', async () => {
    const runway = provider();
    const started = await runway.start(request({ model: 'gen4.5', durationSeconds: 5, audio: false }));
    const sink = createMemoryByteSink();
    await runway.download(completed((await pollToEnd(runway, started.ref)).at(-1)).assets[0]!, sink);
    expect(inspectMp4(sink.bytes())).toMatchObject({ audio: null, video: { codec: 'avc1' } });
  });

  it('explains an expired output link, and a fresh status read gives one that works', async () => {
    const runway = provider();
    const started = await runway.start(request());
    const stale = completed((await pollToEnd(runway, started.ref)).at(-1)).assets[0]!;
    clock.advance(25 * HOUR_MS);

    const sink = createMemoryByteSink();
    const error = await caught(runway.download(stale, sink));
    expect(error).toMatchObject({ kind: 'not-found', status: 403 });
    expect((error as Error).message).toMatch(/output link has expired.*read the job status again/);
    expect(sink.state).toBe('aborted');

    const fresh = completed(await runway.status(started.ref)).assets[0]!;
    expect(fresh.expiresAtMs).toBeGreaterThan(clock.now());
    const retry = createMemoryByteSink();
    expect(await runway.download(fresh, retry)).toBe(EIGHT_SECOND_CLIP.length);
  });

  it('reports input moderation with Runway\u2019s reason and code', async () => {
    const runway = provider();
    const final = (await pollToEnd(runway, (await runway.start(request({ prompt: 'something refused [moderate]' }))).ref)).at(-1);
    expect(final).toMatchObject({ state: 'failed', code: 'SAFETY.INPUT.TEXT', moderated: true });
    expect(final?.state === 'failed' && final.reason).toMatch(
      /did not pass content moderation \(SAFETY\.INPUT\.TEXT\) — the input was moderated/,
    );
  });

  it('reports a generic failure as not moderated', async () => {
    const runway = provider();
    const final = (await pollToEnd(runway, (await runway.start(request({ prompt: 'unlucky [fail]' }))).ref)).at(-1);
    expect(final).toMatchObject({ state: 'failed', moderated: false, code: expect.stringMatching(/^INTERNAL\.BAD_OUTPUT\./) });
  });

  it('reads THROTTLED as pending with a note', async () => {
    const limited = await startRunwayEmulator({ apiSecret: API_SECRET, maxConcurrentTasks: 1 });
    try {
      const runway = provider({ baseUrl: limited.baseUrl });
      await runway.start(request());
      const waiting = await runway.start(request());
      expect(await runway.status(waiting.ref)).toEqual({ state: 'pending', note: expect.stringMatching(/concurrency limit/) });
    } finally {
      await limited.close();
    }
  });

  it('cancels a running task, which then reads as a failure', async () => {
    const runway = provider();
    const started = await runway.start(request({ prompt: 'long one [never]' }));
    await runway.status(started.ref);
    await runway.cancel(started.ref);
    expect(running.emulator.tasks.get(started.ref.jobId)?.status).toBe('CANCELLED');
    expect(await runway.status(started.ref)).toMatchObject({ state: 'failed', code: 'CANCELLED', moderated: false });
  });
});

describe('Runway provider: errors', () => {
  it('maps a wrong secret to auth, naming neither the secret nor the header', async () => {
    const wrong = 'key_wrong_99c0ffee';
    const error = await caught(provider({ apiSecret: wrong }).start(request()));
    expect(error).toMatchObject({ kind: 'auth', status: 401, isRetryable: false });
    const text = `${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(API_SECRET);
    expect(text).not.toMatch(/Bearer/);
  });

  it('retries a status read through 429, waiting what Retry-After says', async () => {
    const waits: number[] = [];
    const runway = provider({ delay: async (ms) => void waits.push(ms) });
    const started = await runway.start(request());
    running.emulator.injectFault({ route: 'retrieve', status: 429, error: 'Too many requests.', headers: { 'retry-after': '7' } });

    await expect(runway.status(started.ref)).resolves.toEqual({ state: 'pending', progress: 0.33 });
    expect(waits).toEqual([7000]);
    expect(running.emulator.tasks.get(started.ref.jobId)?.polls).toBe(1);
  });

  it('never re-posts a create that failed with a server error', async () => {
    const before = running.emulator.tasks.size;
    running.emulator.injectFault({ route: 'create', status: 502, error: 'Runway is shedding load.' });
    const error = await caught(provider({ delay: async () => {} }).start(request()));
    expect(error).toMatchObject({ kind: 'server', status: 502, isRetryable: true });
    expect((error as Error).message).toMatch(/shedding load/);
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('maps running out of credits to quota', async () => {
    running.emulator.injectFault({ route: 'create', status: 400, error: 'You do not have enough credits to run this task.' });
    expect(await caught(provider().start(request()))).toMatchObject({ kind: 'quota', status: 400, isRetryable: false });
  });

  it('reads an unknown task as not-found', async () => {
    const error = await caught(provider().status({ provider: 'runway', model: 'veo3.1', jobId: 'nope', data: { taskId: 'nope' } }));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });
});

describe('Runway provider under the shared fault injector', () => {
  it('resumes an output download cut mid-file and still delivers the exact clip', async () => {
    const runway = provider();
    const done = completed((await pollToEnd(runway, (await runway.start(request())).ref)).at(-1));
    running.faults.add({ provider: 'runway', phase: 'download', effect: { kind: 'drop-download', afterBytes: 40_000 }, times: 1 });
    const sink = createMemoryByteSink();
    expect(await runway.download(done.assets[0]!, sink)).toBe(EIGHT_SECOND_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
  });

  it('retries a poll through a scripted 503 in Runway’s envelope', async () => {
    const waits: number[] = [];
    const runway = provider({ delay: async (ms) => void waits.push(ms) });
    const started = await runway.start(request());
    running.faults.add({ provider: 'runway', phase: 'poll', effect: { kind: 'status', status: 503, retryAfterSeconds: 1 }, times: 1 });
    await expect(runway.status(started.ref)).resolves.toMatchObject({ state: 'pending' });
    expect(waits).toEqual([1000]);
  });

  it('reports a create whose answer was lost as a network error, though the task exists', async () => {
    const before = running.emulator.tasks.size;
    running.faults.add({ provider: 'runway', phase: 'create', effect: { kind: 'drop-answer' }, times: 1 });
    expect(await caught(provider().start(request()))).toMatchObject({ kind: 'network' });
    expect(running.emulator.tasks.size).toBe(before + 1);
    expect(provider().recover).toBeUndefined();
  });
});

describe('Runway registration', () => {
  it('uses the SDK\u2019s environment names and creates a working provider', async () => {
    expect(runwayRegistration).toMatchObject({
      id: 'runway',
      credentials: [{ name: 'RUNWAYML_API_SECRET' }],
      defaultBaseUrl: 'https://api.dev.runwayml.com',
    });
    const runway = runwayRegistration.create({ credentials: { RUNWAYML_API_SECRET: API_SECRET }, baseUrl: running.baseUrl });
    await expect(runway.start(request())).resolves.toMatchObject({ ref: { provider: 'runway' } });
  });
});
