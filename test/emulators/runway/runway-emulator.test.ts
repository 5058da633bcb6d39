import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRunwayRequest } from '../../../src/emulators/runway';
import { inspectMp4, loopedClip } from '../../../src/media';
import { createManualClock, DEMO_CLIP, startRunwayEmulator, type RunningRunwayEmulator } from './runway-emulator-server';

const SECRET = 'emulator-runway-secret';
const VERSION = '2024-11-06';
const HOUR_MS = 60 * 60 * 1000;
const clock = createManualClock();
let running: RunningRunwayEmulator;

beforeAll(async () => {
  running = await startRunwayEmulator({ apiSecret: SECRET, now: clock.now, retiredModels: ['veo3'] });
});
afterAll(() => running.close());

interface CallInit {
  method?: string;
  json?: unknown;
  secret?: string | null;
  version?: string | null;
}

async function call(path: string, init: CallInit = {}, base = running.baseUrl) {
  const headers: Record<string, string> = {};
  const secret = init.secret === undefined ? SECRET : init.secret;
  const version = init.version === undefined ? VERSION : init.version;
  if (secret != null) headers.authorization = `Bearer ${secret}`;
  if (version != null) headers['x-runway-version'] = version;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    json: type.includes('json') ? await response.json() : undefined,
    text: type.includes('json') ? '' : await response.text(),
  };
}

const textToVideo = (fields: Record<string, unknown> = {}) =>
  call('/v1/text_to_video', {
    json: { model: 'veo3.1', promptText: 'a fox in snow', ratio: '1280:720', duration: 8, audio: true, ...fields },
  });

async function pollToEnd(id: string, maxPolls = 10) {
  const seen: any[] = [];
  for (let poll = 0; poll < maxPolls; poll++) {
    const { json } = await call(`/v1/tasks/${id}`);
    seen.push(json);
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(json.status)) break;
  }
  return seen;
}

