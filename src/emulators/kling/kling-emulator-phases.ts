import { randomUUID } from 'node:crypto';
import type { RequestPhase } from '../faults/emulator-fault';

/**
 * Kling calls by kind, in every task family (text2video, image2video, omni-video): POST creates a
 * task, GET of one task polls it, /files/ is the result CDN.
 */
export function classifyKlingRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (pathname.startsWith('/files/')) return 'download';
  if (method === 'POST' && /^\/v1\/videos\/(text2video|image2video|omni-video)$/.test(pathname)) return 'create';
  if (method === 'GET' && /^\/v1\/videos\/(text2video|image2video|omni-video)\/[^/]+$/.test(pathname)) return 'poll';
  return 'other';
}

/** Kling's envelope for an HTTP status, with the service code Kling uses for it (research §3). */
export function klingErrorBody(status: number): unknown {
  const [code, message] =
    status === 429
      ? [1302, 'The API request is too fast, please slow down the request frequency']
      : status === 401
        ? [1000, 'Authentication failed']
        : status >= 500
          ? [5000, 'Server internal error']
          : [1200, 'Invalid request parameters'];
  return { code, message, request_id: randomUUID(), data: null };
}
