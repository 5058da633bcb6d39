import type { RequestPhase } from '../faults/emulator-fault';

/**
 * ModelArk's error envelope: `{"error": {"code", "message", "param", "type"}}` with the HTTP status
 * of the code, e.g. 401 Unauthorized / AuthenticationError (Volcano Engine Ark's error-code page,
 * volcengine.com/docs/82379/1299023; V for Volcano Ark, I that BytePlus answers alike). Messages end
 * with "Request ID: …" as the page shows.
 */
export function byteplusError(
  code: string,
  message: string,
  param = '',
): { error: { code: string; message: string; param: string; type: string } } {
  return { error: { code, message: `${message} Request ID: ${requestId()}`, param, type: typeForCode(code) } };
}

/** ModelArk's body for an HTTP status, as scripted faults answer (429 bursts, 5xx). */
export function byteplusErrorBody(status: number): unknown {
  if (status === 401) return byteplusError('AuthenticationError', 'The API key or AK/SK in the request is missing or invalid.');
  if (status === 429)
    return byteplusError(
      'RateLimitExceeded.EndpointRPMExceeded',
      'The request has exceeded the rate limit of requests per minute for this model.',
    );
  if (status === 503) return byteplusError('ServerOverloaded', 'The service is overloaded; please try again later.');
  if (status >= 500) return byteplusError('InternalServiceError', 'The service encountered an unexpected internal error.');
  return byteplusError('InvalidParameter', 'One or more parameters specified in the request are not valid.');
}

/** BytePlus calls by kind, for scripted faults: POST creates, GETs of tasks poll (and list), /files/ is object storage. */
export function classifyBytePlusRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (pathname.startsWith('/files/')) return 'download';
  if (pathname === '/contents/generations/tasks') return method === 'POST' ? 'create' : method === 'GET' ? 'poll' : 'other';
  if (method === 'GET' && /^\/contents\/generations\/tasks\/[^/]+$/.test(pathname)) return 'poll';
  return 'other';
}

function typeForCode(code: string): string {
  if (code === 'AuthenticationError') return 'Unauthorized';
  if (code === 'AccountOverdueError' || code === 'AccessDenied') return 'Forbidden';
  if (code === 'ModelNotOpen' || code.startsWith('InvalidEndpointOrModel') || code === 'ResourceNotFound') return 'NotFound';
  if (code.startsWith('RateLimitExceeded') || code.startsWith('QuotaExceeded') || code === 'ServerOverloaded') return 'TooManyRequests';
  if (code === 'InternalServiceError') return 'InternalServerError';
  return 'BadRequest';
}

function requestId(): string {
  return `0217${Date.now().toString(16)}${Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;
}
