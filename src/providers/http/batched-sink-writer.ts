import type { ByteSink } from '../spec';

/**
 * A sink that can also take several chunks in one call (a file's writev), so a batch needs no
 * copying into one buffer first. Optional: any ByteSink works, its batches are joined instead.
 */
export interface VectoredByteSink extends ByteSink {
  writev(chunks: readonly Uint8Array[]): Promise<void>;
}

export function isVectored(sink: ByteSink): sink is VectoredByteSink {
  return typeof (sink as Partial<VectoredByteSink>).writev === 'function';
}

/**
 * Gathers network chunks (often 16–64 KiB) into writes of about `thresholdBytes`, and keeps one write
 * in flight while the next batch arrives, so the network and the disk work at the same time
 * instead of taking turns. Memory stays bounded by about two batches. A VectoredByteSink gets each
 * batch as its chunks, uncopied. `onWritten` hears of every chunk once the write that took it has
 * succeeded (its memory may then be reused).
 */
export function batchedSinkWriter(sink: ByteSink, thresholdBytes: number, onWritten?: (chunk: Uint8Array) => void) {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let inFlight: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;

  function throwIfFailed(): void {
    if (failure != null) throw failure.error;
  }

  async function startWrite(): Promise<void> {
    if (pendingBytes === 0) return;
    const chunks = pending;
    const bytes = pendingBytes;
    pending = [];
    pendingBytes = 0;
    await inFlight; // at most one write outstanding
    throwIfFailed();
    const written =
      chunks.length === 1 ? sink.write(chunks[0]!) : isVectored(sink) ? sink.writev(chunks) : sink.write(concat(chunks, bytes));
    inFlight = written.then(
      () => {
        if (onWritten != null) for (const chunk of chunks) onWritten(chunk);
      },
      (error: unknown) => {
        failure = { error };
      },
    );
  }

  return {
    async write(chunk: Uint8Array): Promise<void> {
      throwIfFailed();
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= thresholdBytes) await startWrite();
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
