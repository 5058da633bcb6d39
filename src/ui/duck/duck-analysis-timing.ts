import type { DuckingProgress } from '../../workflows/apply-ducking';

/** Shown progress moves at least this often (issue 16: every 250 ms at most between updates), and React renders no more often. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * User Timing marks, so DevTools' Performance panel and the browser tests see when the Duck tab's
 * analysis reported progress, was asked to cancel, and stopped. UXP's `performance` may lack
 * `mark`: then there is simply no mark.
 */
export function markDuckAnalysis(name: 'progress' | 'cancel-requested' | 'cancelled' | 'finished', detail?: unknown): void {
  const timing = (globalThis as { performance?: { mark?: (name: string, options?: { detail?: unknown }) => unknown } }).performance;
  if (typeof timing?.mark === 'function') timing.mark(`cliprelay:duck-analysis-${name}`, { detail });
}

/**
 * Passes progress on at most every `PROGRESS_INTERVAL_MS` (a new file or phase, the start and the
 * end always pass): the analysis reports every few kilobytes, and a render for each would cost more
 * than the slice of analysis it reports.
 */
export function throttledProgress(
  show: (progress: DuckingProgress) => void,
  nowMs: () => number = () => performance.now(),
): (progress: DuckingProgress) => void {
  let last: DuckingProgress | null = null;
  let lastShownMs = -Infinity;
  return (progress) => {
    const now = nowMs();
    const sameStep = last != null && last.mediaPath === progress.mediaPath && last.phase === progress.phase;
    const edge = progress.fraction == null || progress.fraction === 0 || progress.fraction === 1;
    if (sameStep && !edge && now - lastShownMs < PROGRESS_INTERVAL_MS) return;
    last = progress;
    lastShownMs = now;
    markDuckAnalysis('progress', progress.fraction);
    show(progress);
  };
}
