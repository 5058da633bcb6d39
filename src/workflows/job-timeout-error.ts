import { AppError } from '../shared/app-error';

/** A job did not finish within the time we were willing to wait. The job itself may still finish. */
export class JobTimeoutError extends AppError {
  constructor(
    readonly provider: string,
    readonly jobId: string,
    readonly timeoutMs: number,
  ) {
    super(`${provider} job ${jobId} did not finish within ${Math.round(timeoutMs / 1000)} s; it may still finish later.`, {
      localized: { id: 'errors.jobTimedOut', values: { provider, jobId, seconds: String(Math.round(timeoutMs / 1000)) } },
    });
    this.name = 'JobTimeoutError';
  }
}
