import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../../src/platform/node/node-fetch';
import { createHttpClient, toProviderError } from '../../../src/providers/http';
import { ProviderApiError } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Records every wait the client asks for instead of sleeping. */
function recordingDelay() {
  const waitsMs: number[] = [];
  const delay = async (delayMs: number) => {
    waitsMs.push(delayMs);
  };
  return { waitsMs, delay };
}

describe('createHttpClient', () => {
  it('retries a GET on 503, waiting what Retry-After says', async () => {
    server = await startLocalHttpServer((_req, res, call) => {
      if (call === 1) res.writeHead(503, { 'retry-after': '3' }).end('busy');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const { waitsMs, delay } = recordingDelay();
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 5_000, delay });

    await expect(client.get('thing').json()).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(waitsMs).toEqual([3_000]);
  });

  it('prefers retry-after-ms, which ky itself ignores', async () => {
    server = await startLocalHttpServer((_req, res, call) => {
      if (call === 1) res.writeHead(429, { 'retry-after-ms': '250', 'retry-after': '9' }).end();
      else res.writeHead(200).end('done');
    });
    const { waitsMs, delay } = recordingDelay();
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 5_000, delay });

    await expect(client.get('thing').text()).resolves.toBe('done');
    expect(waitsMs).toEqual([250]);
  });

  it('backs off exponentially without a hint and gives up after the retry limit', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(502).end('bad gateway');
    });
    const { waitsMs, delay } = recordingDelay();
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 5_000, delay, random: () => 0, retryLimit: 2 });

    await expect(client.get('thing')).rejects.toMatchObject({ name: 'HTTPError' });
    expect(server.requests).toHaveLength(3);
    expect(waitsMs).toEqual([500, 1_000]);
  });

  it('never retries a POST, even on 503', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(503, { 'retry-after': '1' }).end();
    });
    const { waitsMs, delay } = recordingDelay();
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 5_000, delay });

    const error = await client
      .post('jobs', { json: { a: 1 } })
      .catch((caught: unknown) => toProviderError(caught, { provider: 'test', providerName: 'Test' }));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'server', status: 503, retryAfterSeconds: 1 });
    expect(server.requests).toHaveLength(1);
    expect(waitsMs).toEqual([]);
  });

  it('does not wait out a Retry-After beyond the maximum: the error surfaces with the hint', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' }).end();
    });
    const { waitsMs, delay } = recordingDelay();
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 5_000, delay, maxRetryAfterMs: 60_000 });

    const error = await client.get('thing').catch((caught: unknown) => toProviderError(caught, { provider: 'test', providerName: 'Test' }));
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 3600 });
    expect(server.requests).toHaveLength(1);
    expect(waitsMs).toEqual([]);
  });

  it('sends the headers computed for each attempt', async () => {
    server = await startLocalHttpServer((_req, res, call) => {
      if (call === 1) res.writeHead(500).end();
      else res.writeHead(200).end();
    });
    let attempt = 0;
    const { delay } = recordingDelay();
    const client = createHttpClient({
      prefixUrl: server.url,
      timeoutMs: 5_000,
      delay,
      headers: async () => ({ authorization: `Bearer token-${++attempt}` }),
    });

    await client.get('thing');
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('aborts a request the server never answers, rejecting with the abort reason', async () => {
    server = await startLocalHttpServer(() => {
      // Never answer.
    });
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 60_000 });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const pending = client.get('slow', { signal: controller.signal });
    await waitUntil(() => server!.requests.length === 1);
    controller.abort(reason);

    const error = await pending.catch((caught: unknown) =>
      toProviderError(caught, { provider: 'test', providerName: 'Test', signal: controller.signal }),
    );
    expect(error).toBe(reason);
  });

  it('aborts while waiting to retry', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(503, { 'retry-after': '30' }).end();
    });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    // Real abortable delay: a 30 s wait that must end when the signal aborts.
    const client = createHttpClient({ prefixUrl: server.url, timeoutMs: 5_000 });
    const pending = client.get('thing', { signal: controller.signal });
    await waitUntil(() => server!.requests.length === 1);
    controller.abort(reason);

    await expect(pending).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it('maps a refused connection to a network ProviderApiError', async () => {
    const closed = await startLocalHttpServer(() => {});
    const url = closed.url;
    await closed.close();
    const { delay } = recordingDelay();
    const client = createHttpClient({ prefixUrl: url, timeoutMs: 5_000, delay });

    const error = await client.get('thing').catch((caught: unknown) => toProviderError(caught, { provider: 'test', providerName: 'Test' }));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'network', isRetryable: true });
    expect((error as Error).message).toMatch(/Could not reach Test/);
  });
});

describe('an answer that is there but cannot be used', () => {
  /** A raw TCP server writing `reply` to every request: headers no HTTP library would send. */
  async function rawServer(reply: (path: string) => string): Promise<{ url: string; close: () => Promise<void> }> {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.once('data', (data) => socket.end(reply(/^GET (\S+)/.exec(data.toString('latin1'))?.[1] ?? '/')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => {
        for (const socket of sockets) socket.destroy();
        return new Promise((resolve) => server.close(() => resolve()));
      },
    };
  }

  it('says what was wrong with it (conflicting lengths, a redirect loop), not "could not reach"', async () => {
    const raw = await rawServer((path) =>
      path === '/loop'
        ? 'HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n'
        : 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n0123456789',
    );
    try {
      const client = createHttpClient({ prefixUrl: raw.url, timeoutMs: 5_000, fetch: createNodeFetch(), delay: async () => {} });
      for (const [path, reason] of [
        ['clip.mp4', /not valid HTTP\/1\.1/],
        ['loop', /redirect count exceeded/],
      ] as const) {
        const error = await client
          .get(path)
          .catch((caught: unknown) => toProviderError(caught, { provider: 'test', providerName: 'Test' }));
        expect(error).toBeInstanceOf(ProviderApiError);
        expect((error as Error).message).toMatch(/^Test answered, but not in a form that can be used \(/);
        expect((error as Error).message).toMatch(reason);
        expect((error as ProviderApiError).localized).toMatchObject({ id: 'errors.providerAnswerUnusable' });
      }
    } finally {
      await raw.close();
    }
  });
});

/** Resolves once `condition` holds; polls on the event loop, no timing assumptions. */
async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
