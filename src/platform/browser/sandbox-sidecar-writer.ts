import { AppError } from '../../shared/app-error';
import type { SidecarWriter } from '../sidecar-writer';

/** The sandbox server did not take the sidecar. */
export class SandboxSidecarError extends AppError {
  constructor(fileName: string, status: number) {
    super(`The sandbox server could not store ${fileName} (HTTP ${status}).`);
    this.name = 'SandboxSidecarError';
  }
}

/**
 * Sidecars in the sandbox: media paths there are `/sandbox/media/<name>` on the sandbox server,
 * whose media store takes a PUT of any file name (`src/entries/sandbox/media-store.ts`), so the
 * sidecar is PUT beside the clip as `/sandbox/media/<clip>.cliprelay.json`.
 */
export function createSandboxSidecarWriter(baseUrl: string, fetchImpl: typeof fetch = fetch): SidecarWriter {
  return {
    async writeBeside(mediaPath, fileName, text) {
      const folder = mediaPath.slice(0, mediaPath.lastIndexOf('/') + 1) || '/sandbox/media/';
      const path = `${folder}${encodeURIComponent(fileName)}`;
      const response = await fetchImpl(new URL(path, baseUrl), {
        method: 'PUT',
        body: text,
        headers: { 'content-type': 'application/json' },
      });
      if (!response.ok) throw new SandboxSidecarError(fileName, response.status);
      return path;
    },
  };
}
