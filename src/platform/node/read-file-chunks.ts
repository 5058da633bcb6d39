import { open } from 'node:fs/promises';

interface ReadFileChunksOptions {
  /** Bytes per chunk: small enough that decoded blocks stay in cache, large enough that reads stay cheap. @default 256 KiB */
  readonly chunkBytes?: number;
  readonly signal?: AbortSignal;
  /**
   * Hand out chunks from a ring of this many buffers instead of a fresh one each: for a consumer
   * done with every chunk before it asks for the one `ringBuffers − 1` later (analysis reading one
   * ahead is done with two). Fresh memory per chunk costs a long file more than reading it.
   * @default 0 (a fresh buffer per chunk)
   */
  readonly ringBuffers?: number;
}

/**
 * A file's chunks, which the consumer may ask to start on whole frames (the audio decoder's
 * ReadAligner, matched by shape: this layer does not import audio).
 */
interface FileChunks extends AsyncGenerator<Uint8Array, void, undefined> {
  /** From the next read on, end reads at file offsets ≡ `streamOffsetBytes` (mod `frameBytes`). */
  alignReads(streamOffsetBytes: number, frameBytes: number): void;
}

const DEFAULT_CHUNK_BYTES = 1 << 18;

/**
 * A file as a stream of byte chunks, for the streaming audio decoder: memory stays at one chunk
 * (or the ring) however long the file. Each chunk starts at the start of its buffer, so once
 * aligned to frames, 4-byte frames are 4-byte aligned in memory. The file closes when the reader
 * stops early or the signal aborts.
 */
export function readFileChunks(filePath: string, options: ReadFileChunksOptions = {}): FileChunks {
  const alignment = { offsetBytes: 0, frameBytes: 1 };
  return Object.assign(readChunks(filePath, options, alignment), {
    alignReads(streamOffsetBytes: number, frameBytes: number): void {
      // Anything else would only misplace chunk bounds; ignore it rather than fail a read.
      if (!Number.isSafeInteger(streamOffsetBytes) || !Number.isSafeInteger(frameBytes) || frameBytes < 1) return;
      alignment.offsetBytes = streamOffsetBytes;
      alignment.frameBytes = frameBytes;
    },
  });
}

async function* readChunks(
  filePath: string,
  options: ReadFileChunksOptions,
  alignment: { readonly offsetBytes: number; readonly frameBytes: number },
): AsyncGenerator<Uint8Array, void, undefined> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const { signal } = options;
  const aborted = () => signal?.aborted === true;
  const file = await open(filePath, 'r');
  const ring: Uint8Array[] = [];
  let served = 0;
  let position = 0;
  try {
    for (;;) {
      if (aborted()) throw signal?.reason;
      const ringSize = options.ringBuffers ?? 0;
      if (ringSize > 0 && ring.length < ringSize) ring.push(new Uint8Array(chunkBytes));
      const buffer = ringSize > 0 ? ring[served++ % ringSize]! : new Uint8Array(chunkBytes);
      const { bytesRead } = await file.read(buffer, 0, readLength(position, chunkBytes, alignment), null);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/** The longest read from `position` of at most `chunkBytes` that ends on a frame (the whole chunk when no frame end fits). */
function readLength(
  position: number,
  chunkBytes: number,
  alignment: { readonly offsetBytes: number; readonly frameBytes: number },
): number {
  const { offsetBytes, frameBytes } = alignment;
  const past = (((position + chunkBytes - offsetBytes) % frameBytes) + frameBytes) % frameBytes;
  return past < chunkBytes ? chunkBytes - past : chunkBytes;
}
