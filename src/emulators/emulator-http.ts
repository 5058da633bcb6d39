import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest JSON body an emulator reads; provider APIs reject far smaller bodies than this. */
const MAX_JSON_BODY_BYTES = 1_000_000;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body exceeds ${MAX_JSON_BODY_BYTES} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** The request body as text (UTF-8), refusing bodies over 1 MB. */
export async function readTextBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_JSON_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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

/** Serves bytes with an exact Content-Length; HEAD gets the headers only. */
export function sendBytes(req: IncomingMessage, res: ServerResponse, bytes: Uint8Array, contentType: string): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': String(bytes.length), 'accept-ranges': 'none' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The origin the client used to reach us, for absolute URLs in responses (file links). */
export function requestOrigin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}
