import { AppError } from '../../shared/app-error';
import type { ByteSink } from '../../providers/spec';
import type { MediaFolder, NewMediaFile } from '../media-folder';
import type { SettingsStore } from '../settings-store';
import type { UxpFile, UxpModule } from './uxp-module';
import { createRememberedFolder, type RememberedFolder, type RememberedFolderOptions } from './uxp-remembered-folder';

/** Settings key of the media folder's persistent token (the same key earlier builds used in localStorage). */
export const MEDIA_FOLDER_SETTING = 'cliprelay.mediaFolderToken';

/** A Storage (localStorage) seen as a SettingsStore of string values, for callers that still pass one. */
function settingsOf(store: SettingsStore | Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): SettingsStore {
  if (!('getItem' in store)) return store;
  return {
    get: async (key) => store.getItem(key),
    set: async (key, value) => store.setItem(key, typeof value === 'string' ? value : JSON.stringify(value)),
    remove: async (key) => store.removeItem(key),
  };
}

/** A generated clip ClipRelay did not write in this session (only those can be read back). */
export class UnknownMediaFileError extends AppError {
  constructor(path: string) {
    super(`ClipRelay did not write ${path} in this session.`);
    this.name = 'UnknownMediaFileError';
  }
}

/** The UXP media folder: a MediaFolder for downloads, plus the chosen folder for the Settings tab. */
type UxpMediaFolder = MediaFolder & Pick<RememberedFolder, 'describe' | 'choose'> & { readonly folder: RememberedFolder };

/**
 * Generated clips go to a folder the user picks once (remembered with a persistent token), never
 * the plugin data folder, which UXP deletes on uninstall while the project still links the media.
 * Pass the settings store (`createUxpSettingsStore`); a localStorage still works and keeps the token
 * under the same key.
 */
export function createUxpMediaFolder(
  uxp: UxpModule,
  settings: SettingsStore | Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  options: RememberedFolderOptions = {},
): UxpMediaFolder {
  const binary = uxp.storage.formats.binary;
  const folder = createRememberedFolder(uxp, settingsOf(settings), MEDIA_FOLDER_SETTING, 'generated clips', options);
  const files = new Map<string, UxpFile>();

  return {
    folder,
    describe: () => folder.describe(),
    choose: () => folder.choose(),
    async createFile(fileName: string): Promise<NewMediaFile> {
      const file = await (await folder.get()).createFile(fileName, { overwrite: false });
      files.set(file.nativePath, file);
      const sink: ByteSink = {
        async write(chunk) {
          // File.write takes an ArrayBuffer; copy the view's bytes exactly.
          await file.write(chunk.slice().buffer, { format: binary, append: true });
        },
        async close() {},
        async abort() {
          // Abort is cleanup after the real failure, which the caller reports; a second error here would only hide it.
          await file.delete().catch(() => {});
        },
      };
      return { path: file.nativePath, sink };
    },
    async readFile(path: string): Promise<Uint8Array> {
      const file = files.get(path);
      if (file == null) throw new UnknownMediaFileError(path);
      return new Uint8Array((await file.read({ format: binary })) as ArrayBuffer);
    },
  };
}
