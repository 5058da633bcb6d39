import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyOpenAIRequest } from '../../../src/emulators/openai';
import { inspectMp4, loopedClip } from '../../../src/media';
import { createManualClock, DEMO_CLIP, startOpenAIEmulator, type RunningOpenAIEmulator } from './openai-emulator-server';

/** What a create with seconds '8' (the tests' default) serves: the 5 s demo clip played twice. */
const EIGHT_SECOND_CLIP = loopedClip(DEMO_CLIP, 8);

const KEY = 'emulator-openai-key';
const clock = createManualClock();
let running: RunningOpenAIEmulator;

beforeAll(async () => {
  running = await startOpenAIEmulator({ apiKey: KEY, now: clock.now, retiredModels: ['sora-2-pro-2025-10-06'] });
});
afterAll(() => running.close());

interface CallInit {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  key?: string | null;
}

async function call(path: string, init: CallInit = {}, base = running.baseUrl) {
  const headers: Record<string, string> = { ...init.headers };
  const key = init.key === undefined ? KEY : init.key;
  if (key != null) headers.authorization = `Bearer ${key}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    json: type.includes('json') ? await response.json() : undefined,
    bytes: type.includes('json') ? undefined : new Uint8Array(await response.arrayBuffer()),
  };
}

const create = (fields: Record<string, unknown> = {}) =>
  call('/videos', { json: { model: 'sora-2', prompt: 'a lighthouse at dusk', seconds: '8', size: '1280x720', ...fields } });

async function pollToEnd(id: string, maxPolls = 10) {
  const seen: any[] = [];
  for (let poll = 0; poll < maxPolls; poll++) {
    const { json } = await call(`/videos/${id}`);
    seen.push(json);
    if (json.status === 'completed' || json.status === 'failed') break;
  }
  return seen;
}

describe('OpenAI emulator: authentication', () => {
  it('refuses a request without a key with OpenAI\u2019s envelope and a null code', async () => {
    const { status, json, headers } = await call('/videos', { key: null });
    expect(status).toBe(401);
    expect(json).toEqual({
      error: { message: expect.stringMatching(/^You didn't provide an API key/), type: 'invalid_request_error', param: null, code: null },
    });
    expect(headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('refuses a wrong key with invalid_api_key and echoes it masked, as OpenAI does', async () => {
    const { status, json } = await call('/videos', { key: 'sk-wrong-1234567890abcd' });
    expect(status).toBe(401);
    expect(json.error.code).toBe('invalid_api_key');
    expect(json.error.message).toMatch(/^Incorrect API key provided: sk-\*+abcd\./);
    expect(json.error.message).not.toContain('wrong-1234567890');
  });

  it('as Azure: takes the key in api-key (or as Bearer) and refuses with Azure\u2019s envelope', async () => {
    const azure = await startOpenAIEmulator({ apiKey: KEY, authStyle: 'azure' });
    try {
      const withApiKey = await fetch(`${azure.baseUrl}/videos`, { headers: { 'api-key': KEY } });
      expect(withApiKey.status).toBe(200);
      expect((await call('/videos', {}, azure.baseUrl)).status).toBe(200);
      const refused = await call('/videos', { key: 'nope' }, azure.baseUrl);
      expect(refused.status).toBe(401);
      expect(refused.json).toEqual({
        error: { code: '401', message: expect.stringMatching(/^Access denied due to invalid subscription key/) },
      });
    } finally {
      await azure.close();
    }
  });
});

describe('OpenAI emulator: create', () => {
  it('accepts JSON and answers with a queued Video object', async () => {
    const { status, json } = await create();
    expect(status).toBe(200);
    expect(json).toEqual({
      id: expect.stringMatching(/^video_[0-9a-f]{32}$/),
      object: 'video',
      model: 'sora-2',
      status: 'queued',
      progress: 0,
      created_at: Math.floor(clock.now() / 1000),
      completed_at: null,
      expires_at: null,
      seconds: '8',
      size: '1280x720',
      prompt: 'a lighthouse at dusk',
      remixed_from_video_id: null,
      error: null,
    });
    expect(running.emulator.videos.get(json.id)?.received.encoding).toBe('json');
  });

  it('applies the API defaults: sora-2, 4 seconds, 720x1280', async () => {
    const { json } = await call('/videos', { json: { prompt: 'defaults' } });
    expect(json).toMatchObject({ model: 'sora-2', seconds: '4', size: '720x1280' });
  });

  it('accepts multipart with an uploaded reference image, and bracket-key references', async () => {
    const form = new FormData();
    form.set('prompt', 'from a still');
    form.set('seconds', '4');
    form.set('size', '1280x720');
    form.set('input_reference', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: 'image/png' }), 'still.png');
    const uploaded = await call('/videos', { body: form });
    expect(uploaded.status).toBe(200);
    const video = running.emulator.videos.get(uploaded.json.id);
    expect(video?.received.encoding).toBe('multipart');
    expect(video?.create.inputReference).toEqual({ kind: 'file', fileName: 'still.png', mimeType: 'image/png', byteLength: 7 });

    const byUrl = new FormData();
    byUrl.set('prompt', 'from a url');
    byUrl.set('input_reference[image_url]', 'https://example.com/still.png');
    const linked = await call('/videos', { body: byUrl });
    expect(running.emulator.videos.get(linked.json.id)?.create.inputReference).toEqual({
      kind: 'image_url',
      imageUrl: 'https://example.com/still.png',
    });
  });

  it.each([
    ['seconds as a number', { seconds: 8 }, 400, 'invalid_type', 'seconds', /expected one of '4', '8'.*got an integer/],
    ['an unsupported duration', { seconds: '7' }, 400, 'invalid_value', 'seconds', /Supported values are: '4', '8', '12', '16', and '20'/],
    ['1080p on sora-2', { size: '1920x1080' }, 400, 'invalid_value', 'size', /'1920x1080'/],
    ['an unknown parameter', { seed: 3 }, 400, 'unknown_parameter', 'seed', /Unknown parameter: 'seed'/],
    ['no prompt', { prompt: '' }, 400, 'missing_required_parameter', 'prompt', /Missing required parameter/],
    [
      'a reference that is not an https or data URL',
      { input_reference: { image_url: 'ftp://x' } },
      400,
      'invalid_value',
      'input_reference.image_url',
      /https URL/,
    ],
    ['an unknown model', { model: 'sora-9' }, 404, 'model_not_found', null, /The model `sora-9` does not exist/],
    ['a retired model', { model: 'sora-2-pro-2025-10-06' }, 404, 'model_not_found', null, /does not exist or you do not have access/],
  ])('refuses %s', async (_label, fields, httpStatus, code, param, message) => {
    const before = running.emulator.videos.size;
    const { status, json } = await create(fields);
    expect(status).toBe(httpStatus);
    expect(json.error).toMatchObject({ code, param, type: 'invalid_request_error' });
    expect(json.error.message).toMatch(message);
    expect(running.emulator.videos.size).toBe(before);
  });

  it('takes 1080p on sora-2-pro', async () => {
    expect((await create({ model: 'sora-2-pro', size: '1920x1080' })).status).toBe(200);
  });

  it('refuses a "[block]" prompt up front with sentinel_block', async () => {
    const before = running.emulator.videos.size;
    const { status, json } = await create({ prompt: 'not allowed [block]' });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'sentinel_block', param: 'prompt' });
    expect(running.emulator.videos.size).toBe(before);
  });
});

describe('OpenAI emulator: progress, content and expiry', () => {
  it('moves queued → in_progress 33 → 67 → completed 100 and then serves the clip', async () => {
    const { json: created } = await create();
    expect((await call(`/videos/${created.id}/content`)).status).toBe(404); // not before completion

    const seen = await pollToEnd(created.id);
    expect(seen.map((video) => [video.status, video.progress])).toEqual([
      ['in_progress', 33],
      ['in_progress', 67],
      ['completed', 100],
    ]);
    const done = seen.at(-1);
    expect(done.completed_at).toBe(Math.floor(clock.now() / 1000));
    expect(done.expires_at).toBe(done.completed_at + 3600);

    const content = await call(`/videos/${created.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('video/mp4');
    expect(content.headers.get('content-length')).toBe(String(EIGHT_SECOND_CLIP.length));
    expect(Buffer.from(content.bytes!).equals(Buffer.from(EIGHT_SECOND_CLIP))).toBe(true);
    expect((await call(`/videos/${created.id}/content`, { key: null })).status).toBe(401); // content needs the key too
  });

  it('stops serving content at expires_at', async () => {
    const { json: created } = await create();
    await pollToEnd(created.id);
    clock.advance(3599_000);
    expect((await call(`/videos/${created.id}/content`)).status).toBe(200);
    clock.advance(1_000);
    const expired = await call(`/videos/${created.id}/content`);
    expect(expired.status).toBe(404);
    expect(expired.json.error).toMatchObject({ code: 'video_expired' });
  });

  it('fails a "[moderate]" job with moderation_blocked and a "[fail]" job with a generic error', async () => {
    const moderated = (await pollToEnd((await create({ prompt: 'nope [moderate]' })).json.id)).at(-1);
    expect(moderated).toMatchObject({
      status: 'failed',
      error: { code: 'moderation_blocked', message: expect.stringMatching(/moderation system/) },
    });
    const failed = (await pollToEnd((await create({ prompt: 'unlucky [fail]' })).json.id)).at(-1);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'internal_error' } });
  });

  it('never finishes a "[never]" job, its progress rising but staying below 100', async () => {
    const seen = await pollToEnd((await create({ prompt: 'forever [never]' })).json.id, 25);
    expect(seen).toHaveLength(25);
    expect(seen.every((video) => video.status === 'in_progress' && video.progress < 100)).toBe(true);
    const progress = seen.map((video) => video.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('serves a clip without an audio track for a "[silent]" job', async () => {
    const { json } = await create({ prompt: 'quiet please [silent]' });
    await pollToEnd(json.id);
    const content = await call(`/videos/${json.id}/content`);
    const info = inspectMp4(content.bytes!);
    expect(info.audio).toBeNull();
    expect(info.video).not.toBeNull();
    expect(info.durationSeconds).toBe(inspectMp4(EIGHT_SECOND_CLIP).durationSeconds);
  });
});

describe('OpenAI emulator: list, remix, delete, models', () => {
  it('lists newest first with a cursor', async () => {
    const all = (await call('/videos?limit=100')).json;
    expect(all.object).toBe('list');
    expect(all.data.map((video: any) => video.id)).toEqual([...running.emulator.videos.keys()].reverse());
    const first = (await call('/videos?limit=2')).json;
    expect(first).toMatchObject({ has_more: true, first_id: all.data[0].id, last_id: all.data[1].id });
    const second = (await call(`/videos?limit=2&after=${first.last_id}`)).json;
    expect(second.data.map((video: any) => video.id)).toEqual(all.data.slice(2, 4).map((video: any) => video.id));
    expect((await call('/videos?limit=101')).json.error).toMatchObject({ param: 'limit' });
  });

  it('remixes only a completed video, linking the new one to its source', async () => {
    const { json: source } = await create();
    const early = await call(`/videos/${source.id}/remix`, { json: { prompt: 'at night' } });
    expect(early.status).toBe(400);
    await pollToEnd(source.id);
    const remix = await call(`/videos/${source.id}/remix`, { json: { prompt: 'at night' } });
    expect(remix.json).toMatchObject({
      status: 'queued',
      prompt: 'at night',
      remixed_from_video_id: source.id,
      seconds: '8',
      size: '1280x720',
    });
  });

  it('deletes finished videos only', async () => {
    const { json } = await create();
    expect((await call(`/videos/${json.id}`, { method: 'DELETE' })).status).toBe(400);
    await pollToEnd(json.id);
    expect((await call(`/videos/${json.id}`, { method: 'DELETE' })).json).toEqual({ id: json.id, object: 'video.deleted', deleted: true });
    const gone = await call(`/videos/${json.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.message).toMatch(/not found/);
  });

  it('lists the models it serves; a retired one is model_not_found', async () => {
    const models = (await call('/models')).json.data.map((model: any) => model.id);
    expect(models).toContain('sora-2');
    expect(models).not.toContain('sora-2-pro-2025-10-06');
    expect((await call('/models/sora-2')).json).toMatchObject({ id: 'sora-2', object: 'model' });
    const retired = await call('/models/sora-2-pro-2025-10-06');
    expect(retired.status).toBe(404);
    expect(retired.json.error.code).toBe('model_not_found');
  });
});

describe('OpenAI emulator: shutdown, faults and routing', () => {
  it('is shut down by default, as the real Sora API has been since 2026-09-24: /videos 404 "Invalid URL", Sora ids model_not_found', async () => {
    const { createOpenAIEmulator } = await import('../../../src/emulators/openai');
    const emulator = createOpenAIEmulator({ apiKey: KEY, videoBytes: DEMO_CLIP });
    const { serveEmulatorMount } = await import('../../support/serve-emulator-mount');
    const served = await serveEmulatorMount({ name: 'openai', prefix: '/openai', handle: emulator.handle });
    try {
      const created = await call('/videos', { json: { prompt: 'too late' } }, served.baseUrl);
      expect(created.status).toBe(404);
      expect(created.json.error.message).toBe('Invalid URL (POST /v1/videos)');
      const model = await call('/models/sora-2', {}, served.baseUrl);
      expect(model.status).toBe(404);
      expect(model.json.error.code).toBe('model_not_found');
      expect(emulator.videos.size).toBe(0);
    } finally {
      await served.close();
    }
  });

  it('after the shutdown answers every /videos path with 404 "Invalid URL"', async () => {
    const shut = await startOpenAIEmulator({ apiKey: KEY, legacyVideosApi: false });
    try {
      const created = await call('/videos', { json: { prompt: 'too late' } }, shut.baseUrl);
      expect(created.status).toBe(404);
      expect(created.json.error).toEqual({
        message: 'Invalid URL (POST /v1/videos)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      expect((await call('/videos/video_1', {}, shut.baseUrl)).json.error.message).toBe('Invalid URL (GET /v1/videos/video_1)');
    } finally {
      await shut.close();
    }
  });

  it('answers a scripted fault on its route only, with its headers, then recovers', async () => {
    const { json } = await create();
    running.emulator.injectFault({
      route: 'retrieve',
      status: 429,
      message: 'Rate limit reached',
      code: 'rate_limit_exceeded',
      headers: { 'retry-after': '3' },
    });
    expect((await call('/videos?limit=1')).status).toBe(200); // a list is not the faulted route
    const limited = await call(`/videos/${json.id}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.json.error).toEqual({ message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' });
    expect((await call(`/videos/${json.id}`)).status).toBe(200);
  });

  it("answers a path it does not know 404 in OpenAI's envelope, and a wrong method 405", async () => {
    const unknown = await call('/chat/completions', { json: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toHaveProperty('error.message');
    expect((await call('/videos', { method: 'PUT' })).status).toBe(405);
  });
});

describe('OpenAI emulator under the shared fault injector', () => {
  it.each([
    ['POST', '/videos', 'create'],
    ['POST', '/videos/video_1/remix', 'create'],
    ['GET', '/videos/video_1', 'poll'],
    ['GET', '/videos/video_1/content?variant=video', 'download'],
    ['GET', '/videos?limit=2', 'other'],
    ['DELETE', '/videos/video_1', 'other'],
  ])('classifies %s %s as %s', (method, path, phase) => {
    expect(classifyOpenAIRequest(method, path)).toBe(phase);
  });

  it('answers a scripted status fault in OpenAI\u2019s envelope with Retry-After', async () => {
    const { json } = await create();
    running.faults.add({ provider: 'openai', phase: 'poll', effect: { kind: 'status', status: 429, retryAfterSeconds: 4 }, times: 1 });
    const limited = await call(`/videos/${json.id}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    expect(limited.json).toEqual({ error: { message: expect.any(String), type: 'requests', param: null, code: 'rate_limit_exceeded' } });
    expect((await call(`/videos/${json.id}`)).status).toBe(200);
  });

  it('serves content in ranges, so a cut download can resume', async () => {
    const { json } = await create();
    await pollToEnd(json.id);
    const response = await fetch(`${running.baseUrl}/videos/${json.id}/content`, {
      headers: { authorization: `Bearer ${KEY}`, range: 'bytes=100-' },
    });
    expect(response.status).toBe(206);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(EIGHT_SECOND_CLIP.subarray(100)))).toBe(true);
  });
});
