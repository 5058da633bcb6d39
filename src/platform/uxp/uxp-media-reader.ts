import { AppError } from '../../shared/app-error';
import { relativeNativePath } from '../native-path';
import type { SettingsStore } from '../settings-store';
import type { UxpFolder, UxpModule } from './uxp-module';

/** Settings key of the persistent tokens of folders the user let ClipRelay read media from. */
export const MEDIA_READ_FOLDERS_SETTING = 'cliprelay.mediaReadFolderTokens';

const CHUNK_BYTES = 1 << 20;

/** The user did not grant a folder that holds the media file; nothing was read. */
export class MediaAccessNotGrantedError extends AppError {
  constructor(readonly mediaPath: string) {
    super(`ClipRelay may not read ${mediaPath}: choose the folder that holds it (or a folder above it) when asked.`);
    this.name = 'MediaAccessNotGrantedError';
  }
}

export interface UxpMediaReaderOptions {
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

  /**
   * The folder behind a token, or null when it no longer resolves or no longer exists: resolving a
   * persistent token does not guarantee the entry is usable (AdobeDocs/uxp FileSystemProvider.md,
   * getEntryForPersistentToken), so `getEntries()` probes it. A dead grant is then asked for again.
   */
  async function usableFolder(token: string): Promise<UxpFolder | null> {
    try {
      const folder = await fs.getEntryForPersistentToken(token);
      await folder.getEntries();
      return folder;
    } catch {
      return null;
    }
  }

  async function grantedFolders(): Promise<UxpFolder[]> {
    const stored = await settings.get(MEDIA_READ_FOLDERS_SETTING);
    const tokens = Array.isArray(stored) ? stored.filter((token): token is string => typeof token === 'string') : [];
    const folders = await Promise.all(tokens.map(usableFolder));
    const dead = tokens.filter((_, index) => folders[index] == null);
    // Forget dead grants so the list in Settings shows only folders ClipRelay can still read.
    if (dead.length > 0) await settings.set(MEDIA_READ_FOLDERS_SETTING, tokens.filter((token) => !dead.includes(token)));
    const extra = (await options.alsoGranted?.()) ?? null;
    return [...folders, extra].filter((folder): folder is UxpFolder => folder != null);
  }

  async function grant(mediaPath: string): Promise<UxpFolder | null> {
    if (!(await options.confirmFolderRequest(mediaPath))) return null;
    const picked = await fs.getFolder();
    if (picked == null || relativeNativePath(picked.nativePath, mediaPath) == null) return null;
    const stored = await settings.get(MEDIA_READ_FOLDERS_SETTING);
    const tokens = Array.isArray(stored) ? stored.filter((token): token is string => typeof token === 'string') : [];
    await settings.set(MEDIA_READ_FOLDERS_SETTING, [...tokens, await fs.createPersistentToken(picked)]);
    return picked;
  }

  async function* read(mediaPath: string): AsyncGenerator<Uint8Array, void, undefined> {
    const folders = await grantedFolders();
    const folder = folders.find((candidate) => relativeNativePath(candidate.nativePath, mediaPath) != null) ?? (await grant(mediaPath));
    if (folder == null) throw new MediaAccessNotGrantedError(mediaPath);
    const file = await folder.getEntry(relativeNativePath(folder.nativePath, mediaPath)!);
    const bytes = new Uint8Array((await file.read({ format: binary })) as ArrayBuffer);
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.slice(offset, offset + CHUNK_BYTES);
  }

  return {
    /** A `ReadMedia` for apply-ducking. */
    read,
    /** Native paths of the granted folders, for the Settings tab. */
    async describe(): Promise<string[]> {
      return (await grantedFolders()).map((folder) => folder.nativePath);
    },
  };
}
