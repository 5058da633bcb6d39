import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { mountEmulators } from '../../../src/emulators/mount-emulators';
import { inspectMp4 } from '../../../src/media';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));
const ACCESS_KEY = 'emulator-ak';
const SECRET_KEY = 'emulator-sk';

/** A JWT built independently of src/ (node:crypto), with any claims. */
function jwt(claims: Record<string, unknown>, secret = SECRET_KEY, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const validToken = () => jwt({ iss: ACCESS_KEY, exp: nowSeconds() + 1800, nbf: nowSeconds() - 5 });

let server: EmulatorServer;
let api: string;

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    videoBytes: DEMO_CLIP,
    kling: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, processingPolls: 2 },
  });
  api = `${server.url}/kling/v1/videos/text2video`;
});
afterAll(() => server.close());

async function call(path: string, init: { method?: string; body?: unknown; token?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = init.token === undefined ? validToken() : init.token;
  if (token != null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${api}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  return { status: response.status, json: (await response.json()) as { code: number; message: string; request_id: string; data: any } };
}

const validBody = (overrides: Record<string, unknown> = {}) => ({
  model_name: 'kling-v2-6',
  prompt: 'a red kite over hills',
  duration: '5',
  // Kling 2.6 makes sound in pro mode only (research/providers.md update item 3).
  mode: 'pro',
  aspect_ratio: '16:9',
  sound: 'on',
  ...overrides,
});

describe('Kling emulator: authentication', () => {
  it.each([
    ['no Authorization header', null, 1001],
    ['a token that is not a JWT', 'not-a-jwt', 1002],
    ['a token signed with another secret', jwt({ iss: ACCESS_KEY, exp: nowSeconds() + 1800, nbf: nowSeconds() - 5 }, 'wrong-secret'), 1002],
    ['an HS512-labelled token', jwt({ iss: ACCESS_KEY, exp: nowSeconds() + 1800 }, SECRET_KEY, { alg: 'HS512' }), 1002],
    ['an unknown access key', jwt({ iss: 'someone-else', exp: nowSeconds() + 1800, nbf: nowSeconds() - 5 }), 1000],
    ['a token not valid yet', jwt({ iss: ACCESS_KEY, exp: nowSeconds() + 3600, nbf: nowSeconds() + 600 }), 1003],
    ['an expired token', jwt({ iss: ACCESS_KEY, exp: nowSeconds() - 1, nbf: nowSeconds() - 1805 }), 1004],
  ])('refuses %s with 401 and code %i', async (_label, token, code) => {
    const { status, json } = await call('', { body: validBody(), token });
    expect(status).toBe(401);
    expect(json).toMatchObject({ code, data: null });
    expect(json.request_id).toEqual(expect.any(String));
  });
});

describe('Kling emulator: create', () => {
  it('answers with the documented envelope and a submitted task', async () => {
    const { status, json } = await call('', { body: validBody({ external_task_id: 'create-envelope' }) });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      code: 0,
      message: 'SUCCEED',
      data: { task_id: expect.any(String), task_status: 'submitted', task_info: { external_task_id: 'create-envelope' } },
    });
    expect(json.data.created_at).toEqual(expect.any(Number));
  });

  it.each([
    ['duration as a number', { duration: 5 }, 400, 1201, /duration must be a string/],
    ['an unsupported duration', { duration: '7' }, 400, 1201, /one of 5, 10/],
    ['a missing prompt', { prompt: undefined }, 400, 1201, /prompt is required/],
    ['an unknown aspect ratio', { aspect_ratio: '4:3' }, 400, 1201, /aspect_ratio/],
    ['sound on a model without audio', { model_name: 'kling-v2-5-turbo', sound: 'on' }, 400, 1201, /sound is not supported/],
    [
      'sound in std mode on Kling 2.6 (pro only)',
      { mode: 'std', sound: 'on' },
      400,
      1201,
      /sound is only supported in pro mode for kling-v2-6/,
    ],
    ['an unknown model', { model_name: 'kling-v9' }, 404, 1203, /does not exist/],
  ])('refuses %s', async (_label, overrides, httpStatus, code, message) => {
    const before = server.kling.tasks.size;
    const { status, json } = await call('', { body: validBody(overrides) });
    expect(status).toBe(httpStatus);
    expect(json.code).toBe(code);
    expect(json.message).toMatch(message);
    expect(server.kling.tasks.size).toBe(before);
  });

  it('accepts Kling 2.6 in std mode when silent, and Kling 3.0 std with sound', async () => {
    expect((await call('', { body: validBody({ mode: 'std', sound: 'off' }) })).json.code).toBe(0);
    expect((await call('', { body: validBody({ model_name: 'kling-v3', mode: 'std', sound: 'on' }) })).json.code).toBe(0);
  });

  it('accepts 3 to 15 seconds on kling-v3', async () => {
    expect((await call('', { body: validBody({ model_name: 'kling-v3', duration: '13' }) })).json.code).toBe(0);
  });

  it('refuses malformed JSON with 1200', async () => {
    const { status, json } = await call('', { body: '{"prompt":' });
    expect(status).toBe(400);
    expect(json.code).toBe(1200);
  });

  it('refuses a second create with the same external_task_id', async () => {
    expect((await call('', { body: validBody({ external_task_id: 'dup-1' }) })).json.code).toBe(0);
    const { status, json } = await call('', { body: validBody({ external_task_id: 'dup-1' }) });
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 1201, message: expect.stringMatching(/duplicate external_task_id/) });
  });
});

