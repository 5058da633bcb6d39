import ky, { HTTPError, type KyInstance } from 'ky';
import { abortableDelay } from '../../shared/abortable-delay';
import type { FetchFunction } from '../spec';
import { parseRetryAfterMs } from './parse-retry-after';

export type { FetchFunction };

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
 */
export function createHttpClient(options: HttpClientOptions): KyInstance {
  const delay = options.delay ?? abortableDelay;
  const random = options.random ?? Math.random;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;

  return ky.create({
    prefixUrl: options.prefixUrl,
    fetch: options.fetch,
    timeout: options.timeoutMs,
    retry: {
      limit: options.retryLimit ?? 2,
      methods: ['get', 'head'],
      statusCodes: RETRY_STATUS_CODES,
      // Empty: ky must not sleep on Retry-After itself; beforeRetry below does.
      afterStatusCodes: [],
      delay: () => 0,
      shouldRetry: ({ error }) => {
        if (!(error instanceof HTTPError)) return undefined;
        const retryAfterMs = parseRetryAfterMs(error.response.headers);
        return retryAfterMs != null && retryAfterMs > maxRetryAfterMs ? false : undefined;
      },
    },
    hooks: {
      beforeRequest: [
        async (request) => {
          if (options.headers == null) return;
          const headers = await options.headers();
          for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
        },
      ],
      beforeRetry: [
        async ({ error, retryCount, options: requestOptions }) => {
          const hintedMs = error instanceof HTTPError ? parseRetryAfterMs(error.response.headers) : undefined;
          const backoffMs = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (retryCount - 1));
          // Up to 25 % less than the backoff, so clients that failed together do not retry together.
          const waitMs = hintedMs ?? backoffMs * (1 - 0.25 * random());
          await delay(waitMs, requestOptions.signal ?? undefined);
        },
      ],
    },
  });
}
