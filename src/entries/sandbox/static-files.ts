import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.wav': 'audio/wav',
};

/** Serves a file from `rootDir`; false when the path does not name a file inside it. */
export async function serveStaticFile(rootDir: string, urlPath: string, response: ServerResponse): Promise<boolean> {
  const relative = normalize(decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath)).replace(/^([/\\])+/, '');
  const filePath = join(rootDir, relative);
  if (!filePath.startsWith(rootDir + sep)) return false;
  // No such file (or not readable): the caller answers 404.
  const body = await readFile(filePath).catch(() => null);
  if (body == null) return false;
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
    'content-length': body.length,
  });
  response.end(body);
  return true;
}
