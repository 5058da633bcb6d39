import type { RequestPhase } from '../faults/emulator-fault';

/**
 * Google calls by kind, for scripted faults: `:predictLongRunning` and `POST …/interactions`
 * create; a Gemini operation GET, an interaction GET or a Vertex `:fetchPredictOperation` polls;
 * Gemini file downloads (and their signed redirect) and Cloud Storage media reads download.
 */
export function classifyGoogleRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (method === 'POST' && pathname.endsWith(':predictLongRunning')) return 'create';
  if (method === 'POST' && pathname.endsWith(':fetchPredictOperation')) return 'poll';
  // Gemini Omni: cancel and delete stay "other".
  // On the Gemini API (`/v1beta`) and on Vertex AI (`/v1beta1/projects/{p}/locations/{l}`).
  const interactions = /^\/(?:v1beta|v1beta1\/projects\/[^/]+\/locations\/[^/]+)(\/interactions(?:\/[^/]+)?)$/.exec(pathname)?.[1];
  if (method === 'POST' && interactions === '/interactions') return 'create';
  if (method === 'GET' && interactions != null && interactions !== '/interactions') return 'poll';
  if (method === 'GET' && /^\/v1beta\/models\/[^/]+\/operations\/[^/]+$/.test(pathname)) return 'poll';
  if (
    /^\/v1beta\/files\/[^/]+:download$/.test(pathname) ||
    pathname.startsWith('/signed-downloads/') ||
    pathname.startsWith('/storage/v1/b/')
  ) {
    return 'download';
  }
  return 'other';
}
