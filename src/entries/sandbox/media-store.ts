import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest clip the sandbox keeps in memory; real generations are far smaller than this. */
const MAX_MEDIA_BYTES = 512 * 1024 * 1024;

/**
 * The sandbox's media disk, in server memory: the page PUTs a downloaded clip and the in-memory
 * host imports it by its path.
 */
export function createMediaStore() {
  const files = new Map<string, Buffer>();

  async function handle(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method === 'PUT') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of request) {
        size += (chunk as Buffer).length;
        if (size > MAX_MEDIA_BYTES) {
          response.writeHead(413).end('clip larger than the sandbox keeps');
          return;
        }
        chunks.push(chunk as Buffer);
      }
      files.set(name, Buffer.concat(chunks));
      response.writeHead(201).end();
      return;
    }
    const body = files.get(name);
    if (request.method !== 'GET' || body == null) {
      response.writeHead(request.method === 'GET' ? 404 : 405).end();
      return;
    }
    const contentType = name.endsWith('.json') ? 'application/json' : 'video/mp4';
    // One byte range (`bytes=a-b`), as the page reads long media: a piece at a time keeps each delivery into the page small.
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    const start = range == null ? NaN : Number(range[1]);
    if (range != null && start < body.length) {
      const end = Math.min(body.length - 1, range[2] === '' ? body.length - 1 : Number(range[2]));
      response.writeHead(206, {
        'content-type': contentType,
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${body.length}`,
        'accept-ranges': 'bytes',
      });
      response.end(body.subarray(start, end + 1));
      return;
    }
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length, 'accept-ranges': 'bytes' });
    response.end(body);
  }

  return { handle, files };
}
