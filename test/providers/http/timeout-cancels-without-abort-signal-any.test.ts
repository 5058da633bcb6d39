import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';

// UXP documents no AbortSignal.any. ky decides at import time whether to create the abort
// controller its timeout uses (core/constants.js `supportsAbortSignal`), so it must be gone
// before ky loads: vi.hoisted runs before the imports below.
const removed = vi.hoisted(() => {
  const original = AbortSignal.any;
  delete (AbortSignal as { any?: unknown }).any;
  return original;
});

import ky from 'ky';
import { createHttpClient, toProviderError } from '../../../src/providers/http';
import { anyAbortSignal } from '../../../src/providers/http/any-abort-signal';
import type { FetchFunction } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that never answers and records when each request's connection closes. */
async function silentServer() {
  const closed: IncomingMessage[] = [];
  const received: IncomingMessage[] = [];
  server = await startLocalHttpServer((req) => {
    received.push(req);
    req.socket.on('close', () => closed.push(req));
  });
  return { closed, received };
}

/** Node's fetch, recording the signal each call was given (its own, or the Request's). */
function recordingFetch() {
  const signals: AbortSignal[] = [];
  const fetch: FetchFunction = (input, init) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal != null) signals.push(signal);
    return globalThis.fetch(input, init);
  };
  return { fetch, signals };
}

describe('per-phase timeouts without AbortSignal.any (as in UXP)', () => {
  it('runs where ky alone would leave a timed-out fetch running (the UXP case)', async () => {
    expect(removed).toBeTypeOf('function'); // Node has it; this file removed it
    expect(AbortSignal.any).toBeUndefined();
    await silentServer();
    const { fetch, signals } = recordingFetch();
    await expect(ky.get(`${server!.url}/slow`, { timeout: 100, retry: 0, fetch })).rejects.toMatchObject({ name: 'TimeoutError' });
    // ky rejected, but the request it sent was never told to stop.
    expect(signals[0]!.aborted).toBe(false);
  });

  it('a timeout aborts the fetch itself: the server sees the connection closed', async () => {
    const { closed, received } = await silentServer();
    const { fetch, signals } = recordingFetch();
    const client = createHttpClient({ prefixUrl: server!.url, timeoutMs: 150, fetch, retryLimit: 0 });

    const error = await client.get('slow').catch((caught: unknown) => toProviderError(caught, { provider: 'test', providerName: 'Test' }));

    expect(error).toMatchObject({ name: 'ProviderApiError', kind: 'network' });
    expect((error as Error).message).toMatch(/Test did not answer in time \(GET \/slow\)/);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
    await waitUntil(() => closed.length === 1);
    expect(received).toHaveLength(1);
  });

  it('a per-request timeout (a create) cancels the same way', async () => {
    const { closed } = await silentServer();
    const { fetch, signals } = recordingFetch();
    const client = createHttpClient({ prefixUrl: server!.url, timeoutMs: 60_000, fetch });

    const error = await client.post('jobs', { json: { a: 1 }, timeout: 150 }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(signals[0]!.aborted).toBe(true);
    await waitUntil(() => closed.length === 1);
  });

  it('a user cancel aborts the fetch and rejects with the cancel reason', async () => {
    const { closed, received } = await silentServer();
    const { fetch, signals } = recordingFetch();
    const client = createHttpClient({ prefixUrl: server!.url, timeoutMs: 60_000, fetch });
    const controller = new AbortController();
    const reason = new Error('user cancelled');

    const pending = client
      .get('slow', { signal: controller.signal })
      .catch((caught: unknown) => toProviderError(caught, { provider: 'test', providerName: 'Test', signal: controller.signal }));
    await waitUntil(() => received.length === 1);
    controller.abort(reason);

    await expect(pending).resolves.toBe(reason);
    expect(signals[0]!.aborted).toBe(true);
    await waitUntil(() => closed.length === 1);
  });
});

describe('anyAbortSignal without AbortSignal.any', () => {
  it('aborts with the reason of the first source to abort, and then lets go of the others', () => {
    const first = new AbortController();
    const second = new AbortController();
    const linked = anyAbortSignal([first.signal, undefined, second.signal]);
    expect(linked.signal.aborted).toBe(false);
    second.abort('second');
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe('second');
    first.abort('first');
    expect(linked.signal.reason).toBe('second');
  });

  it('is aborted at once when a source already is', () => {
    const done = new AbortController();
    done.abort('early');
    expect(anyAbortSignal([new AbortController().signal, done.signal]).signal.reason).toBe('early');
  });

  it('stops following its sources after dispose', () => {
    const source = new AbortController();
    const linked = anyAbortSignal([source.signal]);
    linked.dispose();
    source.abort('late');
    expect(linked.signal.aborted).toBe(false);
  });

  it('uses the runtime AbortSignal.any when there is one', () => {
    const source = new AbortController();
    const seen: AbortSignal[][] = [];
    const native = new AbortController();
    const linked = anyAbortSignal([source.signal], { any: (signals: AbortSignal[]) => (seen.push(signals), native.signal) });
    expect(linked.signal).toBe(native.signal);
    expect(seen).toEqual([[source.signal]]);
  });
});

/** Resolves once `condition` holds; polls on the event loop, no timing assumptions. */
async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
