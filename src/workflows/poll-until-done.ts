import { abortableDelay } from '../shared/abortable-delay';
import { AppError } from '../shared/app-error';
import {
  InvalidResponseError,
  ProviderApiError,
  ProviderJobFailedError,
  type JobRef,
  type JobStatus,
  type VideoProvider,
} from '../providers/spec';
import { JobTimeoutError } from './job-timeout-error';
import { nextPollDelayMs, type PollSchedulePolicy, type ProgressSample } from './jobs/adaptive-poll-schedule';

type CompletedJobStatus = Extract<JobStatus, { state: 'completed' }>;

export interface PollOptions {
  /** Wait between status calls. Video jobs take a minute or more; seconds are fine. */
  readonly intervalMs: number;
  /** Give up (JobTimeoutError) once this much time has passed since polling began. */
  readonly timeoutMs: number;
  /** Injected for tests. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
  /** Injected for tests; ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** Called with every status read, including the final one. */
  readonly onStatus?: (status: JobStatus) => void;
  readonly signal?: AbortSignal;
  /**
   * Transient status errors (network, 5xx, 429 — after the transport's own retries — and answers
   * we could not read) tolerated in a row before giving up; the job keeps running meanwhile, and
   * the waits between them double (capped at 60 s; a longer Retry-After wins). @default 3
   */
  readonly maxConsecutiveErrors?: number;
  /**
   * Adaptive polling for the job's provider (see nextPollDelayMs, sdkPollPolicy): waits follow the
   * provider's progress within its SDK's request budget; `intervalMs` then only paces retries after
   * errors. Undefined (or no policy for the provider) keeps the fixed `intervalMs`. @default undefined
   */
  readonly schedule?: (providerId: string) => PollSchedulePolicy | undefined;
}

/**
 * Asks the provider for the job's status until it completes, then returns that status. Throws
 * ProviderJobFailedError when the job fails, JobTimeoutError after `timeoutMs`, the abort reason
 * when `signal` aborts, and any non-transient error from the provider as it is.
 */
export async function pollUntilDone(provider: VideoProvider, ref: JobRef, options: PollOptions): Promise<CompletedJobStatus> {
  const delay = options.delay ?? abortableDelay;
  const now = options.now ?? Date.now;
  const maxConsecutiveErrors = options.maxConsecutiveErrors ?? 3;
  const { signal } = options;
  // A function, not a narrowed property read: the signal can abort while we await.
  const aborted = () => signal?.aborted === true;
  const startedAtMs = now();
  let consecutiveErrors = 0;
  const policy = options.schedule?.(ref.provider);
  let requestsSent = 0;
  // The first sample past 0 and the latest are all the estimate uses (see estimatedFinishMs).
  let progress: ProgressSample[] = [];

  for (;;) {
    // Not signal.throwIfAborted(): older runtimes (UXP) may not have it.
    if (aborted()) throw signal?.reason;
    let waitMs = options.intervalMs;
    try {
      requestsSent++;
      const status = await provider.status(ref, { signal });
      consecutiveErrors = 0;
      options.onStatus?.(status);
      if (status.state === 'completed') return status;
      if (status.state === 'failed') throw new ProviderJobFailedError(ref.provider, ref.jobId, status.reason, status.moderated);
      if (policy != null) {
        if (status.progress != null)
          progress = [...progress.filter((sample) => sample.fraction > 0).slice(0, 1), { atMs: now(), fraction: status.progress }];
        waitMs = nextPollDelayMs({ startedAtMs, nowMs: now(), requestsSent, progress }, policy);
      }
    } catch (error) {
      if (!isTransient(error) || aborted()) throw error;
      consecutiveErrors++;
      if (consecutiveErrors > maxConsecutiveErrors) throw error;
      const hintMs = error instanceof ProviderApiError && error.retryAfterSeconds != null ? error.retryAfterSeconds * 1000 : 0;
      const backoffMs = Math.min(options.intervalMs * 2 ** (consecutiveErrors - 1), 60_000);
      waitMs = Math.max(backoffMs, hintMs);
      // An adaptive run stays within its SDK's request budget while retrying, too.
      if (policy != null) waitMs = Math.max(waitMs, nextPollDelayMs({ startedAtMs, nowMs: now(), requestsSent, progress: [] }, policy));
    }
    if (now() - startedAtMs + waitMs > options.timeoutMs) {
      throw new JobTimeoutError(ref.provider, ref.jobId, options.timeoutMs);
    }
    await delay(waitMs, signal);
  }
}

/** Worth asking again: a throttled, failing or unreachable provider, or an answer cut short (malformed JSON). */
function isTransient(error: unknown): error is ProviderApiError | InvalidResponseError {
  if (error instanceof InvalidResponseError) return true;
  return AppError.isInstance(error) && error instanceof ProviderApiError && error.isRetryable;
}
