import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import type { FetchFunction } from '../../providers/spec';
import { FetchFailureCause } from './fetch-failure-cause';
import { rawHeader } from './http1-response-parser';
import { KeepAliveConnections } from './keep-alive-connections';
import { socketGet, type SocketResponse } from './socket-get';

/** Statuses whose Response has no body (fetch spec "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** What fetch follows before it gives up. */
const DEFAULT_MAX_REDIRECTS = 20;
/** Body bytes read ahead of the consumer before the socket is paused. */
const BODY_BUFFER_BYTES = 4 * 1024 * 1024;

interface NodeFetchOptions {
  /** @default 20, as fetch */
  readonly maxRedirects?: number;
  /**
   * Certificate authorities to trust for HTTPS besides Node's own roots (PEM), e.g. the private CA
   * of a self-hosted ComfyUI. Verification itself is never turned off. @default none
   */
  readonly extraCertificates?: readonly string[];
}

const SOCKET_OPTIONS = { bufferBytes: BODY_BUFFER_BYTES, decoderFor: decoderFor };

/**
 * A `fetch` for Node (CLI, bench), several times the throughput of Node's built-in fetch (undici)
 * for large bodies on a fast link. A GET (result files, status polls) goes through socketGet,
 * which reads the body without node:http's per-read allocations (into the reader's own buffers
 * for a BYOB read) and keeps the connection for the next GET to the origin (this fetch's own
 * pool); a request with a body, or a HEAD, goes through `node:http`/`node:https`. It takes the same arguments (a Request, as ky passes, or a URL and init) and returns a
 * standard Response; it honours the AbortSignal (before and during the body), follows redirects
 * like fetch (303, and 301/302 after a POST, become a GET; when the origin changes every header
 * but those describing the request is dropped — fetch drops only Authorization, and vendors send
 * keys in headers of their own), decodes gzip/deflate/br, and fails with a TypeError("fetch failed")
 * whose cause is the socket error, as fetch does. Request bodies are read into memory first, so a
 * 307/308 can send them again. The browser and UXP keep their own fetch.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchFunction {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const ca = options.extraCertificates == null ? undefined : [...rootCertificates, ...options.extraCertificates];
  const socketOptions = { ...SOCKET_OPTIONS, connections: new KeepAliveConnections(ca) };
  return async (input, init) => {
    const request = new Request(input, init);
    const signal = request.signal;
    throwIfAborted(signal);
    let body = request.body == null ? undefined : new Uint8Array(await request.arrayBuffer());
    let method = request.method;
    let url = new URL(request.url);
    const headers = new Headers(request.headers);
    for (let redirects = 0; ; redirects++) {
      const response =
        method === 'GET'
          ? await socketGet(url, withDefaults(headers), signal, socketOptions)
          : await send(url, method, headers, body, signal, ca);
      const location = rawHeader(response.rawHeaders, 'location');
      if (!REDIRECT_STATUSES.has(response.status) || location == null || request.redirect === 'manual') {
        return toResponse(response, url, redirects > 0);
      }
      response.discard(); // a redirect's own body is not wanted
      if (request.redirect === 'error')
        throw new TypeError('fetch failed', { cause: new FetchFailureCause({ message: `unexpected redirect to ${location}` }) });
      if (redirects >= maxRedirects)
        throw new TypeError('fetch failed', { cause: new FetchFailureCause({ message: 'redirect count exceeded' }) });
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new TypeError('fetch failed', { cause: new FetchFailureCause({ message: `cannot redirect to ${next.protocol}` }) });
      const status = response.status;
      if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'])
          headers.delete(name);
      }
      if (next.origin !== url.origin) {
        // fetch drops Authorization here; vendors also send keys in headers of their own
        // (Google's x-goog-api-key on file downloads, which answer with a redirect to a signed
        // URL). Another origin gets only the headers that describe the request, never one that
        // may carry a credential.
        for (const name of [...headers.keys()]) if (!SAFE_ACROSS_ORIGINS.has(name)) headers.delete(name);
      }
      url = next;
    }
  };
}

/** Request headers a redirect to another origin keeps: what the request is, not who sends it. */
const SAFE_ACROSS_ORIGINS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'content-language',
  'content-type',
  'if-range',
  'pragma',
  'range',
  'user-agent',
]);

/** The default Node fetch: see createNodeFetch. */
export const nodeFetch: FetchFunction = createNodeFetch();

/** The headers every request sends unless the caller set them. */
function withDefaults(headers: Headers): Headers {
  const sent = new Headers(headers);
  if (!sent.has('accept-encoding')) sent.set('accept-encoding', 'gzip, deflate, br');
  if (!sent.has('accept')) sent.set('accept', '*/*');
  return sent;
}

