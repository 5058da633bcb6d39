import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyBytePlusRequest } from '../../../src/emulators/byteplus';
import { inspectMp4 } from '../../../src/media';
import { clipShortfallSeconds } from '../../../src/workflows/jobs/clip-duration-check';
import { createManualClock, DEMO_CLIP, startBytePlusEmulator, type RunningBytePlusEmulator } from './byteplus-emulator-server';

const KEY = 'emulator-ark-key';
const HOUR_MS = 60 * 60 * 1000;
const clock = createManualClock();
let running: RunningBytePlusEmulator;

beforeAll(async () => {
  running = await startBytePlusEmulator({ apiKey: KEY, now: clock.now, retiredModels: ['dreamina-seedance-2-0-mini-260615'] });
});
afterAll(() => running.close());

const tasksUrl = () => `${running.baseUrl}/contents/generations/tasks`;
const body = (overrides: Record<string, unknown> = {}) => ({
  model: 'dreamina-seedance-2-0-260128',
  content: [{ type: 'text', text: 'rain on a tin roof' }],
  ratio: '16:9',
  duration: 5,
  resolution: '720p',
  generate_audio: true,
  ...overrides,
});

/** The fields of ModelArk's answers these tests read. */
interface WireJson {
  readonly id: string;
  readonly status?: string;
  readonly seed?: number;
  readonly duration?: number;
  readonly total?: number;
  readonly items: readonly { readonly id: string }[];
  readonly content?: { readonly video_url: string } | null;
}

