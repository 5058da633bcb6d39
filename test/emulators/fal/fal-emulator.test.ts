import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFalRequest, DEMO_FAL_KEY, validateFalInput, FAL_EMULATED_ENDPOINTS } from '../../../src/emulators/fal';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { loopedClip } from '../../../src/media';
import { DEMO_CLIP, startFalEmulatorServer, type FalEmulatorServer } from './fal-emulator-server';

let server: FalEmulatorServer;

beforeAll(async () => {
  server = await startFalEmulatorServer({ queuedPolls: 1, runningPolls: 1 });
});
afterAll(() => server.close());

async function call(path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const key = init.key === undefined ? DEMO_FAL_KEY : init.key;
  if (key != null) headers.authorization = `Key ${key}`;
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

const submit = (input: Record<string, unknown>, endpoint = 'fal-ai/veo3.1/fast') => call(`/${endpoint}`, { body: input });

describe('fal emulator: auth and submit', () => {
  it.each([
    ['no Authorization header', null, 'Missing authorization header'],
    ['a wrong key', 'other:key', 'No user found for Key ID and Secret'],
  ])('refuses %s with 401 and a detail', async (_label, key, detail) => {
    const { status, json } = await call('/fal-ai/veo3.1', { body: { prompt: 'x' }, key });
    expect(status).toBe(401);
    expect(json).toEqual({ detail });
  });

  it('refuses a Bearer header: fal wants "Key"', async () => {
    const response = await fetch(`${server.baseUrl}/fal-ai/veo3.1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO_FAL_KEY}` },
      body: '{}',
    });
    expect(await response.json()).toEqual({ detail: 'Invalid Key Authorization header format' });
  });

  it('queues a submit with the URLs on {owner}/{alias} and a queue position', async () => {
    const { status, headers, json } = await submit({ prompt: 'a fox' });
    expect(status).toBe(200);
    expect(headers.get('x-fal-request-id')).toBe(json.request_id);
    const requestUrl = `${server.baseUrl}/fal-ai/veo3.1/requests/${json.request_id}`;
    expect(json).toMatchObject({
      status: 'IN_QUEUE',
      queue_position: 1,
      response_url: requestUrl,
      status_url: `${requestUrl}/status`,
      cancel_url: `${requestUrl}/cancel`,
    });
  });

  it('answers a retired Sora endpoint and an unknown path with 404 and a detail', async () => {
    expect(await submit({ prompt: 'x' }, 'fal-ai/sora-2/text-to-video')).toMatchObject({
      status: 404,
      json: { detail: "Application 'sora-2' not found" },
    });
    expect(await submit({ prompt: 'x' }, 'fal-ai/veo3.1/nope')).toMatchObject({ status: 404, json: { detail: "Path '/nope' not found" } });
  });

  it('refuses a body that is not a JSON object', async () => {
    expect((await call('/fal-ai/veo3.1', { body: '[1,2' })).status).toBe(400);
    expect((await call('/fal-ai/veo3.1', { body: [1] })).status).toBe(400);
  });
});

