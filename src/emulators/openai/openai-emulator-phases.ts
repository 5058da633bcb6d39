import type { RequestPhase } from '../faults/emulator-fault';

/**
 * OpenAI Videos calls by kind, for scripted faults: POST /videos (and a remix) creates, GET of one
 * video polls, GET of its /content downloads.
 */
export function classifyOpenAIRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (method === 'POST' && (pathname === '/videos' || /^\/videos\/[^/]+\/remix$/.test(pathname))) return 'create';
  if ((method === 'GET' || method === 'HEAD') && /^\/videos\/[^/]+\/content$/.test(pathname)) return 'download';
  if (method === 'GET' && /^\/videos\/[^/]+$/.test(pathname)) return 'poll';
  return 'other';
}

/** OpenAI's `{"error": {message, type, param, code}}` envelope for an HTTP status (research §1 "Errors"). */
export function openaiErrorBody(status: number): unknown {
  const [message, type, code] =
    status === 429
      ? ['Rate limit reached for requests. Please try again later.', 'requests', 'rate_limit_exceeded']
      : status === 401
        ? ['Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key']
        : status >= 500
          ? ['The server had an error while processing your request. Sorry about that!', 'server_error', null]
          : ['The request could not be processed.', 'invalid_request_error', null];
  return { error: { message, type, param: null, code } };
}
