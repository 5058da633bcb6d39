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

const DEFAULT_CHUNK_BYTES = 1 << 18;

/**
 * A file as a stream of byte chunks, for the streaming audio decoder: memory stays at one chunk
 * however long the file. Every chunk is a fresh buffer (consumers may keep one, e.g. a decoder
 * holding header bytes). The file closes when the reader stops early or the signal aborts.
 */
export async function* readFileChunks(filePath: string, options: ReadFileChunksOptions = {}): AsyncGenerator<Uint8Array, void, undefined> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const { signal } = options;
  const aborted = () => signal?.aborted === true;
  const file = await open(filePath, 'r');
  const ring: Uint8Array[] = [];
  let served = 0;
  try {
    for (;;) {
      if (aborted()) throw signal?.reason;
      const ringSize = options.ringBuffers ?? 0;
      if (ringSize > 0 && ring.length < ringSize) ring.push(new Uint8Array(chunkBytes));
      const buffer = ringSize > 0 ? ring[served++ % ringSize]! : new Uint8Array(chunkBytes);
      const { bytesRead } = await file.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