async function fetchOutput(url: string) {
  const response = await fetch(url);
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('Runway emulator: authentication and version', () => {
  it.each([
    ['no Authorization header', { secret: null }, 401, /No API key/],
    ['a wrong secret', { secret: 'key_wrong' }, 401, /Invalid API key/],
    ['no X-Runway-Version header', { version: null }, 400, /X-Runway-Version header is required/],
    ['an unknown API version', { version: '2020-01-01' }, 400, /2020-01-01 is not supported/],
  ])('refuses %s', async (_label, init, httpStatus, message) => {
    const before = running.emulator.tasks.size;
    const { status, json } = await call('/v1/text_to_video', {
      json: { model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 },
      ...init,
    });
    expect(status).toBe(httpStatus);
    expect(Object.keys(json)).toEqual(['error']);
    expect(json.error).toMatch(message);
    expect(running.emulator.tasks.size).toBe(before);
  });
});

describe('Runway emulator: create', () => {
  it('answers {id, estimatedCost} and stores a PENDING task', async () => {
    const { status, json } = await textToVideo();
    expect(status).toBe(200);
    expect(json).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), estimatedCost: { credits: 320 } });
    const task = running.emulator.tasks.get(json.id);
    expect(task).toMatchObject({ status: 'PENDING', create: { model: 'veo3.1', audio: true, durationSeconds: 8, ratio: '1280:720' } });
    expect((await call(`/v1/tasks/${json.id}`)).json.status).toBe('RUNNING');
  });

  it('charges Veo 3.1 without audio less', async () => {
    expect((await textToVideo({ audio: false })).json.estimatedCost).toEqual({ credits: 160 });
  });

  it.each([
    ['an unknown model', '/v1/text_to_video', { model: 'gen9' }, ['model']],
    ['a retired model', '/v1/text_to_video', { model: 'veo3' }, ['model']],
    ['gen4_turbo without an image endpoint', '/v1/text_to_video', { model: 'gen4_turbo' }, ['model']],
    ['audio on gen4.5', '/v1/text_to_video', { model: 'gen4.5', duration: 5 }, []],
    ['a Veo duration of 5', '/v1/text_to_video', { duration: 5 }, ['duration']],
    ['1920:1080 on gen4.5', '/v1/text_to_video', { model: 'gen4.5', audio: undefined, ratio: '1920:1080', duration: 5 }, ['ratio']],
    ['gen4.5 without a duration', '/v1/text_to_video', { model: 'gen4.5', audio: undefined, duration: undefined }, ['duration']],
    ['a prompt over 1000 UTF-16 units', '/v1/text_to_video', { promptText: 'é'.repeat(1001) }, ['promptText']],
    ['a negative seed', '/v1/text_to_video', { seed: -1 }, ['seed']],
    ['an image that is not a URL', '/v1/image_to_video', { promptImage: 'file:///tmp/a.png' }, ['promptImage']],
    ['only a last frame', '/v1/image_to_video', { promptImage: [{ uri: 'https://example.com/a.png', position: 'last' }] }, ['promptImage']],
  ])('refuses %s with a validation issue', async (_label, path, fields, issuePath) => {
    const before = running.emulator.tasks.size;
    const body = { model: 'veo3.1', promptText: 'a fox', ratio: '1280:720', duration: 8, audio: true, ...fields };
    const { status, json } = await call(path, { json: body });
    expect(status).toBe(400);
    expect(json).toMatchObject({
      error: 'Validation of body failed',
      docUrl: expect.stringMatching(/^https:\/\/docs\.dev\.runwayml\.com/),
    });
    expect(json.issues[0]).toMatchObject({ path: issuePath, code: expect.any(String), message: expect.any(String) });
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('names the unrecognized key when a silent model is asked for audio', async () => {
    const { json } = await call('/v1/text_to_video', {
      json: { model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5, audio: true },
    });
    expect(json.issues).toEqual([{ code: 'unrecognized_keys', path: [], message: "Unrecognized key(s) in object: 'audio'" }]);
  });

  it('takes gen4_turbo image-to-video with a data URI and Veo keyframes', async () => {
    const turbo = await call('/v1/image_to_video', {
      json: { model: 'gen4_turbo', promptImage: 'data:image/png;base64,AAAA', ratio: '960:960' },
    });
    expect(turbo.status).toBe(200);
    expect(running.emulator.tasks.get(turbo.json.id)?.create).toMatchObject({ durationSeconds: 10, audio: false, promptText: '' });
    const frames = [
      { uri: 'https://example.com/first.png', position: 'first' },
      { uri: 'runway://upload/last', position: 'last' },
    ];
    const veo = await call('/v1/image_to_video', { json: { model: 'veo3.1', promptImage: frames, ratio: '1920:1080' } });
    expect(running.emulator.tasks.get(veo.json.id)?.create.promptImages).toEqual(frames);
  });
});

