import { SandboxServerError } from './sandbox-server-error';
import type { ReadMedia } from '../read-media';

/**
 * Reads sandbox media (the demo voice-over under /demo, downloaded clips under /sandbox/media)
 * over HTTP in chunks, as the speech detector wants it: never the whole file at once.
 */
export function fetchMediaReader(baseUrl: string, fetchImpl: typeof fetch = fetch): ReadMedia {
  return async function* readMedia(mediaPath: string) {
    const url = new URL(mediaPath.split('/').map(encodeURIComponent).join('/'), baseUrl);
    const response = await fetchImpl(url);
    if (!response.ok || response.body == null) {
      throw new SandboxServerError({ message: `Cannot read ${mediaPath} (HTTP ${response.status}).`, status: response.status });
    }
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  };
}
