import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { routeEmulatorRequest } from '../../src/emulators/emulator-router';
import { matchRoute, routeTable, type EmulatorRoute } from '../../src/emulators/emulator-routes';
import { DEMO_FAL_KEY } from '../../src/emulators/fal';
import { DEMO_GEMINI_API_KEY } from '../../src/emulators/google';
import { mountEmulators } from '../../src/emulators/mount-emulators';
import { DEMO_OPENAI_API_KEY } from '../../src/emulators/openai';
import { startLocalHttpServer, type LocalHttpServer } from '../support/local-http-server';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../assets/demo-clip.mp4')));

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const noop = () => undefined;
const routes: EmulatorRoute[] = [
  { methods: ['POST'], pattern: /^\/v1\/tasks$/, handle: noop },
  { methods: ['GET'], pattern: /^\/v1\/tasks\/([^/]+)$/, handle: noop },
  { methods: ['DELETE'], pattern: /^\/v1\/tasks\/([^/]+)$/, handle: noop },
];

describe('matchRoute', () => {
  it('finds the line for the method and path, with decoded parameters', () => {
    const match = matchRoute(routes, 'DELETE', '/v1/tasks/a%2Fb');
    expect(match).toMatchObject({ kind: 'found', route: routes[2], params: ['a/b'] });
  });

  it('leaves a path unknown when only a catch-all line knows it under another method', () => {
    const withCatchAll: EmulatorRoute[] = [...routes, { methods: ['POST'], pattern: /^\/(.+)$/, fallback: true, handle: noop }];
    expect(matchRoute(withCatchAll, 'GET', '/any/endpoint')).toEqual({ kind: 'unknown' });
    expect(matchRoute(withCatchAll, 'POST', '/any/endpoint')).toMatchObject({ kind: 'found', params: ['any/endpoint'] });
    // A real line still makes it a wrong method.
    expect(matchRoute(withCatchAll, 'PUT', '/v1/tasks/t1')).toEqual({ kind: 'wrong-method', allowed: ['GET', 'DELETE'] });
  });

  it('tells a wrong method (with what is allowed) from an unknown path', () => {
    expect(matchRoute(routes, 'PUT', '/v1/tasks/t1')).toEqual({ kind: 'wrong-method', allowed: ['GET', 'DELETE'] });
    expect(matchRoute(routes, 'GET', '/v1/nothing')).toEqual({ kind: 'unknown' });
  });
});

