import { open } from 'node:fs/promises';

interface ReadFileChunksOptions {
  /** Bytes per chunk: small enough that decoded blocks stay in cache, large enough that reads stay cheap. @default 256 KiB */
  readonly chunkBytes?: number;
  readonly signal?: AbortSignal;
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
  try {
    for (;;) {
      if (aborted()) throw signal?.reason;
      const buffer = new Uint8Array(chunkBytes);
      const { bytesRead } = await file.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