/** A request with a body (or a HEAD) on node:http; its response in the shape socketGet gives. */
function send(
  url: URL,
  method: string,
  headers: Headers,
  body: Uint8Array | undefined,
  signal: AbortSignal,
  ca: readonly string[] | undefined,
): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    const outgoing: OutgoingHttpHeaders = {};
    withDefaults(headers).forEach((value, name) => {
      outgoing[name] = value;
    });
    if (body != null) outgoing['content-length'] = String(body.byteLength);
    else if (method === 'POST' || method === 'PUT') outgoing['content-length'] = '0';
    const request = (url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined)?.(url, {
      method,
      headers: outgoing,
      ...(ca == null ? {} : { ca: [...ca] }),
    });
    if (request == null)
      return reject(new TypeError('fetch failed', { cause: new FetchFailureCause({ message: `unsupported protocol ${url.protocol}` }) }));
    const onAbort = () => {
      request.destroy();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.once('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(signal.aborted ? abortReason(signal) : new TypeError('fetch failed', { cause: error }));
    });
    request.once('response', (message: IncomingMessage) => {
      signal.removeEventListener('abort', onAbort);
      const status = message.statusCode ?? 0;
      const hasBody = method !== 'HEAD' && !NULL_BODY_STATUSES.has(status);
      if (!hasBody) message.resume();
      const contentEncoding = rawHeader(message.rawHeaders, 'content-encoding');
      resolve({
        status,
        statusText: message.statusMessage ?? '',
        rawHeaders: message.rawHeaders,
        hasBody,
        bodyBytes: undefined,
        body: hasBody ? bodyStream(message, decoded(message, contentEncoding), signal) : null,
        discard: () => message.destroy(),
      });
    });
    request.end(body);
  });
}

function toResponse(raw: SocketResponse, url: URL, redirected: boolean): Response {
  const headers = new Headers();
  for (let index = 0; index < raw.rawHeaders.length; index += 2) headers.append(raw.rawHeaders[index]!, raw.rawHeaders[index + 1]!);
  const response = new Response(NULL_BODY_STATUSES.has(raw.status) ? null : raw.body, {
    status: raw.status,
    statusText: raw.statusText,
    headers,
  });
  Object.defineProperty(response, 'url', { value: url.href });
  if (redirected) Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

/** A decoder for a Content-Encoding fetch decodes (gzip, deflate, br), or undefined (none, or one fetch leaves alone). */
function decoderFor(encoding: string | null): Transform | undefined {
  const codings = (encoding ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length !== 1) return undefined; // none, or stacked codings fetch would also leave alone
  if (codings[0] === 'gzip' || codings[0] === 'x-gzip') return createGunzip();
  if (codings[0] === 'deflate') return createInflate();
  if (codings[0] === 'br') return createBrotliDecompress();
  return undefined;
}

/** The message piped through a decoder for its Content-Encoding, as fetch does (the header is kept). */
function decoded(message: IncomingMessage, encoding: string | null): Readable {
  const decoder = decoderFor(encoding);
  if (decoder == null) return message;
  message.on('error', (error) => decoder.destroy(error));
  return message.pipe(decoder);
}

/**
 * A ReadableStream over a Node stream, handing its chunks on as they are (views, not copies), and
 * pausing the socket while a chunk waits unread. A connection that closes before the body is
 * complete errors the stream, like fetch's "terminated"; so does the signal aborting.
 */
function bodyStream(message: IncomingMessage, source: Readable, signal: AbortSignal): ReadableStream<Uint8Array> {
  let finished = false;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const cleanUp = () => {
    finished = true;
    signal.removeEventListener('abort', onAbort);
  };
  const fail = (error: unknown) => {
    if (finished) return;
    cleanUp();
    controller.error(error);
    message.destroy();
    if (source !== message) source.destroy();
  };
  const onAbort = () => fail(abortReason(signal));
  return new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        source.on('data', (chunk: Buffer) => {
          if (finished) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) source.pause();
        });
        source.once('end', () => {
          if (finished) return;
          if (!message.complete)
            return fail(
              new TypeError('terminated', {
                cause: new FetchFailureCause({ message: 'the connection closed before the body was complete' }),
              }),
            );
          cleanUp();
          controller.close();
        });
        source.once('error', (error) => fail(new TypeError('terminated', { cause: error })));
        message.once('close', () => {
          if (!message.complete)
            fail(
              new TypeError('terminated', {
                cause: new FetchFailureCause({ message: 'the connection closed before the body was complete' }),
              }),
            );
        });
      },
      pull() {
        source.resume();
      },
      cancel() {
        cleanUp();
        message.destroy();
        if (source !== message) source.destroy();
      },
    },
    // Room for a few MiB before the socket is paused: pausing it after every chunk made each one a
    // round trip through both processes' event loops, and loopback downloads mostly waited.
    new ByteLengthQueuingStrategy({ highWaterMark: BODY_BUFFER_BYTES }),
  );
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortReason(signal);
}

// The signal's own reason is whatever the caller aborted with (usually an Error): it is handed back untouched.
function abortReason(signal: AbortSignal): Error {
  return (signal.reason as Error | undefined) ?? new DOMException('This operation was aborted', 'AbortError');
}
