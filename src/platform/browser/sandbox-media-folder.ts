import { SandboxServerError } from './sandbox-server-error';
import type { ByteSink } from '../../providers/spec';
import type { MediaFolder, NewMediaFile } from '../media-folder';

const MEDIA_PREFIX = '/sandbox/media/';

/** The path is the media path a person reads (spaces and all); the URL encodes the file name. */
function mediaUrl(path: string, baseUrl: string): URL {
  return new URL(MEDIA_PREFIX + encodeURIComponent(path.slice(MEDIA_PREFIX.length)), baseUrl);
}

/**
 * The sandbox's "disk": downloads are collected in the page, then stored on the sandbox server,
 * whose URL path doubles as the media path the in-memory host imports.
 */
export function createSandboxMediaFolder(baseUrl: string, fetchImpl: typeof fetch = fetch): MediaFolder {
  return {
    async createFile(fileName: string): Promise<NewMediaFile> {
      const path = `${MEDIA_PREFIX}${fileName}`;
      let chunks: Uint8Array[] = [];
      const sink: ByteSink = {
        async write(chunk) {
          chunks.push(chunk);
        },
        async close() {
          const response = await fetchImpl(mediaUrl(path, baseUrl), { method: 'PUT', body: new Blob(chunks as BlobPart[]) });
          chunks = [];
          if (!response.ok) {
            throw new SandboxServerError({
              message: `The sandbox server could not store ${fileName} (HTTP ${response.status}).`,
              status: response.status,
            });
          }
        },
        async abort() {
          chunks = [];
        },
      };
      return { path, sink };
    },
    async readFile(path: string): Promise<Uint8Array> {
      const response = await fetchImpl(mediaUrl(path, baseUrl));
      if (!response.ok) {
        throw new SandboxServerError({
          message: `The sandbox server has no file at ${path} (HTTP ${response.status}).`,
          status: response.status,
        });
      }
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
