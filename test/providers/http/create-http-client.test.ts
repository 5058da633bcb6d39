import { afterEach, describe, expect, it } from 'vitest';
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

/** Resolves once `condition` holds; polls on the event loop, no timing assumptions. */
async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
