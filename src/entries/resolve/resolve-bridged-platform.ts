import { inspectMp4 } from '../../media';
import type { MediaFolder } from '../../platform/media-folder';
import type { ReadMedia } from '../../platform/read-media';
import type { SecretStore } from '../../platform/secret-store';
import type { SidecarWriter } from '../../platform/sidecar-writer';
import { encodeBase64 } from '../../shared/base64';
import type { BridgeCall } from './resolve-bridge-client';

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The clip folder lives on disk, written by the main process: the page only streams bytes to it. */
export function bridgedMediaFolder(call: BridgeCall): MediaFolder {
  return {
    async createFile(fileName) {
      const { path, handle } = await call('media.createFile', fileName);
      return {
        path,
        sink: {
          write: (chunk) => call('media.write', handle, encodeBase64(chunk)),
          close: () => call('media.close', handle),
          abort: () => call('media.abort', handle),
        },
      };
    },
    readFile: async (path) => decodeBase64(await call('media.readFile', path)),
    inspect: async (path) => inspectMp4(decodeBase64(await call('media.readFile', path))),
  };
}

export function bridgedReadMedia(call: BridgeCall): ReadMedia {
  return async function* read(mediaPath) {
    const handle = await call('media.openRead', mediaPath);
    for (let chunk = await call('media.readChunk', handle); chunk != null; chunk = await call('media.readChunk', handle))
      yield decodeBase64(chunk);
  };
}

export function bridgedSidecars(call: BridgeCall): SidecarWriter {
  return { writeBeside: (mediaPath, fileName, text) => call('sidecar.writeBeside', mediaPath, fileName, text) };
}

/** Keys stay in the main process, encrypted with the OS user's credentials (Electron safeStorage). */
export function bridgedSecrets(call: BridgeCall): SecretStore {
  return {
    get: (name) => call('secrets.get', name),
    set: (name, value) => call('secrets.set', name, value),
    remove: (name) => call('secrets.remove', name),
  };
}
