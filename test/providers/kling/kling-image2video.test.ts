import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { createKlingProvider } from '../../../src/providers/kling';
import { buildKlingCreate } from '../../../src/providers/kling/kling-create';
import { ProviderApiError, type JobStatus, type VideoRequest } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { tinyPng } from '../../support/tiny-png';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));
const ACCESS_KEY = 'AKi2v0c1d2e3f4';
const SECRET_KEY = 'SKi2v9a8b7c6d5e4';
const PNG = tinyPng(300);

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

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  return {
    model: 'kling-v2-6',
    prompt: 'The heron in the photo lifts off',
    durationSeconds: 5,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `i2v-${process.pid}-${++counter}`,
    ...overrides,
  };
}

describe('Kling image-to-video against the emulator', () => {
  it('posts to image2video with raw base64, polls on image2video and downloads the clip', async () => {
    const provider = kling();
    const started = await provider.start(
      request({
        resolution: '1080p',
        referenceImage: { bytes: PNG, mimeType: 'image/png', fileName: 'heron.png' },
        clientJobId: 'i2v-exact',
      }),
    );

    expect(started.ref.data).toMatchObject({ endpoint: 'image2video' });
    expect(started.warnings.map((warning) => warning.feature)).toEqual(['aspectRatio']);
    const task = server.kling.tasks.get(started.ref.jobId)!;
    expect(task.endpoint).toBe('image2video');
    expect(task.requestBody).toEqual({
      model_name: 'kling-v2-6',
      image: Buffer.from(PNG).toString('base64'),
      prompt: 'The heron in the photo lifts off',
      duration: '5',
      mode: 'pro',
      sound: 'on',
      external_task_id: 'i2v-exact',
    });
    expect(task.create.image).toEqual({ form: 'base64', sizeBytes: PNG.length, mimeType: 'image/png' });

    let status: JobStatus = { state: 'pending' };
    for (let attempt = 0; attempt < 5 && status.state === 'pending'; attempt++) status = await provider.status(started.ref);
    // The emulator advances a task only when it is queried on its own family's path.
    expect(task.polls).toBeGreaterThan(0);
    expect(status.state).toBe('completed');
    const sink = createMemoryByteSink();
    await provider.download((status as Extract<JobStatus, { state: 'completed' }>).assets[0]!, sink);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('does not find an image2video task on the text2video path, as on Kling', async () => {
    const provider = kling();
    const started = await provider.start(request({ referenceImage: { bytes: PNG, mimeType: 'image/png', fileName: 'a.png' } }));
    const legacyRef = { ...started.ref, data: { taskId: started.ref.jobId } };
    await expect(provider.status(legacyRef)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('recovers an image job for a resumed request that no longer carries its image', async () => {
    const provider = kling();
    const withImage = request({ referenceImage: { bytes: PNG, mimeType: 'image/png', fileName: 'a.png' } });
    const started = await provider.start(withImage);
    const { referenceImage: _dropped, ...resumed } = withImage;
    expect(await provider.recover!(resumed)).toMatchObject({ jobId: started.ref.jobId, data: { endpoint: 'image2video' } });
    expect(await provider.recover!(request())).toBeNull();
  });

  it('refuses a WebP or oversized image before the wire', async () => {
    const before = server.kling.tasks.size;
    await expect(
      kling().start(request({ referenceImage: { bytes: PNG, mimeType: 'image/webp', fileName: 'a.webp' } })),
    ).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringContaining('PNG or JPEG'),
    });
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(PNG);
    await expect(
      kling().start(request({ referenceImage: { bytes: huge, mimeType: 'image/png', fileName: 'big.png' } })),
    ).rejects.toBeInstanceOf(ProviderApiError);
    expect(server.kling.tasks.size).toBe(before);
  });
});

describe('buildKlingCreate: resolution → mode', () => {
  it.each([
    [undefined, 'pro', 'pro'],
    [undefined, 'std', 'std'],
    ['720p', 'pro', 'std'],
    ['1080p', 'std', 'pro'],
  ] as const)('resolution %s with default mode %s sends mode %s', (resolution, defaultMode, mode) => {
    // Silent: Kling 2.6 makes sound only in pro mode (see the next test).
    const create = buildKlingCreate(request({ resolution, audio: false }), defaultMode);
    expect(create.endpoint).toBe('text2video');
    expect(create.body.mode).toBe(mode);
    expect(create.warnings).toEqual([]);
  });

  it('refuses Kling 2.6 sound in std mode before sending, and lets Kling 3.0 make sound in std', () => {
    expect(() => buildKlingCreate(request({ resolution: '720p', audio: true }), 'pro')).toThrow(
      expect.objectContaining({
        kind: 'invalid-request',
        message: 'Kling model kling-v2-6 makes sound only in pro mode (1080p); pick 1080p or turn sound off.',
      }),
    );
    expect(() => buildKlingCreate(request({ audio: true }), 'std')).toThrow(/only in pro mode/);
    const v3 = buildKlingCreate(request({ model: 'kling-v3', resolution: '720p', audio: true }), 'pro');
    expect(v3.body).toMatchObject({ mode: 'std', sound: 'on' });
  });

  it('warns for a resolution Kling cannot render and keeps the default mode', () => {
    const create = buildKlingCreate(request({ resolution: '4k' }), 'pro');
    expect(create.body.mode).toBe('pro');
    expect(create.warnings).toMatchObject([
      { feature: 'resolution', details: 'Kling model kling-v2-6 renders 720p or 1080p, not 4k; 1080p was used.' },
    ]);
  });
});
