import { AppError } from '../../shared/app-error';

/** A download that did not finish within its deadline; the job is kept (still downloading) for a retry. */
export class DownloadDeadlineError extends AppError {
  readonly timeoutMs: number;

  constructor(init: { readonly providerName: string; readonly timeoutMs: number }) {
    super(
      `The ${init.providerName} download did not finish within ${formatDuration(init.timeoutMs)} and was stopped; ` +
        'the job is kept, so the download can be resumed (cliprelay resume, or Retry in the panel).',
      { localized: { id: 'errors.downloadDeadline', values: { provider: init.providerName, duration: formatDuration(init.timeoutMs) } } },
    );
    this.name = 'DownloadDeadlineError';
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * A signal that aborts with `parent` or, after `timeoutMs`, with a DownloadDeadlineError as its
 * reason (which the download rethrows), so headers and body alike are cut off. `clear` must be
 * called when the download ends. Built by hand: UXP has no AbortSignal.any / AbortSignal.timeout.
 */
export function downloadDeadline(
  parent: AbortSignal,
  timeoutMs: number | undefined,
  providerName: string,
): { readonly signal: AbortSignal; clear(): void } {
  if (timeoutMs == null) return { signal: parent, clear: () => undefined };
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onParentAbort();
  else parent.addEventListener('abort', onParentAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new DownloadDeadlineError({ providerName, timeoutMs })), timeoutMs);
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      parent.removeEventListener('abort', onParentAbort);
    },
  };
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
