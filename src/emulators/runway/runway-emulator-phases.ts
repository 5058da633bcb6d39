import type { RequestPhase } from '../faults/emulator-fault';

/** Runway calls by kind, for scripted faults: POST text/image_to_video creates, GET of a task polls, /files/ is the CDN. */
export function classifyRunwayRequest(method: string, path: string): RequestPhase {
  const pathname = path.split('?')[0]!;
  if (pathname.startsWith('/files/')) return 'download';
  if (method === 'POST' && /^\/v1\/(text_to_video|image_to_video)$/.test(pathname)) return 'create';
  if (method === 'GET' && /^\/v1\/tasks\/[^/]+$/.test(pathname)) return 'poll';
  return 'other';
}

/** Runway's `{"error": "…"}` body for an HTTP status, worded after its errors page (research §4 "Errors"). */
export function runwayErrorBody(status: number): unknown {
  const error =
    status === 429
      ? 'Too many requests: the organization has reached its limits. Retry later.'
      : status === 401
        ? 'Invalid API key.'
        : status === 502 || status === 503
          ? 'Runway is shedding load. Retry with backoff.'
          : status === 504
            ? 'Runway is overloaded and could not satisfy the request. Retry with backoff.'
            : status >= 500
              ? 'An unexpected error occurred.'
              : 'The request could not be processed.';
  return { error };
}
