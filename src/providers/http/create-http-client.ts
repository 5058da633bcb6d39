import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { abortableDelay } from '../../shared/abortable-delay';
import type { FetchFunction } from '../spec';
import { anyAbortSignal } from './any-abort-signal';
import { parseRetryAfterMs } from './parse-retry-after';

export type { FetchFunction };
/** The client createHttpClient makes; vendors name it by this type so only providers/http imports ky. */
export type HttpClient = KyInstance;

export interface HttpClientOptions {
  /** Base URL every relative path is joined to; omit for a client that fetches absolute URLs. */
  readonly prefixUrl?: string;
  /** Headers computed per request (attempt), so a refreshed auth token is picked up on retries. */
  readonly headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** Time to wait for response headers on each attempt. Body streaming is not bounded by it. */
  readonly timeoutMs: number;
  /** Retries after the first attempt, for GET/HEAD only. @default 2 */
  readonly retryLimit?: number;
  /**
   * A Retry-After longer than this is not waited out: the error surfaces instead (with
   * `retryAfterSeconds`) so the workflow decides. @default 60_000
   */
  readonly maxRetryAfterMs?: number;
  /** Injected for tests; waits `delayMs` unless the signal aborts. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
  /** Injected for tests; returns [0, 1). @default Math.random */
  readonly random?: () => number;
  /**
   * Reads a retry wait from an error response's body, for vendors that put it there instead of a
   * header (Google's RetryInfo). Must not consume the body (read a clone). A header still wins.
   * @default none
   */
  readonly retryHintMs?: (response: Response) => Promise<number | undefined>;
}

/** Status codes worth repeating an idempotent request for (transient or throttling). */
const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8_000;

/**
 * The one ky factory. Policy: GET/HEAD are retried on 408/429/5xx and network failures, waiting
 * what `retry-after-ms`/`Retry-After` say or an exponential backoff with jitter; POST (job
 * creation, which costs money) is never retried. Every call honours its AbortSignal.
 *
 * We do the waiting ourselves in `beforeRetry` (ky's own wait is set to 0) because ky 1.x ignores
 * `retry-after-ms` and cannot take an injected delay, which tests need to observe the wait.
 *
 * Timeouts cancel the request, not only the promise: ky (1.14, `core/constants.js`
 * `supportsAbortSignal`) creates its own AbortController — the one its timeout aborts — only when
 * `AbortSignal.any` exists, and UXP documents none; there ky's timeout would reject while the
 * fetch went on holding a connection. So every attempt's fetch also gets a signal of ours that a
 * timer of the same length aborts (with ky's TimeoutError as the reason), linked to the caller's
 * signal without `AbortSignal.any` (see anyAbortSignal).
 */
export function createHttpClient(options: HttpClientOptions): KyInstance {
  const delay = options.delay ?? abortableDelay;
  const random = options.random ?? Math.random;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const hintedWaitMs = async (error: unknown): Promise<number | undefined> => {
    if (!(error instanceof HTTPError)) return undefined;
    return parseRetryAfterMs(error.response.headers) ?? (await options.retryHintMs?.(error.response));
  };
  // Each attempt's deadline, by the Request object ky then hands to fetch. Armed in a hook, i.e.
  // before ky arms its own timer of the same length, so ours fires first and the fetch is aborted
  // before ky's rejection reaches the caller.
  const deadlines = new WeakMap<Request, AttemptDeadline>();
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return ky.create({
    prefixUrl: options.prefixUrl,
    fetch: (input, init) => fetchBeforeDeadline(baseFetch, input, init, input instanceof Request ? deadlines.get(input) : undefined),
    timeout: options.timeoutMs,
    retry: {
      limit: options.retryLimit ?? 2,
      methods: ['get', 'head'],
      statusCodes: RETRY_STATUS_CODES,
      // Empty: ky must not sleep on Retry-After itself; beforeRetry below does.
      afterStatusCodes: [],
      delay: () => 0,
      shouldRetry: async ({ error }) => {
        const retryAfterMs = await hintedWaitMs(error);
        return retryAfterMs != null && retryAfterMs > maxRetryAfterMs ? false : undefined;
      },
    },
    hooks: {
      beforeRequest: [
        (request, requestOptions) => {
          // ky hands hooks all its resolved options (Ky.js #getNormalizedOptions), though its
          // NormalizedOptions type leaves `timeout` out.
          const { timeout } = requestOptions as { readonly timeout?: unknown };
          if (typeof timeout === 'number') deadlines.set(request, armDeadline(request, timeout));
        },
        async (request) => {
          if (options.headers == null) return;
          const headers = await options.headers();
          for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
        },
      ],
      beforeRetry: [
        async ({ error, retryCount, options: requestOptions }) => {
          const hintedMs = await hintedWaitMs(error);
          const backoffMs = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (retryCount - 1));
          // Up to 25 % less than the backoff, so clients that failed together do not retry together.
          const waitMs = hintedMs ?? backoffMs * (1 - 0.25 * random());
          await delay(waitMs, requestOptions.signal ?? undefined);
        },
      ],
    },
  });
}

/** A timer that aborts one attempt's fetch with ky's TimeoutError. */
interface AttemptDeadline {
  readonly signal: AbortSignal;
  clear(): void;
}

function armDeadline(request: Request, timeoutMs: number): AttemptDeadline {
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(new TimeoutError(request)), timeoutMs);
  return { signal: timer.signal, clear: () => clearTimeout(timeoutId) };
}

/**
 * One fetch whose headers must arrive before the deadline: past it, the fetch's own signal aborts
 * (the connection is closed) and the call rejects with ky's TimeoutError. The caller's signal
 * still cancels the body after the headers came.
 */
async function fetchBeforeDeadline(
  fetch: FetchFunction,
  input: Request | string | URL,
  init: RequestInit | undefined,
  deadline: AttemptDeadline | undefined,
): Promise<Response> {
  if (deadline == null) return fetch(input, init);
  const callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  const linked = anyAbortSignal([callerSignal, deadline.signal]);
  try {
    return await fetch(input, { ...init, signal: linked.signal });
  } catch (error) {
    // Runtimes differ in what an aborted fetch rejects with; a timeout is always ky's TimeoutError.
    if (deadline.signal.aborted && !(error instanceof TimeoutError)) throw deadline.signal.reason;
    throw error;
  } finally {
    deadline.clear();
    if (deadline.signal.aborted) linked.dispose();
  }
}
