import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { routeEmulatorRequest } from '../../src/emulators/emulator-router';
import { matchRoute, routeTable, type EmulatorRoute } from '../../src/emulators/emulator-routes';
import { mountEmulators } from '../../src/emulators/mount-emulators';
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
});