async function post(json: unknown, key = KEY): Promise<{ status: number; json: WireJson }> {
  const response = await fetch(tasksUrl(), {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  return { status: response.status, json: (await response.json()) as WireJson };
}

async function get(url: string): Promise<{ status: number; json: WireJson }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${KEY}` } });
  return { status: response.status, json: (await response.json()) as WireJson };
}

describe('BytePlus emulator: ModelArk rules (each with its source in the emulator)', () => {
  it('answers a missing or wrong key 401 AuthenticationError in ModelArk\u2019s envelope', async () => {
    const wrong = await post(body(), 'nope');
    expect(wrong).toMatchObject({
      status: 401,
      json: { error: { code: 'AuthenticationError', type: 'Unauthorized', message: expect.stringMatching(/Request ID: /) } },
    });
    const none = await fetch(tasksUrl(), { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
  });

  it('creates a task with a cgt- id and echoes seed, duration, ratio and audio when read', async () => {
    const created = await post(body({ seed: 77 }));
    expect(created).toMatchObject({ status: 200, json: { id: expect.stringMatching(/^cgt-\d{14}-/) } });
    const task = await get(`${tasksUrl()}/${created.json.id}`);
    expect(task.json).toMatchObject({
      id: created.json.id,
      model: 'dreamina-seedance-2-0-260128',
      status: 'queued',
      seed: 77,
      duration: 5,
      ratio: '16:9',
      resolution: '720p',
      generate_audio: true,
      content: null,
    });
  });

  it('picks a seed when none (or -1) is sent, and reports it', async () => {
    const created = await post(body({ seed: -1 }));
    const task = await get(`${tasksUrl()}/${created.json.id}`);
    expect(task.json.seed).toEqual(expect.any(Number));
    expect(task.json.seed).toBeGreaterThanOrEqual(0);
  });

  it('refuses an unknown field, a duration out of the model\u2019s range and a resolution it does not render', async () => {
    expect(await post(body({ negative_prompt: 'x' }))).toMatchObject({
      status: 400,
      json: { error: { code: 'InvalidParameter.negative_prompt', param: 'negative_prompt' } },
    });
    expect(await post(body({ duration: 16 }))).toMatchObject({ status: 400, json: { error: { code: 'InvalidParameter.duration' } } });
    expect(await post(body({ model: 'dreamina-seedance-2-5-260628', duration: 30 }))).toMatchObject({ status: 200 });
    expect(await post(body({ model: 'dreamina-seedance-2-0-fast-260128', resolution: '1080p' }))).toMatchObject({
      status: 400,
      json: { error: { code: 'InvalidParameter.resolution' } },
    });
    expect(await post(body({ seed: 2 ** 31 }))).toMatchObject({ status: 400, json: { error: { code: 'InvalidParameter.seed' } } });
  });

  it('requires Seedance 2.5 image-to-video to keep the first frame\u2019s shape (adaptive), and refuses frames mixed with references', async () => {
    const frame = { type: 'image_url', image_url: { url: 'https://example.com/frame.png' }, role: 'first_frame' };
    expect(await post(body({ model: 'dreamina-seedance-2-5-260628', content: [frame] }))).toMatchObject({
      status: 400,
      json: { error: { code: 'InvalidParameter.ratio' } },
    });
    expect(await post(body({ model: 'dreamina-seedance-2-5-260628', content: [frame], ratio: 'adaptive' }))).toMatchObject({ status: 200 });
    const reference = { type: 'image_url', image_url: { url: 'https://example.com/ref.png' }, role: 'reference_image' };
    expect(await post(body({ content: [{ type: 'text', text: 'x' }, frame, reference] }))).toMatchObject({
      status: 400,
      json: { error: { code: 'InvalidParameter.content' } },
    });
  });

  it('answers an unknown or retired model 404 InvalidEndpointOrModel.NotFound, an unactivated one 404 ModelNotOpen', async () => {
    expect(await post(body({ model: 'dreamina-seedance-2-0-mini-260615' }))).toMatchObject({
      status: 404,
      json: { error: { code: 'InvalidEndpointOrModel.NotFound' } },
    });
    const inactive = await startBytePlusEmulator({ apiKey: KEY, inactiveModels: ['dreamina-seedance-2-5-260628'] });
    try {
      const response = await fetch(`${inactive.baseUrl}/contents/generations/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}` },
        body: JSON.stringify(body({ model: 'dreamina-seedance-2-5-260628' })),
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'ModelNotOpen', type: 'NotFound' } });
    } finally {
      await inactive.close();
    }
  });

  it('refuses sensitive input text at create (400 InputTextSensitiveContentDetected) and creates no task', async () => {
    const before = running.emulator.tasks.size;
    expect(await post(body({ content: [{ type: 'text', text: 'bad [moderate]' }] }))).toMatchObject({
      status: 400,
      json: { error: { code: 'InputTextSensitiveContentDetected' } },
    });
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('lists tasks newest first, filtered by model and ids, paged with total; caps page_size', async () => {
    const first = await post(body({ model: 'dreamina-seedance-2-0-fast-260128', resolution: '480p' }));
    const second = await post(body({ model: 'dreamina-seedance-2-0-fast-260128', resolution: '480p' }));
    const page = await get(`${tasksUrl()}?page_num=1&page_size=1&filter.model=dreamina-seedance-2-0-fast-260128`);
    expect(page.json.total).toBeGreaterThanOrEqual(2);
    expect(page.json.items.map((item) => item.id)).toEqual([second.json.id]);
    const byIds = await get(`${tasksUrl()}?filter.task_ids=${first.json.id}&filter.task_ids=${second.json.id}`);
    expect(byIds.json).toMatchObject({ total: 2, items: [{ id: second.json.id }, { id: first.json.id }] });
    expect(await get(`${tasksUrl()}?page_size=501`)).toMatchObject({
      status: 400,
      json: { error: { code: 'InvalidParameter.page_size' } },
    });
  });

  it('serves the file only on its signed URL, and neither URL nor file after 24 h', async () => {
    const created = await post(body());
    let task = await get(`${tasksUrl()}/${created.json.id}`);
    while (task.json.status !== 'succeeded') task = await get(`${tasksUrl()}/${created.json.id}`);
    const url = task.json.content!.video_url;
    expect(url).toMatch(/X-Tos-Signature=/);
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer()).length).toBe(DEMO_CLIP.length);
    expect((await fetch(url.replace(/X-Tos-Signature=[0-9a-f]+/, 'X-Tos-Signature=00'))).status).toBe(403);

    clock.advance(24 * HOUR_MS + 1000);
    expect((await fetch(url)).status).toBe(403);
    expect((await get(`${tasksUrl()}/${created.json.id}`)).json).toMatchObject({ status: 'succeeded', content: null });
  });

  it.each([10, 15])(
    'serves a %i s task a clip at least that long, with its audio, so the job runner does not refuse it',
    async (seconds) => {
      const created = await post(body({ duration: seconds }));
      let task = await get(`${tasksUrl()}/${created.json.id}`);
      while (task.json.status !== 'succeeded') task = await get(`${tasksUrl()}/${created.json.id}`);
      expect(task.json.duration).toBe(seconds);
      const served = new Uint8Array(await (await fetch(task.json.content!.video_url)).arrayBuffer());
      const info = inspectMp4(served);
      expect(info.durationSeconds).toBeGreaterThanOrEqual(seconds);
      expect(info.audio).not.toBeNull();
      expect(clipShortfallSeconds(info.durationSeconds, info.frameRate, task.json.duration!)).toBeNull();
      // The 5 s demo clip as it is would be refused: this is what the loop fixes.
      expect(clipShortfallSeconds(inspectMp4(DEMO_CLIP).durationSeconds, 24, seconds)).not.toBeNull();
    },
  );

  it('serves a looped "[silent]" task without audio, and the same bytes to a ranged (resumed) download', async () => {
    const created = await post(body({ duration: 12, content: [{ type: 'text', text: 'quiet [silent]' }] }));
    let task = await get(`${tasksUrl()}/${created.json.id}`);
    while (task.json.status !== 'succeeded') task = await get(`${tasksUrl()}/${created.json.id}`);
    const url = task.json.content!.video_url;
    const whole = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(inspectMp4(whole)).toMatchObject({ durationSeconds: 15, audio: null });
    const tail = await fetch(url, { headers: { range: 'bytes=40000-' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(Buffer.from(whole.subarray(40000)))).toBe(true);
  });

  it('cancels a queued task, refuses to cancel a running one, and deletes a finished one', async () => {
    const del = (id: string) => fetch(`${tasksUrl()}/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${KEY}` } });
    const queued = await post(body());
    expect((await del(queued.json.id)).status).toBe(200);
    expect(running.emulator.tasks.get(queued.json.id)?.status).toBe('cancelled');
    expect((await del(queued.json.id)).status).toBe(200);
    expect(running.emulator.tasks.has(queued.json.id)).toBe(false);

    const busy = await post(body({ content: [{ type: 'text', text: 'long [never]' }] }));
    await get(`${tasksUrl()}/${busy.json.id}`);
    await get(`${tasksUrl()}/${busy.json.id}`);
    expect((await del(busy.json.id)).status).toBe(400);
  });

  it('classifies calls for scripted faults: POST create, GET task or list poll, /files/ download', () => {
    expect(classifyBytePlusRequest('POST', '/contents/generations/tasks')).toBe('create');
    expect(classifyBytePlusRequest('GET', '/contents/generations/tasks?page_num=1')).toBe('poll');
    expect(classifyBytePlusRequest('GET', '/contents/generations/tasks/cgt-1')).toBe('poll');
    expect(classifyBytePlusRequest('DELETE', '/contents/generations/tasks/cgt-1')).toBe('other');
    expect(classifyBytePlusRequest('GET', '/files/cgt-1.mp4?X-Tos-Signature=x')).toBe('download');
  });
});
