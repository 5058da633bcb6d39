import { AppError } from '../../shared/app-error';
import { ProviderApiError } from '../../providers/spec';

/**
 * After a create failed: did the provider answer (so we know no job exists), or could the request
 * have reached it with the answer lost on the way back? Only an answered refusal is definitive;
 * a network error or timeout leaves the job `unconfirmed`, to be reconciled, never re-posted.
 */
export function createFailureIsDefinitive(error: unknown): boolean {
  return AppError.isInstance(error) && error instanceof ProviderApiError && error.status != null;
}