describe('Kling emulator: query, list and files', () => {
  it('moves a task submitted → processing → processing → succeed and serves its file', async () => {
    const created = (await call('', { body: validBody() })).json.data;
    const fileUrl = `${server.url}/kling/files/${created.task_id}.mp4`;
    expect((await fetch(fileUrl)).status).toBe(404); // not before it succeeded

    const statuses: string[] = [created.task_status];
    let last: any;
    for (let poll = 0; poll < 3; poll++) {
      last = (await call(`/${created.task_id}`)).json.data;
      statuses.push(last.task_status);
    }
    expect(statuses).toEqual(['submitted', 'processing', 'processing', 'succeed']);
    expect(last.task_result.videos).toEqual([{ id: expect.any(String), url: fileUrl, duration: '5' }]);

    // Files are public, like Kling's CDN links: no Authorization.
    const file = await fetch(fileUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-length')).toBe(String(DEMO_CLIP.length));
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    const head = await fetch(fileUrl, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(DEMO_CLIP.length));
  });

  it('serves a 10 s task the demo clip played twice, and reports the served file\u2019s real length', async () => {
    const created = (await call('', { body: validBody({ duration: '10' }) })).json.data;
    let last: any;
    for (let poll = 0; poll < 3; poll++) last = (await call(`/${created.task_id}`)).json.data;
    expect(last.task_status).toBe('succeed');
    expect(last.task_result.videos[0].duration).toBe('10');
    const served = new Uint8Array(await (await fetch(last.task_result.videos[0].url)).arrayBuffer());
    expect(inspectMp4(served).durationSeconds).toBe(10);
    expect(inspectMp4(served).audio).not.toBeNull();
  });

  it('finds a task by its external_task_id', async () => {
    const created = (await call('', { body: validBody({ external_task_id: 'lookup-me' }) })).json.data;
    const { json } = await call('/lookup-me');
    expect(json.data).toMatchObject({ task_id: created.task_id, task_info: { external_task_id: 'lookup-me' } });
  });

  it('fails a "[moderate]" prompt with a risk-control message', async () => {
    const created = (await call('', { body: validBody({ prompt: 'bad idea [moderate]' }) })).json.data;
    const { json } = await call(`/${created.task_id}`);
    expect(json.data).toMatchObject({ task_status: 'failed', task_status_msg: expect.stringMatching(/risk control.*1301/) });
    expect(json.data).not.toHaveProperty('task_result');
  });

  it('answers an unknown task with 404 and code 1203', async () => {
    const { status, json } = await call('/nope');
    expect(status).toBe(404);
    expect(json.code).toBe(1203);
  });

  it('lists tasks newest first, paged by pageNum and pageSize', async () => {
    const all = (await call('?pageNum=1&pageSize=500')).json.data as Array<{ task_id: string; created_at: number }>;
    expect(all.length).toBe(server.kling.tasks.size);
    const createdAt = all.map((task) => task.created_at);
    expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));

    const second = (await call('?pageNum=2&pageSize=2')).json.data as Array<{ task_id: string }>;
    expect(second.map((task) => task.task_id)).toEqual(all.slice(2, 4).map((task) => task.task_id));
    expect((await call('?pageSize=501')).json.code).toBe(1201);
  });
});

describe('Kling emulator: limits and mounting', () => {
  it('refuses a task beyond maxConcurrentTasks with 429 and code 1303', async () => {
    const limited = await startEmulatorServer({
      port: 0,
      videoBytes: DEMO_CLIP,
      kling: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, maxConcurrentTasks: 1, processingPolls: 0 },
    });
    try {
      const post = () =>
        fetch(`${limited.url}/kling/v1/videos/text2video`, {
          method: 'POST',
          headers: { authorization: `Bearer ${validToken()}`, 'content-type': 'application/json' },
          body: JSON.stringify(validBody()),
        });
      const first = (await (await post()).json()) as { data: { task_id: string } };
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 1303 });

      // Once the first finishes, its slot is free again.
      await fetch(`${limited.url}/kling/v1/videos/text2video/${first.data.task_id}`, {
        headers: { authorization: `Bearer ${validToken()}` },
      });
      expect((await post()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('mounts under a base path, with file URLs that include it', async () => {
    const emulators = mountEmulators({
      videoBytes: DEMO_CLIP,
      basePath: '/emulators',
      kling: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, processingPolls: 0 },
    });
    const host = createServer((req, res) => {
      void emulators.handle(req, res).then((handled) => {
        if (!handled) res.writeHead(418).end();
      });
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      const headers = { authorization: `Bearer ${validToken()}`, 'content-type': 'application/json' };
      const created = await (
        await fetch(`${origin}/emulators/kling/v1/videos/text2video`, { method: 'POST', headers, body: JSON.stringify(validBody()) })
      ).json();
      const done = await (await fetch(`${origin}/emulators/kling/v1/videos/text2video/${created.data.task_id}`, { headers })).json();
      const url = done.data.task_result.videos[0].url as string;
      expect(url).toBe(`${origin}/emulators/kling/files/${created.data.task_id}.mp4`);
      expect((await fetch(url)).status).toBe(200);
      // Paths outside every mount are left to the host server; unknown ones inside Kling's get Kling's 404.
      expect((await fetch(`${origin}/kling/v1/videos/text2video`)).status).toBe(418);
      const unknown = await fetch(`${origin}/emulators/kling/unknown`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: expect.any(Number), message: expect.any(String), data: null });
    } finally {
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});
