import type { ByteSink } from '../spec';

/**
 * Gathers network chunks (often 16–64 KiB) into writes of about `batchBytes`, and keeps one write
 * in flight while the next batch arrives, so the network and the disk work at the same time
 * instead of taking turns. Memory stays bounded by about two batches.
 */
export function batchedSinkWriter(sink: ByteSink, batchBytes: number) {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let inFlight: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;

  function throwIfFailed(): void {
    if (failure != null) throw failure.error;
  }

  async function startWrite(): Promise<void> {
    if (pendingBytes === 0) return;
    const batch = pending.length === 1 ? pending[0]! : concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await inFlight; // at most one write outstanding
    throwIfFailed();
    inFlight = sink.write(batch).catch((error: unknown) => {
      failure = { error };
    });
  }

  return {
    async write(chunk: Uint8Array): Promise<void> {
      throwIfFailed();
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= batchBytes) await startWrite();
    },
    /** Writes what is left and waits until every write has finished. */
    async flush(): Promise<void> {
      await startWrite();
      await inFlight;
      throwIfFailed();
    },
    /** Waits for the outstanding write without writing more (before aborting the sink). */
    async settle(): Promise<void> {
      await inFlight;
    },
  };
}

function concat(chunks: readonly Uint8Array[], totalBytes: number): Uint8Array {
  const batch = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    batch.set(chunk, offset);
    offset += chunk.length;
  }
  return batch;
}
