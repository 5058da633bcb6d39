import type { RequestPhase } from '../faults/emulator-fault';

/**
 * Google calls by kind, for scripted faults: `:predictLongRunning` and `POST /v1beta/interactions`
 * create; a Gemini operation GET, an interaction GET or a Vertex `:fetchPredictOperation` polls;
 * Gemini file downloads (and their signed redirect) and Cloud Storage media reads download.
 */
export function classifyGoogleRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (method === 'POST' && pathname.endsWith(':predictLongRunning')) return 'create';
  if (method === 'POST' && pathname.endsWith(':fetchPredictOperation')) return 'poll';
  // Gemini Omni: cancel and delete stay "other".
  if (method === 'POST' && pathname === '/v1beta/interactions') return 'create';
  if (method === 'GET' && /^\/v1beta\/interactions\/[^/]+$/.test(pathname)) return 'poll';
  if (method === 'GET' && /^\/v1beta\/models\/[^/]+\/operations\/[^/]+$/.test(pathname)) return 'poll';
  if (/^\/v1beta\/files\/[^/]+:download$/.test(pathname) || pathname.startsWith('/signed-downloads/') || pathname.startsWith('/storage/v1/b/')) {
    return 'download';
  }
  return 'other';
}
