import RunwayML, { TaskFailedError } from '@runwayml/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMp4, loopedClip } from '../../src/media';
import { createRunwayProvider, type RunwayVideoProvider } from '../../src/providers/runway';
import { ProviderApiError, type JobStatus, type VideoRequest } from '../../src/providers/spec';
import { createMemoryByteSink } from '../support/memory-byte-sink';
import { createManualClock, DEMO_CLIP, startRunwayEmulator, type RunningRunwayEmulator } from '../emulators/runway/runway-emulator-server';

/**
 * The emulator is faithful when the official `@runwayml/sdk` (4.20.1) completes its cycle against
 * it — its create, its task retrieve (and `waitForTaskOutput`, which polls without waiting when the
 * task is already done), its version header — and surfaces errors as the SDK's own classes. Our
 * adapter then runs the same cycle on the same emulator.
 */
const API_SECRET = 'key_contract_3b7e91d0c2aa';
const HOUR_MS = 60 * 60 * 1000;
const clock = createManualClock();
let running: RunningRunwayEmulator;

beforeAll(async () => {
  running = await startRunwayEmulator({ apiSecret: API_SECRET, now: clock.now, retiredModels: ['veo3'] });
});
afterAll(() => running.close());

/** maxRetries 0 unless a test is about the SDK's own retrying, so each error is seen once. */
const sdk = (options: { apiKey?: string; maxRetries?: number; baseURL?: string } = {}) =>
  new RunwayML({ apiKey: API_SECRET, baseURL: running.baseUrl, maxRetries: 0, ...options });

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

async function retrieveUntilDone(client: RunwayML, id: string) {
  const seen: Awaited<ReturnType<RunwayML['tasks']['retrieve']>>[] = [];
  for (let poll = 0; poll < 10; poll++) {
    const task = await client.tasks.retrieve(id);
    seen.push(task);
    if (task.status === 'SUCCEEDED' || task.status === 'FAILED' || task.status === 'CANCELLED') return seen;
  }
  throw new Error('task never finished');
}

