import type { ByteSink } from '../spec';

/**
 * A sink that is done with a chunk's bytes once its write (or writev) has settled: it wrote or
 * copied them and keeps no reference. Only to such a sink does a download hand chunks read into
 * buffers it will reuse. Optional: any other sink gets chunks of their own.
 */
export interface ChunkReleasingSink extends ByteSink {
  readonly keepsNoChunks: true;
}

export function keepsNoChunks(sink: ByteSink): sink is ChunkReleasingSink {
  return (sink as Partial<ChunkReleasingSink>).keepsNoChunks === true;
}

/**
 * The buffers one download reads its body into (BYOB reads), each taken back once the sink has
 * written the chunk read into it, so a long download reuses a few MiB instead of allocating memory
 * per read that the system then has to fault in again. A read transfers its buffer (the old
 * ArrayBuffer object is detached and the chunk's `buffer` is the live one), so what comes back is
 * the chunk's buffer; a detached or foreign buffer is never handed out again.
 */
export class RecycledReadBuffers {
  private readonly free: ArrayBuffer[] = [];
  private created = 0;

  constructor(
    private readonly bufferBytes: number,
    private readonly maxBuffers: number,
  ) {}

  /**
   * A buffer to read into: a free one, or a new one while fewer than `maxBuffers` exist; undefined
   * when every buffer is still waiting to be written. With `grow`, a new one even past the limit
   * (after a flush gave none back, waiting would never end).
   */
  take(grow = false): ArrayBuffer | undefined {
    for (let buffer = this.free.pop(); buffer != null; buffer = this.free.pop()) {
      if (buffer.byteLength === this.bufferBytes) return buffer;
    }
    if (this.created >= this.maxBuffers && !grow) return undefined;
    this.created += 1;
    return new ArrayBuffer(this.bufferBytes);
  }

  /** The bytes of `chunk` (a read's result, or part of one) are written: its buffer may take another read. */
  giveBack(chunk: Uint8Array): void {
    const buffer = chunk.buffer;
    if (buffer instanceof ArrayBuffer && buffer.byteLength === this.bufferBytes && !this.free.includes(buffer)) this.free.push(buffer);
  }
}