describe('fal emulator: status, result, cancel, files', () => {
  it('answers 202 IN_QUEUE → 202 IN_PROGRESS (with logs when asked) → 200 COMPLETED, then serves a public file', async () => {
    const { json: created } = await submit({ prompt: 'surf at dawn', duration: '8s', generate_audio: true });
    const base = `/fal-ai/veo3.1/requests/${created.request_id}`;
    expect(await call(base)).toMatchObject({ status: 400, json: { detail: 'Request is still in progress' } });

    const first = await call(`${base}/status?logs=1`);
    expect(first).toMatchObject({ status: 202, json: { status: 'IN_QUEUE', queue_position: 0, logs: [] } });
    const second = await call(`${base}/status?logs=1`);
    expect(second).toMatchObject({ status: 202, json: { status: 'IN_PROGRESS', logs: [{ message: 'Generating video', level: 'INFO' }] } });
    expect(second.json).not.toHaveProperty('queue_position');
    const third = await call(`${base}/status?logs=0`);
    expect(third).toMatchObject({
      status: 200,
      json: { status: 'COMPLETED', logs: null, metrics: { inference_time: expect.any(Number) } },
    });

    const result = await call(base);
    expect(result.json).toEqual({
      video: {
        url: `${server.baseUrl}/files/${created.request_id}/output.mp4`,
        content_type: 'video/mp4',
        file_name: 'output.mp4',
        file_size: loopedClip(DEMO_CLIP, 8).length,
      },
    });
    const file = await fetch(result.json.video.url);
    // duration "8s": the 5 s demo clip played twice.
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(loopedClip(DEMO_CLIP, 8)))).toBe(true);
  });

  it('keeps status on {owner}/{alias}: the full endpoint path or another app does not find it', async () => {
    const { json: created } = await submit({ prompt: 'x' });
    expect((await call(`/fal-ai/veo3.1/fast/requests/${created.request_id}/status`)).status).toBe(404);
    expect((await call(`/fal-ai/kling-video/requests/${created.request_id}/status`)).json).toEqual({ detail: 'Request not found' });
  });

  it('reports validation, moderation and runner failures only on the result', async () => {
    const finish = async (input: Record<string, unknown>, endpoint?: string) => {
      const { status, json } = await submit(input, endpoint);
      expect(status).toBe(200);
      const base = `/${(endpoint ?? 'fal-ai/veo3.1/fast').split('/').slice(0, 2).join('/')}/requests/${json.request_id}`;
      for (let poll = 0; poll < 3; poll++) await call(`${base}/status`);
      return call(base);
    };
    const invalid = await finish({ prompt: 'x', duration: '5', aspect_ratio: '1:1', generate_audio: 'yes' });
    expect(invalid.status).toBe(422);
    expect(invalid.json.detail.map((entry: { loc: string[] }) => entry.loc.join('.'))).toEqual([
      'body.duration',
      'body.aspect_ratio',
      'body.generate_audio',
    ]);
    expect(
      (await finish({ prompt: 'x', generate_audio: true }, 'fal-ai/kling-video/v2.5-turbo/pro/text-to-video')).json.detail[0],
    ).toMatchObject({ type: 'extra_forbidden', loc: ['body', 'generate_audio'] });

    const moderated = await finish({ prompt: 'bad [moderate]' });
    expect(moderated).toMatchObject({ status: 422, json: { detail: [{ type: 'content_policy_violation', loc: ['body', 'prompt'] }] } });
    const failed = await finish({ prompt: 'oops [fail]' });
    expect(failed).toMatchObject({ status: 500, json: { error_type: 'runner_server_error' } });
    expect(failed.headers.get('x-fal-error-type')).toBe('runner_server_error');
  });

  it('cancels a queued request (202), refuses to cancel a finished one (400), and 404s an unknown one', async () => {
    const { json: created } = await submit({ prompt: 'x' });
    const base = `/fal-ai/veo3.1/requests/${created.request_id}`;
    expect(await call(`${base}/cancel`, { method: 'PUT' })).toMatchObject({ status: 202, json: { status: 'CANCELLATION_REQUESTED' } });
    expect((await call(`${base}/status`)).json.status).toBe('COMPLETED');
    expect(await call(base)).toMatchObject({ status: 499, json: { error_type: 'client_cancelled' } });
    expect(await call(`${base}/cancel`, { method: 'PUT' })).toMatchObject({ status: 400, json: { status: 'ALREADY_COMPLETED' } });
    expect(await call('/fal-ai/veo3.1/requests/unknown/cancel', { method: 'PUT' })).toMatchObject({
      status: 404,
      json: { status: 'NOT_FOUND' },
    });
    expect((await fetch(`${server.baseUrl}/files/${created.request_id}/output.mp4`)).status).toBe(404);
  });

  it('keeps a "[never]" request IN_PROGRESS', async () => {
    const { json: created } = await submit({ prompt: 'forever [never]' });
    for (let poll = 0; poll < 6; poll++) await call(`/fal-ai/veo3.1/requests/${created.request_id}/status`);
    expect((await call(`/fal-ai/veo3.1/requests/${created.request_id}/status`)).json.status).toBe('IN_PROGRESS');
  });

  it('answers scripted faults in fal\u2019s request-error shape', async () => {
    server.faults.add(...parseFaultSpec('fal:create:504:retry-after=4'));
    const { status, headers, json } = await submit({ prompt: 'x' });
    expect(status).toBe(504);
    expect(headers.get('retry-after')).toBe('4');
    expect(json).toEqual({ detail: 'Request timed out', error_type: 'request_timeout' });
  });
});

describe('fal request phases and input rules', () => {
  it.each([
    ['POST', '/fal-ai/veo3.1/fast', 'create'],
    ['GET', '/fal-ai/veo3.1/requests/r/status?logs=1', 'poll'],
    ['GET', '/fal-ai/veo3.1/requests/r', 'poll'],
    ['PUT', '/fal-ai/veo3.1/requests/r/cancel', 'other'],
    ['GET', '/files/r/output.mp4', 'download'],
  ])('%s %s is %s', (method, path, phase) => {
    expect(classifyFalRequest(method, path)).toBe(phase);
  });

  it('accepts every Kling 3 duration from 3 to 15 seconds and nothing outside', () => {
    const kling3 = FAL_EMULATED_ENDPOINTS['fal-ai/kling-video/v3/pro/text-to-video']!;
    expect(validateFalInput(kling3, { prompt: 'x', duration: '13' })).toEqual([]);
    expect(validateFalInput(kling3, { prompt: 'x', duration: '16' })[0]).toMatchObject({ type: 'literal_error' });
  });
});