describe('@runwayml/sdk against the Runway emulator', () => {
  it('creates text-to-video, polls to SUCCEEDED and fetches the exact clip from the output URL', async () => {
    const client = sdk();
    const created = await client.textToVideo.create({
      model: 'veo3.1',
      promptText: 'a fox in snow',
      ratio: '1920:1080',
      duration: 8,
      audio: true,
    });
    expect(created).toEqual({ id: expect.any(String), estimatedCost: { credits: 320 } });

    const seen = await retrieveUntilDone(client, created.id);
    expect(seen.map((task) => task.status)).toEqual(['RUNNING', 'RUNNING', 'SUCCEEDED']);
    expect(seen.map((task) => ('progress' in task ? task.progress : undefined))).toEqual([0.33, 0.67, undefined]);
    const done = seen.at(-1)!;
    if (done.status !== 'SUCCEEDED') throw new Error(`unexpected ${done.status}`);

    const file = await fetch(done.output[0]!);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(loopedClip(DEMO_CLIP, 8)))).toBe(true);
  });

  it('returns the output from waitForTaskOutput once the task is done', async () => {
    const client = sdk();
    const created = await client.textToVideo.create({ model: 'gen4.5', promptText: 'a kite', ratio: '720:1280', duration: 5 });
    await retrieveUntilDone(client, created.id);
    // retrieve(...).waitForTaskOutput() polls at once (no initial wait) and returns a finished task.
    const output = await client.tasks.retrieve(created.id).waitForTaskOutput();
    expect(output).toMatchObject({ id: created.id, status: 'SUCCEEDED', output: [expect.stringContaining('_jwt=')] });
    const file = new Uint8Array(await (await fetch(output.output[0]!)).arrayBuffer());
    expect(inspectMp4(file).audio).toBeNull(); // gen4.5 is silent
  });

  it('creates Seedance 2.0 (audio switch, a seed, duration "auto") and Gemini Omni Flash (no audio field) as the SDK types them', async () => {
    const client = sdk();
    const seedance = await client.textToVideo.create({
      model: 'seedance2',
      promptText: 'rain on a tin roof',
      ratio: '1920:1080',
      duration: 'auto',
      audio: true,
      seed: 0,
    });
    expect(seedance.estimatedCost).toEqual({ credits: 36 * 15 });
    const done = (await retrieveUntilDone(client, seedance.id)).at(-1)!;
    if (done.status !== 'SUCCEEDED') throw new Error(`unexpected ${done.status}`);
    expect(inspectMp4(new Uint8Array(await (await fetch(done.output[0]!)).arrayBuffer())).audio).toMatchObject({ codec: 'mp4a' });

    const omni = await client.imageToVideo.create({
      model: 'gemini_omni_flash',
      promptImage: [{ uri: 'https://example.com/first.png', position: 'first' }],
      duration: 10,
      ratio: '720:1280',
    });
    expect(running.emulator.tasks.get(omni.id)?.create).toMatchObject({ audio: true, durationSeconds: 10, ratio: '720:1280' });
    const refused = await caught(client.textToVideo.create({ model: 'gemini_omni_flash', promptText: 'x', duration: 12 }));
    expect(refused).toBeInstanceOf(RunwayML.BadRequestError);
  });

  it('creates image-to-video with Veo keyframes', async () => {
    const created = await sdk().imageToVideo.create({
      model: 'veo3.1',
      promptImage: [
        { uri: 'https://example.com/first.png', position: 'first' },
        { uri: 'https://example.com/last.png', position: 'last' },
      ],
      ratio: '1280:720',
    });
    expect(running.emulator.tasks.get(created.id)?.create).toMatchObject({ endpoint: 'image_to_video', durationSeconds: 8 });
  });

  it('throws TaskFailedError from waitForTaskOutput for a moderated task, with the failure code', async () => {
    const client = sdk();
    const created = await client.textToVideo.create({ model: 'veo3.1', promptText: 'refused [moderate]', ratio: '1280:720' });
    const error = await caught(client.tasks.retrieve(created.id).waitForTaskOutput());
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).taskDetails).toMatchObject({ status: 'FAILED', failureCode: 'SAFETY.INPUT.TEXT' });
  });

  it('cancels through tasks.delete, after which the task reads CANCELLED', async () => {
    const client = sdk();
    const created = await client.textToVideo.create({ model: 'veo3.1', promptText: 'long [never]', ratio: '1280:720' });
    await client.tasks.delete(created.id);
    expect((await client.tasks.retrieve(created.id)).status).toBe('CANCELLED');
  });

  it.each([
    [
      'a wrong secret',
      () => sdk({ apiKey: 'key_wrong' }).textToVideo.create({ model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 }),
      RunwayML.AuthenticationError,
      401,
    ],
    [
      'a retired model',
      () => sdk().textToVideo.create({ model: 'veo3' as 'veo3.1', promptText: 'x', ratio: '1280:720' }),
      RunwayML.BadRequestError,
      400,
    ],
    [
      'a duration Veo does not take',
      () => sdk().textToVideo.create({ model: 'veo3.1', promptText: 'x', ratio: '1280:720', duration: 5 as 8 }),
      RunwayML.BadRequestError,
      400,
    ],
    ['an unknown task', () => sdk().tasks.retrieve('00000000-0000-0000-0000-000000000000'), RunwayML.NotFoundError, 404],
  ])('surfaces %s as the SDK\u2019s own error class', async (_label, run, errorClass, status) => {
    const error = await caught(run());
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, error: { error: expect.any(String) } });
  });

  it('surfaces a scripted 429 as RateLimitError, and retries it itself when allowed', async () => {
    running.emulator.injectFault({ route: 'create', status: 429, error: 'Too many requests.' });
    const error = await caught(sdk().textToVideo.create({ model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 }));
    expect(error).toBeInstanceOf(RunwayML.RateLimitError);

    const before = running.emulator.tasks.size;
    running.emulator.injectFault({ route: 'create', status: 429, error: 'Too many requests.', headers: { 'retry-after-ms': '0' } });
    await sdk({ maxRetries: 1 }).textToVideo.create({ model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 });
    expect(running.emulator.tasks.size).toBe(before + 1);
  });

  it('reads a fault from the shared injector (Runway’s envelope) as the SDK’s own classes', async () => {
    running.faults.add({ provider: 'runway', phase: 'poll', effect: { kind: 'status', status: 429 }, times: 1 });
    const limited = await caught(sdk().tasks.retrieve('any'));
    expect(limited).toBeInstanceOf(RunwayML.RateLimitError);
    expect(limited).toMatchObject({ error: { error: expect.stringMatching(/limits/) } });
    running.faults.add({ provider: 'runway', phase: 'create', effect: { kind: 'status', status: 504 }, times: 1 });
    expect(await caught(sdk().textToVideo.create({ model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 }))).toBeInstanceOf(
      RunwayML.InternalServerError,
    );
  });

  it('is refused with 400 when the version header is missing (the SDK always sends it)', async () => {
    const withoutVersion = await fetch(`${running.baseUrl}/v1/tasks/any`, { headers: { authorization: `Bearer ${API_SECRET}` } });
    expect(withoutVersion.status).toBe(400);
    const viaSdk = await caught(sdk().tasks.retrieve('any'));
    expect(viaSdk).toBeInstanceOf(RunwayML.NotFoundError); // past the header check: the SDK sent it
  });
});

