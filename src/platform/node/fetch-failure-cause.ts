import { AppError } from '../../shared/app-error';

/**
 * Why a fetch failed when no socket error says it (a refused redirect, a body cut short, a reply
 * that is not HTTP/1.1): the `cause` of the TypeError fetch itself would throw, so callers see the
 * same shape as with undici.
 */
export class FetchFailureCause extends AppError {
  constructor(init: { message: string }) {
    super(init.message);
    this.name = 'FetchFailureCause';
  }
}
