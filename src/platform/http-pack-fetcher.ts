import type { FetchFunction } from '../providers/spec';
import { decodeUtf8 } from '../shared/utf8';
import { PackFetchError } from './pack-fetch-error';
import type { PackFetcher, PackFetchResult, PackValidators } from './pack-fetcher';

/** A pack with a large prompt library is tens of kilobytes; anything near this is not a pack. */
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Headers and the whole body within this, or the check fails (and the last good pack stays). */
const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_SAME_HOST_REDIRECTS = 3;
/** JSON, or the text/plain raw file hosts serve; never a web page (a login or proxy page answering for the pack). */
const ACCEPTED_TYPE = /^(application\/(json|[\w.+-]+\+json)|text\/plain)\s*(;|$)/i;

interface HttpPackFetcherOptions {
  readonly fetch: FetchFunction;
  /** @default 2 MiB */
  readonly maxBytes?: number;
  /** @default 15000 */
  readonly timeoutMs?: number;
}

/**
 * A PackFetcher over a runtime's `fetch` (the browser's, UXP's, Node's): HTTPS only (plain HTTP
 * only to this machine, for the sandbox and tests), conditional requests, redirects followed only
 * within the same host (`redirect: 'manual'`; where a runtime follows them anyway, the final URL's
 * host is checked instead), a content-type check, a size cap counted while reading, and one
 * deadline for headers and body together.
 */
export function createHttpPackFetcher(options: HttpPackFetcherOptions): PackFetcher {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async fetchPack(location, validators, signal) {
      const url = packUrl(location);
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), timeoutMs);
      const onAbort = () => deadline.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return await fetchWithin(options.fetch, url, validators, deadline.signal, maxBytes);
      } catch (error) {
        if (error instanceof PackFetchError) throw error;
        if (deadline.signal.aborted && signal?.aborted !== true)
          throw new PackFetchError({
            problem: 'timeout',
            location,
            message: `The pack at ${url.host} did not arrive within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}; the pack you have keeps working.`,
            cause: error,
          });
        throw new PackFetchError({
          problem: 'offline',
          location,
          message: `Could not reach ${url.host} to check the pack (offline, or the server is down); the pack you have keeps working.`,
          cause: error,
        });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

/** The location as a URL ClipRelay may fetch a pack from, or a PackFetchError saying why not. */
function packUrl(location: string): URL {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new PackFetchError({ problem: 'unsupported', location, message: `"${location}" is not a web address (https://…).` });
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return url;
  throw new PackFetchError({
    problem: 'unsupported',
    location,
    message: `Packs are fetched over HTTPS only; "${location}" is not an https:// address.`,
  });
}

async function fetchWithin(
  fetch: FetchFunction,
  start: URL,
  validators: PackValidators,
  signal: AbortSignal,
  maxBytes: number,
): Promise<PackFetchResult> {
  const headers: Record<string, string> = { accept: 'application/json, text/plain;q=0.5' };
  if (validators.etag != null) headers['if-none-match'] = validators.etag;
  if (validators.lastModified != null) headers['if-modified-since'] = validators.lastModified;
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(url.href, { headers, signal, redirect: 'manual', cache: 'no-store' });
    const finalUrl = response.url === '' ? url : new URL(response.url);
    if (finalUrl.host !== start.host) throw redirectRefusal(start, finalUrl.host);
    if (response.type === 'opaqueredirect') throw redirectRefusal(start, null);
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const target = response.headers.get('location');
      const next = target == null ? null : new URL(target, url);
      await response.body?.cancel().catch(() => undefined);
      if (next == null || next.host !== start.host || redirects >= MAX_SAME_HOST_REDIRECTS)
        throw redirectRefusal(start, next?.host ?? null);
      url = next;
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    return await readPackResponse(response, start, maxBytes);
  }
}

async function readPackResponse(response: Response, url: URL, maxBytes: number): Promise<PackFetchResult> {
  const location = url.href;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new PackFetchError({
      problem: response.status === 404 || response.status === 410 ? 'not-found' : 'http-status',
      location,
      message: `${url.host} answered ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`} for the pack; the pack you have keeps working.`,
    });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!ACCEPTED_TYPE.test(type)) {
    await response.body?.cancel().catch(() => undefined);
    throw new PackFetchError({
      problem: 'content-type',
      location,
      message: `${url.host} sent ${type === '' ? 'something without a content type' : `"${type.split(';')[0]}"`} instead of a pack (JSON); a sign-in or proxy page answering for it? The pack you have keeps working.`,
    });
  }
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, maxBytes);
  }
  const bytes = await readBounded(response, url, maxBytes);
  return {
    kind: 'fetched',
    text: decodeUtf8(bytes),
    validators: {
      ...(response.headers.get('etag') == null ? {} : { etag: response.headers.get('etag')! }),
      ...(response.headers.get('last-modified') == null ? {} : { lastModified: response.headers.get('last-modified')! }),
    },
  };
}

/** The body, stopped (and the connection let go) as soon as it passes `maxBytes`. */
async function readBounded(response: Response, url: URL, maxBytes: number): Promise<Uint8Array> {
  if (response.body == null) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: URL, maxBytes: number): PackFetchError {
  return new PackFetchError({
    problem: 'too-large',
    location: url.href,
    message: `${url.host} sent more than ${Math.round(maxBytes / 1024)} KB for the pack, far more than a pack; it was not read. The pack you have keeps working.`,
  });
}

function redirectRefusal(start: URL, toHost: string | null): PackFetchError {
  return new PackFetchError({
    problem: 'redirect',
    location: start.href,
    message: `${start.host} redirects the pack ${toHost == null ? 'elsewhere' : `to another host (${toHost})`}; ClipRelay only fetches a pack from the host you subscribed to. Subscribe to the final address if the agency confirms it.`,
  });
}
