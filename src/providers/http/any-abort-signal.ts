/** A signal that follows several others, and how to let go of them. */
interface LinkedAbortSignal {
  readonly signal: AbortSignal;
  /** Stops following the sources (no-op when the runtime links them itself). */
  dispose(): void;
}

/**
 * A signal that aborts as soon as any source does, with that source's reason. Uses the runtime's
 * `AbortSignal.any` when it has one (it holds its sources weakly). UXP documents no
 * `AbortSignal.any` (research/premiere-uxp.md; Adobe's UXP fetch/AbortController reference lists
 * none), so otherwise an AbortController linked by one listener per source; the listeners go when
 * it aborts or on `dispose()`. A caller that cannot tell when a linked signal is no longer needed
 * (a response body may still be streaming) leaves one small listener on a long-lived source, such
 * as a job's signal, per call made under it, until that source is collected.
 */
export function anyAbortSignal(
  sources: readonly (AbortSignal | null | undefined)[],
  runtime: { readonly any?: typeof AbortSignal.any } = AbortSignal,
): LinkedAbortSignal {
  const present = sources.filter((source): source is AbortSignal => source != null);
  if (typeof runtime.any === 'function') return { signal: runtime.any.call(AbortSignal, present), dispose: () => undefined };

  const controller = new AbortController();
  const already = present.find((source) => source.aborted);
  if (already != null) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => undefined };
  }
  const links = present.map((source) => {
    const onAbort = () => {
      unlink();
      controller.abort(source.reason);
    };
    source.addEventListener('abort', onAbort);
    return { source, onAbort };
  });
  function unlink() {
    for (const { source, onAbort } of links) source.removeEventListener('abort', onAbort);
  }
  return { signal: controller.signal, dispose: unlink };
}
