import { AppError } from '../../shared/app-error';
import { relativeNativePath } from '../native-path';
import type { SettingsStore } from '../settings-store';
import type { UxpFile, UxpFolder, UxpModule } from './uxp-module';

/** Settings key of the persistent tokens of folders the user let ClipRelay read media from. */
export const MEDIA_READ_FOLDERS_SETTING = 'cliprelay.mediaReadFolderTokens';

const CHUNK_BYTES = 1 << 20;

/** Whether a folder behind a token can still be listed (it was not moved, deleted or locked away). */
async function isReadable(folder: UxpFolder): Promise<boolean> {
  return folder.getEntries().then(
    () => true,
    () => false,
  );
}

/** The user did not grant a folder that holds the media file; nothing was read. */
export class MediaAccessNotGrantedError extends AppError {
  constructor(readonly mediaPath: string) {
    super(`ClipRelay may not read ${mediaPath}: choose the folder that holds it (or a folder above it) when asked.`);
    this.name = 'MediaAccessNotGrantedError';
  }
}

/** The granted folder is readable but the file is not in it (moved or renamed outside Premiere). */
export class MediaFileNotFoundError extends AppError {
  constructor(
    readonly mediaPath: string,
    folderPath: string,
  ) {
    super(`${mediaPath} is not in ${folderPath} any more: relink the media in Premiere, then try again.`);
    this.name = 'MediaFileNotFoundError';
  }
}

interface UxpMediaReaderOptions {
  /**
   * Called before the folder picker opens, so the panel can say why ("ClipRelay needs to read
   * VO.wav to find the speech; choose its folder"). Resolve false to cancel.
   */
  readonly confirmFolderRequest: (mediaPath: string) => Promise<boolean>;
  /** Folders already granted another way (the generated-clips folder). */
  readonly alsoGranted?: () => Promise<UxpFolder | null>;
}

/**
 * Reads voice-over and bed media for speech detection and loudness under `localFileSystem:
 * "request"` — no broader permission. The panel can read a file only inside a folder the user picked;
 * each picked folder is remembered with a persistent token, so the question comes once per media
 * folder, not per file or per session (research §4.3). UXP entries read whole files, so the file is
 * read at once and handed on in 1 MiB chunks.
 */
export function createUxpMediaReader(uxp: UxpModule, settings: SettingsStore, options: UxpMediaReaderOptions) {
  const fs = uxp.storage.localFileSystem;
  const binary = uxp.storage.formats.binary;

  /** The stored grants, in order. */
  async function storedTokens(): Promise<string[]> {
    const stored = await settings.get(MEDIA_READ_FOLDERS_SETTING);
    return Array.isArray(stored) ? stored.filter((token): token is string => typeof token === 'string') : [];
  }

  async function forget(token: string): Promise<void> {
    await settings.set(
      MEDIA_READ_FOLDERS_SETTING,
      (await storedTokens()).filter((stored) => stored !== token),
    );
  }

  /**
   * The folders behind the stored tokens (token null for `alsoGranted`). Resolving a persistent token
   * does not guarantee the entry is usable (AdobeDocs/uxp FileSystemProvider.md,
   * getEntryForPersistentToken): with `probe`, each folder is listed (`getEntries()`, Folder.md) and
   * dead grants are forgotten. Reads do not probe — a media folder may hold thousands of files — and
   * check a folder only when a file in it cannot be opened.
   */
  async function grantedFolders(probe: boolean): Promise<Array<{ readonly token: string | null; readonly folder: UxpFolder }>> {
    const granted: Array<{ token: string | null; folder: UxpFolder }> = [];
    for (const token of await storedTokens()) {
      // A token that no longer resolves (the folder was moved or deleted) is skipped; a file under no granted folder asks for access again.
      const folder = await fs.getEntryForPersistentToken(token).catch(() => null);
      const usable = folder != null && (!probe || (await isReadable(folder)));
      if (usable) granted.push({ token, folder });
      else await forget(token);
    }
    const extra = (await options.alsoGranted?.()) ?? null;
    return extra == null ? granted : [...granted, { token: null, folder: extra }];
  }

  async function grant(mediaPath: string): Promise<UxpFolder | null> {
    if (!(await options.confirmFolderRequest(mediaPath))) return null;
    const picked = await fs.getFolder();
    if (picked == null || relativeNativePath(picked.nativePath, mediaPath) == null) return null;
    await settings.set(MEDIA_READ_FOLDERS_SETTING, [...(await storedTokens()), await fs.createPersistentToken(picked)]);
    return picked;
  }

  /** Opens the file, asking for its folder again when the remembered grant no longer opens it. */
  async function openFile(mediaPath: string): Promise<UxpFile> {
    const granted = (await grantedFolders(false)).find((candidate) => relativeNativePath(candidate.folder.nativePath, mediaPath) != null);
    if (granted != null) {
      const file = await granted.folder.getEntry(relativeNativePath(granted.folder.nativePath, mediaPath)!).catch(() => null);
      if (file != null) return file;
      // The folder is fine and the file is not in it: asking for the folder again would not help.
      if (await isReadable(granted.folder)) throw new MediaFileNotFoundError(mediaPath, granted.folder.nativePath);
      if (granted.token != null) await forget(granted.token);
    }
    const folder = await grant(mediaPath);
    if (folder == null) throw new MediaAccessNotGrantedError(mediaPath);
    return folder.getEntry(relativeNativePath(folder.nativePath, mediaPath)!);
  }

  async function* read(mediaPath: string): AsyncGenerator<Uint8Array, void, undefined> {
    const file = await openFile(mediaPath);
    const bytes = new Uint8Array((await file.read({ format: binary })) as ArrayBuffer);
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.slice(offset, offset + CHUNK_BYTES);
  }

  return {
    /** A `ReadMedia` for apply-ducking. */
    read,
    /** Native paths of the granted folders, for the Settings tab. */
    async describe(): Promise<string[]> {
      return (await grantedFolders(true)).map(({ folder }) => folder.nativePath);
    },
  };
}
