import { AppError } from '../../shared/app-error';
import { InvalidResponseError, ProviderApiError } from '../../providers/spec';

/**
 * What a failed create means for the money:
 * - `not-sent`: nothing left: refused on our side (a wire schema the request breaks), or the
 *   connection was never made (a host name that does not resolve, a refused connection);
 * - `refused`: the provider itself answered no (4xx: credentials, quota, moderation, a bad
 *   parameter, a rate limit), so it holds no job for it — unless the refusal is a duplicate of
 *   our own id, which the runner checks with a lookup where the provider offers one;
 * - `ambiguous`: the request may have been accepted and the answer lost: no answer, a timeout,
 *   a 5xx or gateway 502/504 (a proxy may have passed it on), 408, an answer we cannot read.
 *   Never re-posted on our own; reconciled by our id, or decided by the user.
 */
type CreateFailureKind = 'not-sent' | 'refused' | 'ambiguous';

export function classifyCreateFailure(error: unknown): CreateFailureKind {
  if (AppError.isInstance(error) && error instanceof ProviderApiError) {
    if (error.status == null) return error.kind === 'invalid-request' || error.neverSent ? 'not-sent' : 'ambiguous';
    if (error.status === 408 || error.status >= 500) return 'ambiguous';
    return 'refused';
  }
  if (error instanceof InvalidResponseError) return 'ambiguous';
  // A raw zod error out of start() comes from building the outgoing body: responses are parsed by
  // parseJsonResponse, which wraps its zod errors in InvalidResponseError.
  if (isZodError(error)) return 'not-sent';
  return 'ambiguous';
}

export function isZodError(
  error: unknown,
): error is { issues: readonly { path: readonly PropertyKey[]; code: string; message: string; maximum?: unknown; minimum?: unknown }[] } {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}