describe('Runway emulator: Seedance 2.0 and Gemini Omni Flash (SDK 4.20.1 unions)', () => {
  const create = (path: string, body: Record<string, unknown>) => call(path, { json: body });

  it('takes seedance2 with audio, a seed, a 1080p ratio and a 3500-unit prompt', async () => {
    const { status, json } = await create('/v1/text_to_video', {
      model: 'seedance2',
      promptText: 'a'.repeat(3500),
      ratio: '1920:1080',
      duration: 12,
      audio: false,
      seed: 4,
    });
    expect(status).toBe(200);
    expect(json.estimatedCost).toEqual({ credits: 36 * 12 });
    expect(running.emulator.tasks.get(json.id)?.create).toMatchObject({
      model: 'seedance2',
      durationSeconds: 12,
      audio: false,
      seed: 4,
      ratio: '1920:1080',
    });
  });

  it('bills duration "auto" (and a left-out duration) at the longest allowed, with audio on by default', async () => {
    const auto = await create('/v1/text_to_video', { model: 'seedance2_mini', promptText: 'x', duration: 'auto' });
    expect(running.emulator.tasks.get(auto.json.id)?.create).toMatchObject({ durationSeconds: 15, audio: true, ratio: '1280:720' });
    const unset = await create('/v1/text_to_video', { model: 'seedance2_fast', promptText: 'x', ratio: '720:1280' });
    expect(running.emulator.tasks.get(unset.json.id)?.create).toMatchObject({ durationSeconds: 15 });
  });

  it('takes Seedance reference images (no position) but not mixed with keyframes', async () => {
    const refs = await create('/v1/image_to_video', {
      model: 'seedance2',
      promptImage: [{ uri: 'https://e.com/a.png' }, { uri: 'https://e.com/b.png' }],
      duration: 5,
    });
    expect(running.emulator.tasks.get(refs.json.id)?.create.promptImages.map((image) => image.position)).toEqual([
      'reference',
      'reference',
    ]);
    const mixed = await create('/v1/image_to_video', {
      model: 'seedance2',
      promptImage: [{ uri: 'https://e.com/a.png', position: 'first' }, { uri: 'https://e.com/b.png' }],
      duration: 5,
    });
    expect(mixed.status).toBe(400);
    expect(mixed.json.issues[0].path).toEqual(['promptImage']);
  });

  it('gives gemini_omni_flash sound without an audio field, 3–10 s, first frame only', async () => {
    const omni = await create('/v1/text_to_video', { model: 'gemini_omni_flash', promptText: 'a fox', ratio: '720:1280', duration: 3 });
    expect(omni.status).toBe(200);
    expect(running.emulator.tasks.get(omni.json.id)?.create).toMatchObject({ audio: true, durationSeconds: 3 });
    const output = (await pollToEnd(omni.json.id)).at(-1).output[0];
    expect(inspectMp4((await fetchOutput(output)).bytes).audio).toMatchObject({ codec: 'mp4a' });
  });

  it.each([
    ['a 1080p ratio on seedance2_fast', '/v1/text_to_video', { model: 'seedance2_fast', promptText: 'x', ratio: '1920:1080' }, ['ratio']],
    ['a Seedance duration of 3', '/v1/text_to_video', { model: 'seedance2', promptText: 'x', duration: 3 }, ['duration']],
    ['a Seedance prompt over 3500 units', '/v1/text_to_video', { model: 'seedance2', promptText: 'a'.repeat(3501) }, ['promptText']],
    ['a Seedance negative prompt', '/v1/text_to_video', { model: 'seedance2', promptText: 'x', negativePrompt: 'blur' }, []],
    ['audio on gemini_omni_flash', '/v1/text_to_video', { model: 'gemini_omni_flash', promptText: 'x', audio: true }, []],
    ['a seed on gemini_omni_flash', '/v1/text_to_video', { model: 'gemini_omni_flash', promptText: 'x', seed: 1 }, []],
    ['gemini_omni_flash at 11 s', '/v1/text_to_video', { model: 'gemini_omni_flash', promptText: 'x', duration: 11 }, ['duration']],
    ['1:1 on gemini_omni_flash', '/v1/text_to_video', { model: 'gemini_omni_flash', promptText: 'x', ratio: '960:960' }, ['ratio']],
    [
      'a last frame on gemini_omni_flash',
      '/v1/image_to_video',
      {
        model: 'gemini_omni_flash',
        promptImage: [
          { uri: 'https://e.com/a.png', position: 'first' },
          { uri: 'https://e.com/b.png', position: 'last' },
        ],
      },
      ['promptImage', 1, 'position'],
    ],
  ])('refuses %s', async (_label, path, body, issuePath) => {
    const { status, json } = await create(path, body);
    expect(status).toBe(400);
    expect(json.issues[0].path).toEqual(issuePath);
  });
});