describe('a route table behind a mount', () => {
  it("answers an unknown path 404 and a wrong method 405 with Allow, both in the vendor's shape", async () => {
    const handle = routeTable(routes, { errorBody: (status, detail) => ({ vendorError: { status, detail } }) });
    const mount = { name: 'acme', prefix: '/acme', handle, errorBody: (status: number) => ({ vendorError: { status } }) };
    server = await startLocalHttpServer((req, res) => {
      void routeEmulatorRequest([mount], req, res).then((handled) => {
        if (!handled) res.writeHead(418).end();
      });
    });

    const unknown = await fetch(`${server.url}/acme/v2/whatever`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ vendorError: { status: 404 } });

    const wrongMethod = await fetch(`${server.url}/acme/v1/tasks`, { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toEqual({ vendorError: { status: 405, detail: 'Method GET is not allowed on /v1/tasks.' } });

    // Outside every mount the host decides.
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(418);
  });

  it.each([
    ['kling', '/kling/v1/videos/text2video', { code: 1202, data: null }],
    ['byteplus', '/byteplus/contents/generations/tasks', { error: { code: 'InvalidParameter' } }],
    ['runway', '/runway/v1/text_to_video', { error: expect.any(String) }],
  ])('%s: a wrong method is 405 in its own envelope, an unknown path 404', async (_name, path, shape) => {
    const emulators = mountEmulators({ videoBytes: DEMO_CLIP });
    server = await startLocalHttpServer((req, res) => void emulators.handle(req, res));
    const prefix = path.split('/').slice(0, 2).join('/');

    const wrongMethod = await fetch(`${server.url}${path}`, { method: 'PUT' });
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toMatchObject(shape);

    const unknown = await fetch(`${server.url}${prefix}/no/such/path`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toBeTypeOf('object');
  });

  it('runs its before hook ahead of the method check, and lets the vendor answer a wrong method itself', async () => {
    const seen: string[] = [];
    const handle = routeTable(routes, {
      before: ({ req, res }, route) => {
        seen.push(`${req.method} ${route == null ? 'no line' : 'a line'}`);
        if (req.headers.authorization === 'ok') return false;
        res.writeHead(401).end();
        return true;
      },
      answerWrongMethod: ({ res }, allowed) => void res.writeHead(405, { allow: allowed.join(', ') }).end('nope'),
    });
    server = await startLocalHttpServer((req, res) => void handle(req, res, req.url ?? '/'));

    expect((await fetch(`${server.url}/v1/tasks`, { method: 'PUT' })).status).toBe(401);
    const wrongMethod = await fetch(`${server.url}/v1/tasks`, { method: 'PUT', headers: { authorization: 'ok' } });
    expect([wrongMethod.status, wrongMethod.headers.get('allow'), await wrongMethod.text()]).toEqual([405, 'POST', 'nope']);
    expect(seen).toEqual(['PUT no line', 'PUT no line']);
  });
});

describe('the route tables of the OpenAI, Google, fal and ComfyUI emulators', () => {
  const start = async () => {
    const emulators = mountEmulators({ videoBytes: DEMO_CLIP });
    server = await startLocalHttpServer((req, res) => void emulators.handle(req, res));
    return server.url;
  };

  it('openai: authentication first, then 405 with Allow in its error envelope; an unknown path 404', async () => {
    const url = await start();
    const auth = { authorization: `Bearer ${DEMO_OPENAI_API_KEY}` };

    expect((await fetch(`${url}/openai/models`, { method: 'PUT' })).status).toBe(401);
    const wrongMethod = await fetch(`${url}/openai/models`, { method: 'PUT', headers: auth });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect(await wrongMethod.json()).toMatchObject({
      error: { message: 'Invalid method for URL (PUT /v1/models)', type: 'invalid_request_error' },
    });

    // The shut-down Videos API answers every method 404, as OpenAI does for a route it no longer serves.
    const shutDown = await fetch(`${url}/openai/videos`, { method: 'PUT', headers: auth });
    expect(shutDown.status).toBe(404);
    expect(await shutDown.json()).toMatchObject({ error: { message: 'Invalid URL (PUT /v1/videos)' } });

    const unknown = await fetch(`${url}/openai/no/such/path`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { message: expect.any(String) } });
  });

  it("google: credentials first, then a wrong method is Google's 404 'Method not found.' (no Allow); an unknown path 404", async () => {
    const url = await start();
    const create = `${url}/google/v1beta/models/veo-3.1-generate-preview:predictLongRunning`;

    expect((await fetch(create)).status).toBe(403);
    const wrongMethod = await fetch(create, { headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY } });
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.headers.get('allow')).toBeNull();
    expect(await wrongMethod.json()).toEqual({ error: { code: 404, message: 'Method not found.', status: 'NOT_FOUND' } });

    const unknown = await fetch(`${url}/google/v1beta/no/such/path`, { headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });

  it('fal: Key auth first, then 405 with Allow as {detail}; a GET on an endpoint id (submit takes only POST) is 404', async () => {
    const url = await start();
    const status = `${url}/fal/fal-ai/veo3/requests/r1/status`;

    expect((await fetch(status, { method: 'PUT' })).status).toBe(401);
    const wrongMethod = await fetch(status, { method: 'PUT', headers: { authorization: `Key ${DEMO_FAL_KEY}` } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect(await wrongMethod.json()).toEqual({ detail: 'Method Not Allowed' });

    const unknown = await fetch(`${url}/fal/fal-ai/veo3`, { headers: { authorization: `Key ${DEMO_FAL_KEY}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toBeTypeOf('object');
  });

  it("comfyui: a wrong method is aiohttp's plain-text 405 with Allow, also under /api; an unknown path 404", async () => {
    const url = await start();

    for (const path of ['/comfyui/prompt', '/comfyui/api/prompt']) {
      const wrongMethod = await fetch(`${url}${path}`, { method: 'PUT' });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('content-type')).toBe('text/plain');
      expect(wrongMethod.headers.get('allow')).toBe('POST, GET');
      expect(await wrongMethod.text()).toBe('405: Method Not Allowed');
    }

    const unknown = await fetch(`${url}/comfyui/no/such/path`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { type: expect.any(String) } });
  });
});
