import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest JSON body an emulator reads; provider APIs reject far smaller bodies than this. */
const MAX_JSON_BODY_BYTES = 1_000_000;

class BodyTooLargeError extends Error {
  constructor(maxBytes: number = MAX_JSON_BODY_BYTES) {
    super(`Request body exceeds ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** The request body as text (UTF-8), refusing bodies over `maxBytes` (1 MB unless an API takes inline images). */
export async function readTextBody(req: IncomingMessage, maxBytes: number = MAX_JSON_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A request body read as JSON: the value, or why not (each vendor answers that in its own words). */
type JsonBodyRead =
  | { readonly json: unknown }
  | { readonly failure: 'too-large'; readonly message: string }
  | { readonly failure: 'not-json'; readonly message: string };

/** The one JSON request-body reader of the emulators: size-capped like readTextBody, never throwing. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number = MAX_JSON_BODY_BYTES): Promise<JsonBodyRead> {
  let text: string;
  try {
    text = await readTextBody(req, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { failure: 'too-large', message: error.message };
    throw error;
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { failure: 'not-json', message: error instanceof Error ? error.message : String(error) };
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Chunk size for file bodies: small enough that a dropped connection lands mid-file, as on a CDN. */
const FILE_CHUNK_BYTES = 64 * 1024;

/**
 * Serves bytes like a CDN does: exact Content-Length, `Accept-Ranges: bytes`, single-range requests
 * answered 206 with Content-Range (so clients can resume), 416 for a range past the end; HEAD gets
 * the headers only. The body is written in chunks, honouring backpressure.
 */
export async function sendBytes(req: IncomingMessage, res: ServerResponse, bytes: Uint8Array, contentType: string): Promise<void> {
  const range = parseRange(req.headers.range, bytes.length);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'content-range': `bytes */${bytes.length}` });
    res.end();
    return;
  }
  const [start, end] = range ?? [0, bytes.length];
  const headers: Record<string, string> = {
    'content-type': contentType,
    'content-length': String(end - start),
    'accept-ranges': 'bytes',
  };
  if (range != null) headers['content-range'] = `bytes ${start}-${end - 1}/${bytes.length}`;
  res.writeHead(range == null ? 200 : 206, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = start; offset < end && !res.destroyed; offset += FILE_CHUNK_BYTES) {
    const chunk = body.subarray(offset, Math.min(end, offset + FILE_CHUNK_BYTES));
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end();
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resume) => {
    if (res.destroyed) return resume();
    const done = () => {
      res.off('drain', done).off('close', done);
      resume();
    };
    res.on('drain', done).on('close', done);
  });
}

/** `bytes=N-` or `bytes=N-M` → [start, endExclusive]; null for no (or an unsupported) Range header. */
function parseRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | null {
  if (header == null) return null;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (match == null) return null;
  const start = Number(match[1]);
  const end = match[2] === '' ? size : Math.min(size, Number(match[2]) + 1);
  if (start >= size || end <= start) return 'unsatisfiable';
  return [start, end];
}

/** The origin the client used to reach us, for absolute URLs in responses (file links). */
export function requestOrigin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}
