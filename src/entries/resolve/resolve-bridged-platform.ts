import { inspectMp4 } from '../../media';
import type { LedgerStorage } from '../../platform/ledger-storage';
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

/** Where the Resolve panel kept its job list before it moved to a file (the sandbox's keys). */
const LOCAL_STORAGE_LEDGER_KEY = 'cliprelay.jobs';

/**
 * The job ledger as a file in the plugin's data folder, written atomically by the main process (the page's
 * storage can be cleared with Electron's cache). Once, on the first read that finds no file, a job list the
 * panel kept in the page's localStorage moves into the file (with its archive), and only then leaves localStorage.
 */
export function bridgedLedger(call: BridgeCall, storage: Pick<Storage, 'getItem' | 'removeItem'>): LedgerStorage {
  return {
    async read() {
      const text = await call('ledger.read');
      if (text != null) return text;
      const old = storage.getItem(LOCAL_STORAGE_LEDGER_KEY);
      if (old == null) return null;
      const archive = storage.getItem(`${LOCAL_STORAGE_LEDGER_KEY}.archive`);
      if (archive != null && archive !== '') await call('ledger.appendArchive', archive);
      await call('ledger.write', old);
      storage.removeItem(LOCAL_STORAGE_LEDGER_KEY);
      storage.removeItem(`${LOCAL_STORAGE_LEDGER_KEY}.archive`);
      return old;
    },
    write: (text) => call('ledger.write', text),
    keepAside: (text, nowMs) => call('ledger.keepAside', text, nowMs),
    appendArchive: (lines) => call('ledger.appendArchive', lines),
    readArchive: () => call('ledger.readArchive'),
  };
}
