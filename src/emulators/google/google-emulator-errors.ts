/** A refusal in Google's terms: HTTP status, canonical status, message, typed details. */
export interface GoogleEmulatorFailure {
  readonly httpStatus: number;
  readonly status: string;
  readonly message: string;
  readonly details?: readonly Record<string, unknown>[];
}

/**
 * Google's error envelope, `{error: {code, message, status, details}}` — the same on the Gemini
 * API and Vertex AI (research/providers.md §2 "Errors").
 */
export function googleErrorEnvelope(failure: GoogleEmulatorFailure): unknown {
  return {
    error: {
      code: failure.httpStatus,
      message: failure.message,
      status: failure.status,
      ...(failure.details == null ? {} : { details: failure.details }),
    },
  };
}

export function invalidArgument(message: string, field?: string): GoogleEmulatorFailure {
  return {
    httpStatus: 400,
    status: 'INVALID_ARGUMENT',
    message,
    details:
      field == null
        ? undefined
        : [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field, description: message }] }],
  };
}

/** The canonical status Google pairs with an HTTP status, with its usual wording (for faults). */
function googleFailureForStatus(httpStatus: number): GoogleEmulatorFailure {
  switch (httpStatus) {
    case 400:
      return invalidArgument('Request contains an invalid argument.');
    case 401:
      return { httpStatus, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' };
    case 403:
      return { httpStatus, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' };
    case 404:
      return { httpStatus, status: 'NOT_FOUND', message: 'Requested entity was not found.' };
    case 429:
      return {
        httpStatus,
        status: 'RESOURCE_EXHAUSTED',
        message: 'You exceeded your current quota, please check your plan and billing details.',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [
              {
                quotaMetric: 'generativelanguage.googleapis.com/predict_long_running_requests',
                quotaId: 'PredictLongRunningRequestsPerMinutePerProjectPerModel',
              },
            ],
          },
        ],
      };
    case 503:
      return { httpStatus, status: 'UNAVAILABLE', message: 'The service is currently unavailable.' };
    case 504:
      return { httpStatus, status: 'DEADLINE_EXCEEDED', message: 'Deadline expired before operation could complete.' };
    default:
      return httpStatus >= 500
        ? {
            httpStatus,
            status: 'INTERNAL',
            message:
              'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
          }
        : { httpStatus, status: 'FAILED_PRECONDITION', message: 'Precondition check failed.' };
  }
}

/**
 * The envelope for an HTTP status, as a fault in Google's own words. A scripted retry wait goes
 * where Google puts it: a `google.rpc.RetryInfo` detail whose `retryDelay` is a protobuf Duration
 * string ("12s", "1.500s"), not a Retry-After header (research/providers.md update item 5; the
 * Duration JSON form is protobuf's: seconds with up to 9 fractional digits and an "s" suffix).
 */
export function googleErrorBody(httpStatus: number, hint?: { readonly retryAfterSeconds?: number }): unknown {
  const failure = googleFailureForStatus(httpStatus);
  if (hint?.retryAfterSeconds == null) return googleErrorEnvelope(failure);
  const retryInfo = { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: formatDuration(hint.retryAfterSeconds) };
  return googleErrorEnvelope({ ...failure, details: [...(failure.details ?? []), retryInfo] });
}

/** 12 → "12s", 1.5 → "1.500s" (protobuf Duration JSON: 0, 3, 6 or 9 fractional digits). */
function formatDuration(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}s` : `${seconds.toFixed(3)}s`;
}
