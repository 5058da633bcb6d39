import { loopedClip } from '../../../src/media';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { createKlingProvider } from '../../../src/providers/kling';
import { buildKlingCreate } from '../../../src/providers/kling/kling-create';
import { ProviderApiError, type JobStatus, type VideoProvider, type VideoRequest } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { tinyPng } from '../../support/tiny-png';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));
const ACCESS_KEY = 'AKomni0c1d2e3f4';
const SECRET_KEY = 'SKomni9a8b7c6d5';
const PNG = tinyPng(300);
const SHOTS = [
  { prompt: 'Wide: a fishing boat leaves the harbour at dawn', durationSeconds: 4 },
  { prompt: 'Close-up: the skipper squints into the spray', durationSeconds: 3 },
  { prompt: 'Aerial: gulls follow the wake', durationSeconds: 3 },
];

let server: EmulatorServer;
let counter = 0;

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    videoBytes: DEMO_CLIP,
    kling: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, processingPolls: 1 },
  });
});
afterAll(() => server.close());

const kling = () => createKlingProvider({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, baseUrl: `${server.url}/kling` });
const request = (overrides: Partial<VideoRequest> = {}): VideoRequest => ({
  model: 'kling-v3-omni',
  prompt: 'Harbour at dawn',
  durationSeconds: 10,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: `omni-${process.pid}-${++counter}`,
  ...overrides,
});
const taskOf = (ref: { jobId: string }) => server.kling.tasks.get(ref.jobId)!;

async function finish(provider: VideoProvider, ref: Parameters<VideoProvider['status']>[0]): Promise<JobStatus> {
  let status: JobStatus = { state: 'pending' };
  for (let attempt = 0; attempt < 5 && status.state === 'pending'; attempt++) status = await provider.status(ref);
  return status;
}

describe('Kling 3.0 Omni on omni-video against the emulator', () => {
  it('creates on omni-video with sound and external_task_id, polls there and downloads the clip', async () => {
    const provider = kling();
    const started = await provider.start(request({ clientJobId: 'omni-exact', resolution: '720p' }));
    expect(started.ref.data).toMatchObject({ endpoint: 'omni-video', externalTaskId: 'omni-exact' });
    expect(taskOf(started.ref).endpoint).toBe('omni-video');
    expect(taskOf(started.ref).requestBody).toEqual({
      model_name: 'kling-v3-omni',
      prompt: 'Harbour at dawn',
      mode: 'std',
      aspect_ratio: '16:9',
      duration: '10',
      sound: 'on',
      external_task_id: 'omni-exact',
    });
    const status = await finish(provider, started.ref);
    expect(status.state).toBe('completed');
    const sink = createMemoryByteSink();
    await provider.download((status as Extract<JobStatus, { state: 'completed' }>).assets[0]!, sink);
    // The emulator serves a clip as long as the 10 s asked for.
    expect(sink.bytes().length).toBe(loopedClip(DEMO_CLIP, 10).length);
  });

  it('sends a first frame in image_list and no aspect_ratio, and says so', async () => {
    const started = await kling().start(request({ referenceImage: { bytes: PNG, mimeType: 'image/png', fileName: 'boat.png' } }));
    const body = taskOf(started.ref).requestBody as Record<string, unknown>;
    expect(body.image_list).toEqual([{ image_url: Buffer.from(PNG).toString('base64'), type: 'first_frame' }]);
    expect(body).not.toHaveProperty('aspect_ratio');
    expect(started.warnings.map((warning) => warning.feature)).toEqual(['aspectRatio']);
  });

  it('does not send a negative prompt (Omni has none) and warns instead', () => {
    const create = buildKlingCreate(request({ negativePrompt: 'blur' }), 'pro');
    expect(create.body).not.toHaveProperty('negative_prompt');
    expect(create.warnings).toMatchObject([{ feature: 'negativePrompt', details: expect.stringMatching(/no separate negative prompt/) }]);
  });

  it('finds a create whose answer was lost by external_task_id on omni-video, without posting again', async () => {
    server.faults.add(...parseFaultSpec('kling:create:drop'));
    const lost = request({ clientJobId: 'omni-lost-1' });
    await expect(kling().start(lost)).rejects.toMatchObject({ kind: 'network' });
    const ref = await kling().recover!(lost);
    const made = [...server.kling.tasks.values()].filter((task) => task.externalTaskId === 'omni-lost-1');
    expect(made).toHaveLength(1);
    expect(ref).toMatchObject({ jobId: made[0]!.taskId, data: { endpoint: 'omni-video' } });
    expect(await kling().recover!(request({ clientJobId: 'omni-never-sent' }))).toBeNull();
  });

  it('adopts the existing task when a re-sent create is refused as a duplicate', async () => {
    const first = await kling().start(request({ clientJobId: 'omni-twice' }));
    const second = await kling().start(request({ clientJobId: 'omni-twice' }));
    expect(second.ref.jobId).toBe(first.ref.jobId);
  });
});

