import type { RequestPhase } from '../faults/emulator-fault';

/**
 * fal calls by kind, for scripted faults: a POST that is not under `/requests/` submits; a GET of a
 * request's status or result polls; `/files/` is the media CDN. Cancels are 'other'.
 */
export function classifyFalRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (pathname.startsWith('/files/')) return 'download';
  const isRequestPath = /\/requests\/[^/]+(\/status)?$/.test(pathname);
  if (method === 'POST' && !pathname.includes('/requests/')) return 'create';
  if (method === 'GET' && isRequestPath) return 'poll';
  return 'other';
}

/**
 * fal's body for an HTTP status: a request error, `{detail, error_type}` with the documented
 * type for that status (https://fal.ai/docs/documentation/model-apis/request-errors).
 */
export function falErrorBody(status: number): unknown {
  switch (status) {
    case 401:
      return { detail: 'No user found for Key ID and Secret' };
    case 403:
      return { detail: 'User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.' };
    case 404:
      return { detail: 'Request not found' };
    case 429:
      return { detail: 'Rate limit exceeded' };
    case 502:
      return { detail: 'The runner sent an incomplete response.', error_type: 'runner_incomplete_response' };
    case 503:
      return { detail: 'No runner could be allocated to handle the request.', error_type: 'runner_scheduling_failure' };
    case 504:
      return { detail: 'Request timed out', error_type: 'request_timeout' };
    default:
      return status >= 500
        ? { detail: 'An unexpected internal error occurred.', error_type: 'internal_error' }
        : { detail: 'Bad request', error_type: 'bad_request' };
  }
}
