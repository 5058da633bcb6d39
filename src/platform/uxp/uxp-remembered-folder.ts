import { AppError, describeError } from '../../shared/app-error';
import type { SettingsStore } from '../settings-store';
import type { UxpFolder, UxpModule } from './uxp-module';

/** The user closed the folder picker: nothing was done. */
export class FolderNotChosenError extends AppError {
  /** @param why Why the picker opened, when it was not the first choice (the remembered folder is gone). */
  constructor(purpose: string, why: string | null = null) {
    super(`${why == null ? '' : `${why} `}Choose a folder for ${purpose} to continue; nothing was changed.`);
    this.name = 'FolderNotChosenError';
  }
}

/** A folder the user picked once, kept across restarts. */
export interface RememberedFolder {
  /** The folder, asking the user to pick one when none is remembered or the old one is gone. */
  get(): Promise<UxpFolder>;
  /** Its native path for display, or null when none is chosen yet or the chosen one is gone (never asks). */
  describe(): Promise<string | null>;
  /** Asks for a (new) folder now; null when the user cancels (the old choice stays). */
  choose(): Promise<string | null>;
}

export interface RememberedFolderOptions {
  /**
   * Called with a sentence for the user when the remembered folder turned out to be moved, deleted or
   * no longer permitted, just before the picker opens again (the picker itself cannot show a message).
   */
  readonly onForgotten?: (message: string) => void;
}

type Resolved = { readonly folder: UxpFolder } | { readonly problem: string };

/**
 * A user-picked folder behind `localFileSystem: "request"`: the picker grants access, and a persistent
 * token (kept in the settings store) brings the same grant back after a restart without asking again
 * (research §4.3).
 *
 * UXP's reference says a persistent token "is not guaranteed to last forever" (moving files, changed
 * permissions) and that resolving one "does not guarantee that the entry is valid for use"; its advice
 * is to ask the user for the entry again and store the new token (AdobeDocs/uxp,
 * `reference-js/Modules/uxp/Persistent File Storage/FileSystemProvider.md`, createPersistentToken and
 * getEntryForPersistentToken). So a resolved entry is probed with `getEntries()` (Folder.md) before use:
 * a moved or deleted folder is found here and the user is asked again, instead of a download failing
 * at write time with a bare file-system error.
 */
export function createRememberedFolder(
  uxp: UxpModule,
  settings: SettingsStore,
  settingKey: string,
  purpose: string,
  options: RememberedFolderOptions = {},
): RememberedFolder {
  const fs = uxp.storage.localFileSystem;

  /** null when no folder was ever chosen. */
  async function resolve(): Promise<Resolved | null> {
    const token = await settings.get(settingKey);
    if (typeof token !== 'string') return null;
    let folder: UxpFolder;
    try {
      folder = await fs.getEntryForPersistentToken(token);
    } catch (error) {
      return { problem: `The folder chosen earlier for ${purpose} can no longer be opened (${describeError(error)}).` };
    }
    try {
      await folder.getEntries();
      return { folder };
    } catch (error) {
      return {
        problem: `The folder chosen earlier for ${purpose}, ${folder.nativePath}, was moved, deleted or is no longer permitted (${describeError(error)}).`,
      };
    }
  }

  async function choose(): Promise<UxpFolder | null> {
    const picked = await fs.getFolder();
    if (picked == null) return null;
    await settings.set(settingKey, await fs.createPersistentToken(picked));
    return picked;
  }

  return {
    async get() {
      const resolved = await resolve();
      if (resolved != null && 'folder' in resolved) return resolved.folder;
      const why = resolved?.problem ?? null;
      if (why != null) {
        // Forget the dead grant first, so a cancelled picker leaves "not chosen" rather than a token that fails again.
        await settings.remove(settingKey);
        options.onForgotten?.(`${why} Choose it again.`);
      }
      const folder = await choose();
      if (folder == null) throw new FolderNotChosenError(purpose, why);
      return folder;
    },
    async describe() {
      const resolved = await resolve();
      return resolved != null && 'folder' in resolved ? resolved.folder.nativePath : null;
    },
    async choose() {
      return (await choose())?.nativePath ?? null;
    },
  };
}