describe('Kling multi-shot: a shot list becomes multi_prompt', () => {
  it('sends kling-v3 shots on text2video as customize, indexed from 1, seconds as strings', async () => {
    const started = await kling().start(request({ model: 'kling-v3', shots: SHOTS }));
    const task = taskOf(started.ref);
    expect(task.endpoint).toBe('text2video');
    expect(task.requestBody).toMatchObject({
      multi_shot: true,
      shot_type: 'customize',
      multi_prompt: [
        { index: 1, prompt: SHOTS[0]!.prompt, duration: '4' },
        { index: 2, prompt: SHOTS[1]!.prompt, duration: '3' },
        { index: 3, prompt: SHOTS[2]!.prompt, duration: '3' },
      ],
    });
    expect(task.create.shots).toHaveLength(3);
  });

  it('sends shots on omni-video for kling-v3-omni', async () => {
    const started = await kling().start(request({ shots: SHOTS }));
    expect(taskOf(started.ref).create.shots.map((shot) => shot.durationSeconds)).toEqual([4, 3, 3]);
  });

  it('sends nothing multi-shot for a request without shots (or an empty list)', () => {
    const body = buildKlingCreate(request({ model: 'kling-v3', shots: [] }), 'pro').body;
    expect(body).not.toHaveProperty('multi_shot');
    expect(body).not.toHaveProperty('multi_prompt');
  });

  it.each([
    ['a model without multi-shot', { model: 'kling-v2-6' }, /makes one shot per clip/],
    [
      'seven shots',
      { durationSeconds: 7, shots: Array.from({ length: 7 }, () => ({ prompt: 'x', durationSeconds: 1 })) },
      /at most 6 shots/,
    ],
    ['seconds that do not add up', { durationSeconds: 12 }, /add up to 10 s but the clip is 12 s/],
  ])('refuses %s before anything is sent', (_name, overrides, message) => {
    const create = () => buildKlingCreate(request({ model: 'kling-v3', shots: SHOTS, ...overrides }), 'pro');
    expect(create).toThrow(ProviderApiError);
    expect(create).toThrow(message);
  });
});

describe('Kling 3.0 4K and Kling 4.0', () => {
  it('asks kling-v3 for mode 4k at 2160p, with sound', async () => {
    const started = await kling().start(request({ model: 'kling-v3', resolution: '2160p', durationSeconds: 5 }));
    expect(taskOf(started.ref).requestBody).toMatchObject({ mode: '4k', sound: 'on' });
  });

  it('keeps the default mode and warns when a model without 4K is asked for 2160p', () => {
    const create = buildKlingCreate(request({ model: 'kling-v3-omni', resolution: '2160p' }), 'pro');
    expect(create.body.mode).toBe('pro');
    expect(create.warnings).toMatchObject([
      { feature: 'resolution', details: 'Kling model kling-v3-omni renders 720p or 1080p, not 2160p; 1080p was used.' },
    ]);
  });

  it('sends the guessed kling-v4 id on text2video with sound on; a Kling that does not know it refuses it as not found', async () => {
    const started = await kling().start(request({ model: 'kling-v4', durationSeconds: 20 }));
    expect(taskOf(started.ref)).toMatchObject({
      endpoint: 'text2video',
      create: { modelName: 'kling-v4', durationSeconds: 20, sound: 'on' },
    });

    const strict = await startEmulatorServer({
      port: 0,
      videoBytes: DEMO_CLIP,
      kling: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, models: { video: ['kling-v2-6', 'kling-v3'] } },
    });
    try {
      const provider = createKlingProvider({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, baseUrl: `${strict.url}/kling` });
      await expect(provider.start(request({ model: 'kling-v4', durationSeconds: 20 }))).rejects.toMatchObject({
        kind: 'not-found',
        providerCode: '1203',
      });
      expect(strict.kling.tasks.size).toBe(0);
    } finally {
      await strict.close();
    }
  });
});
