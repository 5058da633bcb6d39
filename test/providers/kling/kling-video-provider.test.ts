import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { createKlingProvider, type KlingProviderSettings } from '../../../src/providers/kling';
import { ProviderApiError, type JobStatus, type VideoProvider, type VideoRequest } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { pollToEnd } from '../../support/poll-to-end';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));
// Not the demo keys: a leak check is only meaningful for strings that appear nowhere by accident.
const ACCESS_KEY = 'AKlive7f3a9e21c4';
const SECRET_KEY = 'SKlivec2e1b0d98f77';

let server: EmulatorServer;
let baseUrl: string;
let jobCounter = 0;

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    videoBytes: DEMO_CLIP,
    kling: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, processingPolls: 2 },
  });
  baseUrl = `${server.url}/kling`;
});
afterAll(() => server.close());

function provider(settings: Partial<KlingProviderSettings> = {}): VideoProvider {
  return createKlingProvider({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, baseUrl, ...settings });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'kling-v2-6',
    prompt: 'A lighthouse at dusk, waves crashing, gulls calling',
    durationSeconds: 5,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `test-job-${jobCounter}`,
    ...overrides,
  };
}

describe('Kling provider against the Kling emulator', () => {
  it('creates a task with the exact documented body', async () => {
    const kling = provider();
    const started = await kling.start(request({ negativePrompt: 'blurry, text', clientJobId: 'exact-body-1' }));

    expect(started.warnings).toEqual([]);
    expect(started.ref).toMatchObject({ provider: 'kling', model: 'kling-v2-6' });
    const task = server.kling.tasks.get(started.ref.jobId);
    expect(task?.requestBody).toEqual({
      model_name: 'kling-v2-6',
      prompt: 'A lighthouse at dusk, waves crashing, gulls calling',
      negative_prompt: 'blurry, text',
      duration: '5',
      mode: 'pro',
      aspect_ratio: '16:9',
      sound: 'on',
      external_task_id: 'exact-body-1',
    });
  });

  it('sends sound "off" when audio is not wanted on a model that has it', async () => {
    const started = await provider().start(request({ audio: false }));
    expect(server.kling.tasks.get(started.ref.jobId)?.requestBody).toMatchObject({ sound: 'off' });
  });

  it('warns instead of sending what Kling cannot honour: audio on 2.5 Turbo, a seed', async () => {
    const started = await provider().start(request({ model: 'kling-v2-5-turbo', seed: 0, durationSeconds: 10 }));

    expect(started.warnings.map((warning) => warning.feature)).toEqual(['audio', 'seed']);
    const body = server.kling.tasks.get(started.ref.jobId)?.requestBody as Record<string, unknown>;
    expect(body).not.toHaveProperty('sound');
    expect(body).not.toHaveProperty('seed');
    expect(body.duration).toBe('10');
  });

  it('polls a task to success and downloads exactly the emulated clip', async () => {
    const kling = provider();
    const started = await kling.start(request());
    const statuses = await pollToEnd(kling, started.ref);

    expect(statuses.map((status) => status.state)).toEqual(['pending', 'pending', 'completed']);
    const done = statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>;
    expect(done.assets).toHaveLength(1);
    const asset = done.assets[0]!;
    expect(asset.url).toBe(`${baseUrl}/files/${started.ref.jobId}.mp4`);
    expect(asset.durationSeconds).toBe(5);
    expect(asset.expiresAtMs).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);

    const sink = createMemoryByteSink();
    const written = await kling.download(asset, sink);
    expect(written).toBe(DEMO_CLIP.length);
    expect(sink.state).toBe('closed');
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('surfaces an output moderation failure with Kling\u2019s reason', async () => {
    const kling = provider();
    const started = await kling.start(request({ prompt: 'something the risk control refuses [moderate]' }));
    const final = (await pollToEnd(kling, started.ref)).at(-1);

    expect(final).toMatchObject({ state: 'failed', moderated: true });
    expect(final?.state === 'failed' && final.reason).toMatch(/risk control/);
  });

  it('maps an expired token to an auth error that names no key or token', async () => {
    const kling = provider({ now: () => Date.now() - 60 * 60 * 1000 });
    const error = await kling.start(request()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'auth', status: 401, providerCode: '1004', isRetryable: false });
    const everything = `${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
    expect(everything).not.toContain(ACCESS_KEY);
    expect(everything).not.toContain(SECRET_KEY);
    expect(everything).not.toMatch(/Bearer|eyJ/); // no token, not even base64-encoded claims
  });

  it('maps a wrong secret key to an auth error', async () => {
    const error = await provider({ secretKey: 'not-the-secret' })
      .start(request())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', providerCode: '1002' });
    expect((error as Error).message).not.toContain('not-the-secret');
  });

  it('maps 1303 (too many parallel tasks) to rate-limit, without retrying the create', async () => {
    const tasksBefore = server.kling.tasks.size;
    server.kling.injectFault({ status: 429, code: 1303, message: 'parallel task over resource pack limit' });
    const error = await provider()
      .start(request())
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, providerCode: '1303', isRetryable: true });
    expect((error as Error).message).toMatch(/parallel task over resource pack limit/);
    expect(server.kling.tasks.size).toBe(tasksBefore);
  });

  it('never retries a create that failed with a server error', async () => {
    const tasksBefore = server.kling.tasks.size;
    server.kling.injectFault({ status: 500, code: 5000, message: 'internal error' });
    const error = await provider()
      .start(request())
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'server', providerCode: '5000' });
    // Had the POST been retried, the second attempt would have created a task.
    expect(server.kling.tasks.size).toBe(tasksBefore);
  });

  it('retries a status read through a transient 503', async () => {
    const kling = provider();
    const started = await kling.start(request());
    server.kling.injectFault({ status: 503, code: 5001, message: 'service unavailable', headers: { 'retry-after': '0' } });

    await expect(kling.status(started.ref)).resolves.toEqual({ state: 'pending' });
  });

  it('answers a second create with the same external_task_id with the first job, never a second task', async () => {
    const kling = provider();
    const first = await kling.start(request({ clientJobId: 'double-submit-1' }));
    const second = await kling.start(request({ clientJobId: 'double-submit-1' }));

    expect(second.ref).toEqual(first.ref);
    const sameId = [...server.kling.tasks.values()].filter((task) => task.externalTaskId === 'double-submit-1');
    expect(sameId.map((task) => task.taskId)).toEqual([first.ref.jobId]);
  });

  it('reads an unknown task as not-found', async () => {
    const error = await provider()
      .status({ provider: 'kling', model: 'kling-v2-6', jobId: '404', data: { taskId: 'no-such-task' } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'not-found', status: 404, providerCode: '1203' });
  });
});