describe('Runway emulator: tasks and signed output', () => {
  it('moves PENDING → RUNNING 0.33 → 0.67 → SUCCEEDED with a signed output URL', async () => {
    const { json: created } = await textToVideo();
    const seen = await pollToEnd(created.id);
    expect(seen.map((task) => [task.status, task.progress])).toEqual([
      ['RUNNING', 0.33],
      ['RUNNING', 0.67],
      ['SUCCEEDED', undefined],
    ]);
    const done = seen.at(-1);
    expect(done).toEqual({
      id: created.id,
      createdAt: new Date(clock.now()).toISOString(),
      status: 'SUCCEEDED',
      cost: { credits: 320 },
      output: [expect.any(String)],
    });
    const url = new URL(done.output[0]);
    expect(url.pathname).toBe(`/runway/files/${created.id}.mp4`);
    const claims = JSON.parse(Buffer.from(url.searchParams.get('_jwt')!.split('.')[1]!, 'base64url').toString());
    expect(claims.exp).toBe(Math.floor((clock.now() + 24 * HOUR_MS) / 1000));

    // CDN files need no Authorization, only the signature.
    const file = await fetchOutput(done.output[0]);
    expect(file.status).toBe(200);
    // duration 8: the 5 s demo clip played twice.
    expect(Buffer.from(file.bytes).equals(Buffer.from(loopedClip(DEMO_CLIP, 8)))).toBe(true);
  });

  it('refuses an output URL once it expires, and a fresh GET signs a working one', async () => {
    const { json } = await textToVideo();
    const first = (await pollToEnd(json.id)).at(-1).output[0] as string;
    clock.advance(24 * HOUR_MS);
    const expired = await fetch(first);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/expired/);
    const fresh = (await call(`/v1/tasks/${json.id}`)).json.output[0] as string;
    expect(fresh).not.toBe(first);
    expect((await fetch(fresh)).status).toBe(200);
  });

  it('refuses a signature made for another task or tampered with', async () => {
    const a = (await pollToEnd((await textToVideo()).json.id)).at(-1).output[0] as string;
    const b = (await pollToEnd((await textToVideo()).json.id)).at(-1).output[0] as string;
    const swapped = `${b.split('?')[0]}?${a.split('?')[1]}`;
    expect((await fetch(swapped)).status).toBe(403);
    expect((await fetch(`${a}x`)).status).toBe(403);
    expect((await fetch(a.split('?')[0]!)).status).toBe(403);
  });

  it('serves silent clips for silent models, Veo without audio and "[silent]"; audio for Veo with audio', async () => {
    const outputFor = async (path: string, fields: Record<string, unknown>) => {
      const { json } = await call(path, { json: fields });
      return inspectMp4((await fetchOutput((await pollToEnd(json.id)).at(-1).output[0])).bytes);
    };
    expect((await outputFor('/v1/text_to_video', { model: 'gen4.5', promptText: 'a', ratio: '1280:720', duration: 5 })).audio).toBeNull();
    expect((await outputFor('/v1/text_to_video', { model: 'veo3.1', promptText: 'a', ratio: '1280:720', audio: false })).audio).toBeNull();
    expect(
      (await outputFor('/v1/text_to_video', { model: 'veo3.1', promptText: 'a [silent]', ratio: '1280:720', audio: true })).audio,
    ).toBeNull();
    expect(
      (await outputFor('/v1/text_to_video', { model: 'veo3.1_fast', promptText: 'a', ratio: '720:1280', audio: true })).audio,
    ).toMatchObject({ codec: 'mp4a' });
  });

  it('fails "[moderate]" with SAFETY.INPUT.TEXT and "[fail]" with an internal code', async () => {
    const moderated = (await pollToEnd((await textToVideo({ promptText: 'bad [moderate]' })).json.id)).at(-1);
    expect(moderated).toMatchObject({
      status: 'FAILED',
      failureCode: 'SAFETY.INPUT.TEXT',
      failure: expect.any(String),
      cost: { credits: 0 },
    });
    expect(moderated).not.toHaveProperty('output');
    const failed = (await pollToEnd((await textToVideo({ promptText: 'unlucky [fail]' })).json.id)).at(-1);
    expect(failed.failureCode).toMatch(/^INTERNAL\.BAD_OUTPUT\./);
  });

  it('keeps a "[never]" task RUNNING below 1', async () => {
    const seen = await pollToEnd((await textToVideo({ promptText: 'forever [never]' })).json.id, 20);
    expect(seen).toHaveLength(20);
    expect(seen.every((task) => task.status === 'RUNNING' && task.progress < 1)).toBe(true);
  });

  it('cancels a running task and deletes a finished one', async () => {
    const { json: runningTask } = await textToVideo();
    await call(`/v1/tasks/${runningTask.id}`);
    const cancelled = await call(`/v1/tasks/${runningTask.id}`, { method: 'DELETE' });
    expect(cancelled.status).toBe(204);
    expect((await call(`/v1/tasks/${runningTask.id}`)).json).toMatchObject({ status: 'CANCELLED', cost: { credits: 0 } });

    const { json: finished } = await textToVideo();
    await pollToEnd(finished.id);
    expect((await call(`/v1/tasks/${finished.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await call(`/v1/tasks/${finished.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({ error: expect.any(String) });
  });

  it('holds tasks over the concurrency limit in THROTTLED until a slot frees', async () => {
    const limited = await startRunwayEmulator({ apiSecret: SECRET, maxConcurrentTasks: 1, runningPolls: 1 });
    try {
      const post = () =>
        call('/v1/text_to_video', { json: { model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 } }, limited.baseUrl);
      const first = (await post()).json.id as string;
      const second = (await post()).json.id as string;
      const statusOf = async (id: string) => (await call(`/v1/tasks/${id}`, {}, limited.baseUrl)).json;
      expect(await statusOf(second)).toMatchObject({ status: 'THROTTLED', estimatedCost: { credits: 60 } });
      expect((await statusOf(first)).status).toBe('RUNNING');
      expect((await statusOf(second)).status).toBe('THROTTLED');
      expect((await statusOf(first)).status).toBe('SUCCEEDED');
      expect((await statusOf(second)).status).toBe('RUNNING');
    } finally {
      await limited.close();
    }
  });
});

describe('Runway emulator: faults and routing', () => {
  it('answers a scripted fault on its route with Runway\u2019s body and headers', async () => {
    const { json } = await textToVideo();
    running.emulator.injectFault({
      route: 'retrieve',
      status: 429,
      error: 'You have exceeded the rate limit.',
      headers: { 'retry-after': '2' },
    });
    expect((await textToVideo()).status).toBe(200);
    const response = await fetch(`${running.baseUrl}/v1/tasks/${json.id}`, {
      headers: { authorization: `Bearer ${SECRET}`, 'x-runway-version': VERSION },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ error: 'You have exceeded the rate limit.' });
  });

  it("answers 405 with Allow for a wrong method, and unknown paths 404 in Runway's shape", async () => {
    const wrongMethod = await call('/v1/text_to_video');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json).toEqual({ error: 'Method GET is not allowed on /v1/text_to_video.' });
    const unknown = await call('/v1/unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toHaveProperty('error');
  });
});

describe('Runway emulator under the shared fault injector', () => {
  it.each([
    ['POST', '/v1/text_to_video', 'create'],
    ['POST', '/v1/image_to_video', 'create'],
    ['GET', '/v1/tasks/abc', 'poll'],
    ['GET', '/files/abc.mp4?_jwt=x', 'download'],
    ['DELETE', '/v1/tasks/abc', 'other'],
  ])('classifies %s %s as %s', (method, path, phase) => {
    expect(classifyRunwayRequest(method, path)).toBe(phase);
  });

  it('answers a scripted status fault in Runway\u2019s envelope', async () => {
    running.faults.add({ provider: 'runway', phase: 'create', effect: { kind: 'status', status: 503 }, times: 1 });
    const before = running.emulator.tasks.size;
    const { status, json } = await textToVideo();
    expect(status).toBe(503);
    expect(json).toEqual({ error: expect.stringMatching(/shedding load/) });
    expect(running.emulator.tasks.size).toBe(before);
  });

  it('serves output files in ranges behind the signature', async () => {
    const url = (await pollToEnd((await textToVideo()).json.id)).at(-1).output[0] as string;
    const response = await fetch(url, { headers: { range: 'bytes=0-7' } });
    expect(response.status).toBe(206);
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1', 4, 8)).toBe('ftyp');
  });
});
