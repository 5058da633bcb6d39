/**
 * The same items, but a read still waiting (for the network, say) rejects the moment `signal`
 * aborts, with its reason, instead of when the next item arrives: Cancel then stops an analysis
 * within one slice of work, however slow the source. The source is closed without waiting for
 * its pending read.
 */
export async function* stoppingOnAbort<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      // Checked before asking: an aborted analysis reads nothing more.
      if (signal.aborted) throw abortReason(signal);
      const next = await untilAborted(iterator.next(), signal);
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    // Not awaited: an async generator's return waits for its pending read, which is what we stop waiting for.
    iterator.return?.(undefined)?.catch(() => undefined);
  }
}

/** `pending`, or the signal's reason as soon as it aborts; both reasons pass on unchanged, as the caller's own would. */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the signal's own reason, as fetch rejects with it
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the source's own failure, unchanged
        reject(error);
      },
    );
  });
}

function abortReason(signal: AbortSignal): unknown {
  return (signal as { reason?: unknown }).reason;
}
