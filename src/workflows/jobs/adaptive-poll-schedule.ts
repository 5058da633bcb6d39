/** A pending status that carried the provider's own progress. */
export interface ProgressSample {
  readonly atMs: number;
  /** 0..1 */
  readonly fraction: number;
}

/** What the schedule knows when it picks the wait before the next status request. */
interface PollScheduleState {
  /** When the first status request of this polling run was sent (ms since epoch). */
  readonly startedAtMs: number;
  readonly nowMs: number;
  /** Status requests sent so far in this run, the first included. */
  readonly requestsSent: number;
  /** Progress the provider reported, oldest first. */
  readonly progress: readonly ProgressSample[];
  /** The provider's own hint from its last answer (Retry-After, openai-poll-after-ms), if any. */
  readonly retryAfterMs?: number;
}

export interface PollSchedulePolicy {
  /**
   * The official SDK's default interval for this provider: on average we never ask more often.
   * Request k (0-based) is never sent before `startedAtMs + k × sdkIntervalMs`, so at every
   * moment we have sent at most as many requests as the SDK would have.
   */
  readonly sdkIntervalMs: number;
  /** How often to ask around the expected finish, so "done" is seen within about this long. */
  readonly catchWithinMs: number;
  /** Never silent for longer than this (a job can fail early). @default max(4 × sdkIntervalMs, 30 s) */
  readonly maxWaitMs?: number;
}

/**
 * The next request goes out this share of the estimated time left (plus catchWithinMs) before the
 * estimated finish. Small, because the estimate is already the earliest the reports allow (see
 * estimatedFinishMs); larger margins spent the SDK's request budget on the approach and then caught
 * short jobs late (Runway-like 30–120 s jobs: p95 3.5 s at 0.15, 0.5 s at 0.05).
 */
const ESTIMATE_MARGIN = 0.05;

/**
 * The wait before the next status request: the SDK's own interval while nothing better is known;
 * once the provider's progress gives a finishing time, quiet until shortly before it, then every
 * `catchWithinMs` — paid for by the requests skipped while quiet, since the request budget (see
 * `sdkIntervalMs`) is never exceeded. A Retry-After is always waited out. Pure: the caller sleeps.
 */
export function nextPollDelayMs(state: PollScheduleState, policy: PollSchedulePolicy): number {
  const maxWaitMs = policy.maxWaitMs ?? Math.max(4 * policy.sdkIntervalMs, 30_000);
  const budgetWaitMs = Math.max(0, state.startedAtMs + state.requestsSent * policy.sdkIntervalMs - state.nowMs);
  const finishAtMs = estimatedFinishMs(state.progress);
  let wantedMs: number;
  if (finishAtMs == null) {
    wantedMs = policy.sdkIntervalMs;
  } else {
    const remainingMs = finishAtMs - state.nowMs;
    wantedMs = Math.max(policy.catchWithinMs, remainingMs - policy.catchWithinMs - ESTIMATE_MARGIN * remainingMs);
    // The last request the budget allows for a while (a short job, few SDK intervals long): spent
    // early it only learns "not yet", so it goes at the latest finish the reports allow instead.
    const requestsAllowedAfterNext = Math.floor((state.nowMs + wantedMs - state.startedAtMs) / policy.sdkIntervalMs) - state.requestsSent;
    const latestFinishAtMs = latestFinishMs(state.progress);
    if (remainingMs <= policy.sdkIntervalMs && requestsAllowedAfterNext < 1 && latestFinishAtMs != null) {
      wantedMs = Math.max(wantedMs, Math.min(latestFinishAtMs - state.nowMs, policy.sdkIntervalMs));
    }
  }
  return Math.ceil(Math.max(Math.min(wantedMs, maxWaitMs), budgetWaitMs, state.retryAfterMs ?? 0));
}

/**
 * The earliest time the job may finish at the rate its progress moved, from the first sample past 0
 * to the latest one; undefined until the progress has moved (a queue, a provider reporting none).
 * Providers report whole percents (OpenAI) or two decimals (Runway), cut down: the true progress
 * may be up to one step higher than reported, and the rate accordingly faster; the estimate assumes
 * both — earlier, never late — and is refined by each answer on the way.
 */
export function estimatedFinishMs(progress: readonly ProgressSample[]): number | undefined {
  const latest = progress.at(-1);
  const first = progress.find((sample) => sample.fraction > 0);
  if (latest == null || first == null || latest.atMs <= first.atMs || latest.fraction >= 1) return undefined;
  if (!(latest.fraction > first.fraction)) return undefined;
  const step = progress.every((sample) => isWholePercent(sample.fraction)) ? PERCENT : 0;
  // The fastest rate the reports allow (first at its value, latest a step above), for the same reason.
  const ratePerMs = (latest.fraction + step - first.fraction) / (latest.atMs - first.atMs);
  const finishAtMs = latest.atMs + Math.max(0, 1 - latest.fraction - step) / ratePerMs;
  // A rate too small to matter (progress that moved by a rounding error) gives no estimate, not Infinity.
  return Number.isFinite(finishAtMs) ? finishAtMs : undefined;
}

/** The latest the job may finish: the slowest rate the reports allow (the mirror of estimatedFinishMs). */
function latestFinishMs(progress: readonly ProgressSample[]): number | undefined {
  const latest = progress.at(-1);
  const first = progress.find((sample) => sample.fraction > 0);
  if (latest == null || first == null || latest.atMs <= first.atMs) return undefined;
  const step = progress.every((sample) => isWholePercent(sample.fraction)) ? PERCENT : 0;
  const slowestRatePerMs = (latest.fraction - first.fraction - step) / (latest.atMs - first.atMs);
  if (!(slowestRatePerMs > 0)) return undefined;
  const finishAtMs = latest.atMs + (1 - latest.fraction) / slowestRatePerMs;
  return Number.isFinite(finishAtMs) ? finishAtMs : undefined;
}

const PERCENT = 0.01;

function isWholePercent(fraction: number): boolean {
  return Math.abs(fraction / PERCENT - Math.round(fraction / PERCENT)) < 1e-6;
}
