import type { ByteSink } from '../../providers/spec';
import type { MediaFolder, NewMediaFile } from '../../workflows/media-folder';
import type { UxpFile, UxpFolder, UxpModule } from './uxp-module';

const FOLDER_TOKEN_KEY = 'cliprelay.mediaFolderToken';

/**
 * Generated clips go to a folder the user picks once (remembered with a persistent token), never
 * the plugin data folder, which UXP deletes on uninstall while the project still links the media.
 */
export function createUxpMediaFolder(
  uxp: UxpModule,
  preferences: Storage,
): MediaFolder & { describe(): Promise<string | null>; choose(): Promise<string | null> } {
  const fs = uxp.storage.localFileSystem;
  const binary = uxp.storage.formats.binary;
  const files = new Map<string, UxpFile>();

  async function remembered(): Promise<UxpFolder | null> {
    const token = preferences.getItem(FOLDER_TOKEN_KEY);
    return token == null ? null : fs.getEntryForPersistentToken(token).catch(() => null);
  }

  async function pick(): Promise<UxpFolder | null> {
    const picked = await fs.getFolder();
    if (picked != null) preferences.setItem(FOLDER_TOKEN_KEY, await fs.createPersistentToken(picked));
    return picked;
  }

  async function folder(): Promise<UxpFolder> {
    const chosen = (await remembered()) ?? (await pick());
    if (chosen == null) throw new Error('Choose a folder for generated clips to continue; the job is kept and downloads when you retry.');
    return chosen;
  }

  return {
    describe: async () => (await remembered())?.nativePath ?? null,
    choose: async () => (await pick())?.nativePath ?? null,
    async createFile(fileName: string): Promise<NewMediaFile> {
      const file = await (await folder()).createFile(fileName, { overwrite: false });
      files.set(file.nativePath, file);
      const sink: ByteSink = {
        async write(chunk) {
          // File.write takes an ArrayBuffer; copy the view's bytes exactly.
          await file.write(chunk.slice().buffer, { format: binary, append: true });
        },
        async close() {},
        async abort() {
          await file.delete().catch(() => {});
        },
      };
      return { path: file.nativePath, sink };
    },
    async readFile(path: string): Promise<Uint8Array> {
      const file = files.get(path);
      if (file == null) throw new Error(`ClipRelay did not write ${path} in this session.`);
      return new Uint8Array((await file.read({ format: binary })) as ArrayBuffer);
    },
  };
}