describe('fal input rules per endpoint family (December 2026 endpoints)', () => {
  const rules = (endpoint: string) => FAL_EMULATED_ENDPOINTS[endpoint]!;
  const fields = (problems: ReturnType<typeof validateFalInput>) => problems.map((problem) => problem.loc.at(-1));

  it.each([
    [
      'fal-ai/kling-video/o3/pro/text-to-video',
      { prompt: 'x', duration: '15', aspect_ratio: '1:1', generate_audio: true, multi_prompt: [], shot_type: 'customize' },
    ],
    [
      'fal-ai/kling-video/v3/standard/image-to-video',
      { prompt: 'x', duration: '3', start_image_url: 'data:image/png;base64,AA', end_image_url: 'https://e.com/b.png' },
    ],
    [
      'fal-ai/veo3.1/lite/image-to-video',
      { prompt: 'x', duration: '4s', aspect_ratio: 'auto', resolution: '1080p', image_url: 'https://e.com/a.png', seed: 0 },
    ],
    [
      'fal-ai/wan/v2.7/text-to-video',
      { prompt: 'x', duration: '2', aspect_ratio: '3:4', resolution: '720p', seed: 1, negative_prompt: 'blur' },
    ],
    [
      'fal-ai/ltx-2.3/text-to-video',
      { prompt: 'x', duration: '10', aspect_ratio: '9:16', resolution: '2160p', generate_audio: false, fps: '25' },
    ],
    [
      'bytedance/seedance-2.5/text-to-video',
      { prompt: 'x', duration: '30', aspect_ratio: '21:9', resolution: '720p', generate_audio: true, seed: 5 },
    ],
    ['minimax/h3-max/text-to-video', { prompt: 'x', duration: 15, resolution: '768p', aspect_ratio: '4:3' }],
    ['google/gemini-omni-flash/v1.2/text-to-video', { prompt: 'x', duration: '3', aspect_ratio: '9:16', resolution: '4k' }],
  ])('takes a valid %s input', (endpoint, input) => {
    expect(validateFalInput(rules(endpoint), input)).toEqual([]);
  });

  it.each([
    [
      'a negative prompt on Kling O3',
      'fal-ai/kling-video/o3/pro/text-to-video',
      { prompt: 'x', negative_prompt: 'blur' },
      ['negative_prompt'],
    ],
    [
      'aspect_ratio on Kling 3.0 image-to-video',
      'fal-ai/kling-video/v3/pro/image-to-video',
      { prompt: 'x', start_image_url: 'https://e.com/a.png', aspect_ratio: '16:9' },
      ['aspect_ratio'],
    ],
    ['an image-to-video input without its image', 'fal-ai/kling-video/o3/standard/image-to-video', { prompt: 'x' }, ['image_url']],
    ['generate_audio on Wan 2.7 (no switch)', 'fal-ai/wan/v2.7/text-to-video', { prompt: 'x', generate_audio: false }, ['generate_audio']],
    ['LTX 2.3 at 720p', 'fal-ai/ltx-2.3/text-to-video', { prompt: 'x', resolution: '720p' }, ['resolution']],
    ['a MiniMax duration as a string', 'minimax/h3-max/text-to-video', { prompt: 'x', duration: '6' }, ['duration']],
    ['Seedance 2.0 at 16 s', 'bytedance/seedance-2.0/text-to-video', { prompt: 'x', duration: '16' }, ['duration']],
    ['Gemini Omni at 1:1', 'google/gemini-omni-flash/v1.2/text-to-video', { prompt: 'x', aspect_ratio: '1:1' }, ['aspect_ratio']],
  ])('refuses %s, naming the field', (_label, endpoint, input, expected) => {
    expect(fields(validateFalInput(rules(endpoint), input))).toEqual(expected);
  });

  it('serves a silent clip when audio is switched off, and sound where the endpoint has no switch', async () => {
    const { inspectMp4 } = await import('../../../src/media');
    const clipOf = async (endpoint: string, input: Record<string, unknown>) => {
      const { json } = await submit(input, endpoint);
      const app = endpoint.split('/').slice(0, 2).join('/');
      for (let poll = 0; poll < 4; poll++) await call(`/${app}/requests/${json.request_id}/status`);
      const result = await call(`/${app}/requests/${json.request_id}`);
      expect(result.status).toBe(200);
      return inspectMp4(new Uint8Array(await (await fetch(result.json.video.url)).arrayBuffer()));
    };
    expect((await clipOf('fal-ai/ltx-2.3/text-to-video', { prompt: 'x', generate_audio: false })).audio).toBeNull();
    expect((await clipOf('fal-ai/wan/v2.7/text-to-video', { prompt: 'x' })).audio).toMatchObject({ codec: 'mp4a' });
  });
});
