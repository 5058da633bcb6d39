import type { ByteSink } from '../spec';
import { prefixDigest } from './prefix-digest';

/**
 * A sink that can read back what it was given (a file on disk), so a download need not hash every
 * byte as it arrives just in case a resumed server restarts from byte 0: the prefix is hashed from
 * the sink only when that happens. Optional: any ByteSink works, its bytes are hashed on arrival.
 */
export interface RereadableByteSink extends ByteSink {
  /** Up to `length` written bytes from `offset` (fewer only at the end of what was written). */
  readWritten(offset: number, length: number): Promise<Uint8Array>;
}

/** Read-backs of this size keep memory flat however large the prefix is. */
const READ_BACK_BYTES = 4 * 1024 * 1024;

export function isRereadable(sink: ByteSink): sink is RereadableByteSink {
  return typeof (sink as Partial<RereadableByteSink>).readWritten === 'function';
}

/** The prefixDigest of the first `byteCount` bytes written to the sink; undefined if it holds fewer. */
export async function digestOfWritten(sink: RereadableByteSink, byteCount: number): Promise<number | undefined> {
  const digest = prefixDigest();
  for (let offset = 0; offset < byteCount;) {
    const bytes = await sink.readWritten(offset, Math.min(READ_BACK_BYTES, byteCount - offset));
    if (bytes.length === 0) return undefined;
    digest.push(bytes);
    offset += bytes.length;
  }
  return digest.value();
}
