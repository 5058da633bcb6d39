import { AppError } from '../shared/app-error';

/** Why a pack could not be fetched; `offline` and `timeout` are the ones a later re-check may not meet. */
type PackFetchProblem = 'offline' | 'timeout' | 'http-status' | 'content-type' | 'too-large' | 'redirect' | 'not-found' | 'unsupported';

/** A pack download that was refused or failed; the message says what happened and what to do, in the editor's words. */
export class PackFetchError extends AppError {
  readonly problem: PackFetchProblem;
  readonly location: string;

  constructor(init: { problem: PackFetchProblem; location: string; message: string; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.name = 'PackFetchError';
    this.problem = init.problem;
    this.location = init.location;
  }
}
