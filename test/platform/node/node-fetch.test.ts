import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import ky from 'ky';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendBytes } from '../../../src/emulators/emulator-http';
import { nodeFetch } from '../../../src/platform/node/node-fetch';

const FILE = Uint8Array.from({ length: 300_000 }, (_, index) => index % 251);
const BIG = Uint8Array.from({ length: 12 * 1024 * 1024 + 7 }, (_, index) => (index * 7) % 253);
let server: Server;
let base: string;
const seen: { method?: string; headers?: IncomingMessage['headers']; body?: string } = {};

function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
  const url = new URL(req.url!, 'http://x');
  Object.assign(seen, { method: req.method, headers: req.headers, body });
  if (url.pathname === '/file') return void sendBytes(req, res, FILE, 'video/mp4');
  if (url.pathname === '/big') return void sendBytes(req, res, BIG, 'video/mp4');
  if (url.pathname === '/echo')
    return void res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization ?? null, headers: req.headers }));
  if (url.pathname === '/gzip') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('hello gzip'));
  if (url.pathname === '/redirect')
    return void res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: url.searchParams.get('to') ?? '/echo' }).end();
  if (url.pathname === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (url.pathname === '/missing') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such file');
  if (url.pathname === '/empty') return void res.writeHead(204).end();
  if (url.pathname === '/silent') return; // never answers
  if (url.pathname === '/chunked') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' }); // no length: node:http sends it chunked
    res.write(FILE.subarray(0, 1000));
    setTimeout(() => res.end(FILE.subarray(1000)), 5);
    return;
  }
  if (url.pathname === '/hang') return void res.writeHead(200, { 'content-length': '1000' }).write('partial');
  if (url.pathname === '/drop') {
    res.writeHead(200, { 'content-length': '1000' }).write('partial', () => setTimeout(() => res.destroy(), 10));
    return;
  }
  res.writeHead(500).end();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part)).on('end', () => handle(req, res, Buffer.concat(parts).toString()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Byte equality without a deep-equality walk over every element (slow for 300 KB). */
function sameBytes(actual: ArrayBuffer, expected: Uint8Array): boolean {
  return Buffer.from(actual).equals(Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength));
}

/** A server writing `reply` as raw bytes and closing, for what node:http servers never send (1xx, close-delimited bodies). */
async function rawServer(reply: Uint8Array): Promise<{ url: string; close: () => Promise<void> }> {
  const raw = createNetServer((socket) => {
    socket.once('data', () => socket.end(reply));
    socket.on('error', () => undefined); // the client may close first; nothing to do
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => raw.close(() => resolve())),
  };
}

describe('nodeFetch', () => {
  it('GETs a body byte for byte, with headers and status', async () => {
    const response = await nodeFetch(`${base}/file`);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-length')).toBe(String(FILE.length));
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(FILE);
  });

  it('sends a Range and gets the 206 slice', async () => {
    const response = await nodeFetch(`${base}/file`, { headers: { range: 'bytes=1000-' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 1000-${FILE.length - 1}/${FILE.length}`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(FILE.subarray(1000));
  });

  it('POSTs a body with its headers, given a Request as ky passes it', async () => {
    const response = await nodeFetch(
      new Request(`${base}/echo`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json', 'x-key': 'k1' } }),
    );
    expect(await response.json()).toMatchObject({ method: 'POST', body: '{"a":1}', auth: null });
    expect(seen.headers?.['x-key']).toBe('k1');
    expect(seen.headers?.['content-type']).toBe('application/json');
  });

  it('returns error statuses as responses, not rejections', async () => {
    const response = await nodeFetch(`${base}/missing`);
    expect(response.status).toBe(404);
    expect(response.ok).toBe(false);
    expect(await response.text()).toBe('no such file');
    expect((await nodeFetch(`${base}/empty`)).body).toBeNull();
  });

  it('decodes gzip like fetch', async () => {
    expect(await (await nodeFetch(`${base}/gzip`)).text()).toBe('hello gzip');
  });

  it('follows redirects: 302 and 303 turn a POST into a GET, 307 keeps it', async () => {
    const viaRedirect = await nodeFetch(`${base}/redirect?status=302`);
    expect(viaRedirect.redirected).toBe(true);
    expect(viaRedirect.url).toBe(`${base}/echo`);
    expect(await (await nodeFetch(`${base}/redirect?status=303`, { method: 'POST', body: 'x' })).json()).toMatchObject({
      method: 'GET',
      body: '',
    });
    expect(await (await nodeFetch(`${base}/redirect?status=307`, { method: 'POST', body: 'x' })).json()).toMatchObject({
      method: 'POST',
      body: 'x',
    });
    expect((await nodeFetch(`${base}/redirect`, { redirect: 'manual' })).status).toBe(302);
  });

  it('drops Authorization on a redirect to another origin, keeps it on the same origin', async () => {
    const sameOrigin = await nodeFetch(`${base}/redirect`, { headers: { authorization: 'Bearer secret' } });
    expect((await sameOrigin.json()).auth).toBe('Bearer secret');
    const otherOrigin = base.replace('127.0.0.1', 'localhost');
    const crossOrigin = await nodeFetch(`${base}/redirect?to=${encodeURIComponent(`${otherOrigin}/echo`)}`, {
      headers: { authorization: 'Bearer secret' },
    });
    expect((await crossOrigin.json()).auth).toBeNull();
  });

  it("drops every credential header on a redirect to another origin (Google's x-goog-api-key, api keys, cookies), keeps the range", async () => {
    const otherOrigin = base.replace('127.0.0.1', 'localhost');
    const credentials = { 'x-goog-api-key': 'k1', 'x-api-key': 'k2', 'api-key': 'k3', cookie: 'session=1', 'x-custom-token': 'k4' };
    const crossOrigin = await nodeFetch(`${base}/redirect?to=${encodeURIComponent(`${otherOrigin}/echo`)}`, {
      headers: { ...credentials, range: 'bytes=10-', 'if-range': '"v1"', accept: 'video/mp4' },
    });
    const sent = (await crossOrigin.json()).headers as Record<string, string>;
    for (const name of Object.keys(credentials)) expect(sent[name], name).toBeUndefined();
    expect(sent).toMatchObject({ range: 'bytes=10-', 'if-range': '"v1"', accept: 'video/mp4' });
    // On the same origin they all go: the API answered its own redirect.
    const sameOrigin = (await (await nodeFetch(`${base}/redirect`, { headers: credentials })).json()).headers as Record<string, string>;
    expect(sameOrigin).toMatchObject(credentials);
  });

  it('gives up on a redirect loop with a TypeError', async () => {
    await expect(nodeFetch(`${base}/loop`)).rejects.toThrow(TypeError);
  });

  it('fails with TypeError("fetch failed") and the socket error as cause when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await nodeFetch(`http://127.0.0.1:${port}/`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect(((error as TypeError).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('rejects with the abort reason before the request and errors the body when aborted mid-body', async () => {
    const reason = new Error('stop');
    await expect(nodeFetch(`${base}/echo`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);

    const controller = new AbortController();
    const response = await nodeFetch(`${base}/hang`, { signal: controller.signal });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('partial');
    const pending = reader.read();
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('errors the body when the connection drops before Content-Length bytes', async () => {
    const response = await nodeFetch(`${base}/drop`);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('lets the reader cancel the body (as the stall timer does)', async () => {
    const response = await nodeFetch(`${base}/hang`);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it('GETs a chunked body, a body ended by the close, and skips an interim 103', async () => {
    expect(sameBytes(await (await nodeFetch(`${base}/chunked`)).arrayBuffer(), FILE)).toBe(true);
    const head = new TextEncoder().encode('HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nX-Kind: raw\r\n\r\n');
    const raw = await rawServer(new Uint8Array([...head, ...FILE.subarray(0, 70_000)]));
    try {
      const response = await nodeFetch(raw.url);
      expect(response.headers.get('x-kind')).toBe('raw');
      expect(sameBytes(await response.arrayBuffer(), FILE.subarray(0, 70_000))).toBe(true);
    } finally {
      await raw.close();
    }
  });

  it('hands a slow reader every byte of a large body in order, in chunks no larger than a few MiB', async () => {
    const response = await nodeFetch(`${base}/big`);
    const reader = response.body!.getReader();
    let received = 0;
    let largestChunk = 0;
    let mismatches = 0;
    for (let chunkIndex = 0; ; chunkIndex++) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let index = 0; index < value.length; index += 997) if (value[index] !== BIG[received + index]) mismatches += 1;
      received += value.length;
      largestChunk = Math.max(largestChunk, value.length);
      if (chunkIndex % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 2)); // the consumer falls behind now and then
    }
    expect(received).toBe(BIG.length);
    expect(mismatches).toBe(0);
    expect(largestChunk).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('errors the body when a server answers with something that is not HTTP/1.1', async () => {
    const raw = await rawServer(new TextEncoder().encode('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!'));
    try {
      const error = await nodeFetch(raw.url).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TypeError);
      expect(String((error as TypeError).cause)).toMatch(/not valid HTTP\/1\.1/);
    } finally {
      await raw.close();
    }
  });

  it('works under ky: JSON, HTTPError, timeout', async () => {
    const client = ky.create({ fetch: nodeFetch, prefixUrl: base, retry: 0, timeout: 200 });
    expect(await client.post('echo', { json: { b: 2 } }).json()).toMatchObject({ method: 'POST', body: '{"b":2}' });
    await expect(client.get('missing')).rejects.toMatchObject({ name: 'HTTPError' });
    await expect(client.get('silent')).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