describe('our Runway adapter on the same emulator, the same cycles', () => {
  const ours = (settings: { delay?: (ms: number) => Promise<void> } = {}): RunwayVideoProvider =>
    createRunwayProvider({ apiSecret: API_SECRET, baseUrl: running.baseUrl, now: clock.now, ...settings });
  const request: VideoRequest = {
    model: 'veo3.1',
    prompt: 'a fox in snow',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: 'contract-1',
  };

  async function pollToEnd(provider: RunwayVideoProvider, ref: Parameters<RunwayVideoProvider['status']>[0]) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const status = await provider.status(ref);
      if (status.state !== 'pending') return status;
    }
    throw new Error('job never finished');
  }

  it('creates what the SDK reads back, and downloads the clip the SDK points at', async () => {
    const provider = ours();
    const started = await provider.start(request);
    expect((await sdk().tasks.retrieve(started.ref.jobId)).status).toBe('RUNNING');
    const done = (await pollToEnd(provider, started.ref)) as Extract<JobStatus, { state: 'completed' }>;
    const sink = createMemoryByteSink();
    await provider.download(done.assets[0]!, sink);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(loopedClip(DEMO_CLIP, request.durationSeconds)))).toBe(true);
  });

  it('sends Seedance 2.0 Fast what the SDK would, and the emulator reads it back with audio off', async () => {
    const started = await ours().start({
      model: 'seedance2_fast',
      prompt: 'a quiet street',
      durationSeconds: 6,
      aspectRatio: '9:16',
      audio: false,
      seed: 9,
      clientJobId: 'contract-seedance',
    });
    expect(started.warnings).toEqual([]);
    expect(running.emulator.tasks.get(started.ref.jobId)?.requestBody).toEqual({
      model: 'seedance2_fast',
      promptText: 'a quiet street',
      ratio: '720:1280',
      duration: 6,
      audio: false,
      seed: 9,
    });
    const done = (await pollToEnd(ours(), started.ref)) as Extract<JobStatus, { state: 'completed' }>;
    const sink = createMemoryByteSink();
    await ours().download(done.assets[0]!, sink);
    expect(inspectMp4(sink.bytes()).audio).toBeNull();
  });

  it('polls and downloads a task the SDK created', async () => {
    const created = await sdk().textToVideo.create({
      model: 'veo3.1',
      promptText: 'made by the SDK',
      ratio: '720:1280',
      duration: 4,
      audio: false,
    });
    const done = (await pollToEnd(ours(), {
      provider: 'runway',
      model: 'veo3.1',
      jobId: created.id,
      data: { taskId: created.id },
    })) as Extract<JobStatus, { state: 'completed' }>;
    const sink = createMemoryByteSink();
    await ours().download(done.assets[0]!, sink);
    expect(inspectMp4(sink.bytes()).audio).toBeNull(); // asked without audio
  });

  it('rides out a 429 with Retry-After on a poll; surfaces a 5xx on create without re-posting', async () => {
    const waits: number[] = [];
    const provider = ours({ delay: async (ms) => void waits.push(ms) });
    const started = await provider.start(request);
    running.emulator.injectFault({ route: 'retrieve', status: 429, error: 'Too many requests.', headers: { 'retry-after': '3' } });
    expect((await provider.status(started.ref)).state).toBe('pending');
    expect(waits).toEqual([3000]);

    const before = running.emulator.tasks.size;
    running.emulator.injectFault({ route: 'create', status: 503, error: 'Runway is shedding load.' });
    expect(await caught(provider.start(request))).toMatchObject({ kind: 'server', status: 503 });
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('reads moderated and failed tasks, and an expired URL, as our typed results', async () => {
    const provider = ours();
    expect(await pollToEnd(provider, (await provider.start({ ...request, prompt: 'x [moderate]' })).ref)).toMatchObject({
      state: 'failed',
      moderated: true,
      code: 'SAFETY.INPUT.TEXT',
    });
    expect(await pollToEnd(provider, (await provider.start({ ...request, prompt: 'x [fail]' })).ref)).toMatchObject({
      state: 'failed',
      moderated: false,
    });

    const done = (await pollToEnd(provider, (await provider.start(request)).ref)) as Extract<JobStatus, { state: 'completed' }>;
    clock.advance(48 * HOUR_MS);
    const error = await caught(provider.download(done.assets[0]!, createMemoryByteSink()));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'not-found', status: 403 });
    expect((error as Error).message).toMatch(/expired/);
  });
});
