import type { RequestPhase } from '../faults/emulator-fault';

/** ComfyUI calls by kind, for scripted faults: POST /prompt queues; history and queue reads poll; /view downloads. */
export function classifyComfyUiRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!.replace(/^\/api(?=\/)/, '');
  if (method === 'POST' && pathname === '/prompt') return 'create';
  if (method === 'GET' && (pathname.startsWith('/history/') || pathname === '/queue')) return 'poll';
  if (pathname === '/view') return 'download';
  return 'other';
}

/**
 * ComfyUI's body for an HTTP status. Its own refusals are `{error, node_errors}`; aiohttp's
 * server errors are plain text, which a JSON fault body stands in for with the same words.
 */
export function comfyUiErrorBody(status: number): unknown {
  if (status >= 500)
    return { error: { type: 'server_error', message: 'Server got itself in trouble', details: '', extra_info: {} }, node_errors: {} };
  return {
    error: { type: 'invalid_prompt', message: 'Cannot execute because the request is invalid.', details: '', extra_info: {} },
    node_errors: {},
  };
}
