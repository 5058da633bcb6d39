import { SandboxServerError } from './sandbox-server-error';
import type { ReadMedia } from '../read-media';

/** Bytes asked for at a time where the server answers ranges: each arrives in the page as one small delivery. */
const RANGE_BYTES = 1024 * 1024;

/**
 * Reads sandbox media (the demo voice-over under /demo, downloaded clips under /sandbox/media)
 * over HTTP in chunks, as the speech detector wants it: never the whole file at once. Where the
 * server answers byte ranges (206), the file is read a megabyte at a time, the next range asked
 * for while the current one is analysed: one streamed response of a long file reached the page in
 * deliveries of several megabytes, each a browser task of 65-230 ms. Elsewhere (200), the
 * response is streamed as it comes.
 */
export function fetchMediaReader(baseUrl: string, fetchImpl: typeof fetch = fetch): ReadMedia {
  return async function* readMedia(mediaPath: string) {
    const url = new URL(mediaPath.split('/').map(encodeURIComponent).join('/'), baseUrl);
    const ranged = (start: number) => fetchImpl(url, { headers: { range: `bytes=${start}-${start + RANGE_BYTES - 1}` } });
    const response = await ranged(0);
    if (!response.ok || response.body == null) {
      throw new SandboxServerError({ message: `Cannot read ${mediaPath} (HTTP ${response.status}).`, status: response.status });
    }
    const totalBytes = response.status === 206 ? totalOf(response.headers.get('content-range')) : null;
    if (totalBytes == null) {
      yield* streamed(response.body);
      return;
    }
    let current: Promise<Response> = Promise.resolve(response);
    for (let start = 0; start < totalBytes; start += RANGE_BYTES) {
      const piece = await current;
      if (piece.status !== 206) {
        throw new SandboxServerError({ message: `Cannot read ${mediaPath} (HTTP ${piece.status}).`, status: piece.status });
      }
      const bytes = new Uint8Array(await piece.arrayBuffer());
      // Asked for now, so it is on its way while this piece is decoded and analysed.
      if (start + RANGE_BYTES < totalBytes) {
        current = ranged(start + RANGE_BYTES);
        // Handled when awaited; a reader stopped early leaves it unawaited, and its failure then matters to no one.
        void current.catch(() => undefined);
      }
      yield bytes;
    }
  };
}

async function* streamed(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The full length from `Content-Range: bytes 0-1048575/57600044`, or null when it is not given. */
function totalOf(contentRange: string | null): number | null {
  const total = /\/(\d+)$/.exec(contentRange ?? '')?.[1];
  return total == null ? null : Number(total);
}
