import { AppError } from '../../shared/app-error';
import type { SettingsStore } from '../settings-store';
import type { UxpFolder, UxpModule } from './uxp-module';

/** The user closed the folder picker: nothing was done. */
export class FolderNotChosenError extends AppError {
  constructor(purpose: string) {
    super(`Choose a folder for ${purpose} to continue; nothing was changed.`);
    this.name = 'FolderNotChosenError';
  }
}

/** A folder the user picked once, kept across restarts. */
export interface RememberedFolder {
  /** The folder, asking the user to pick one when none is remembered or the old one is gone. */
  get(): Promise<UxpFolder>;
  /** Its native path for display, or null when none is chosen yet (never asks). */
  describe(): Promise<string | null>;
  /** Asks for a (new) folder now; null when the user cancels (the old choice stays). */
  choose(): Promise<string | null>;
}

/**
 * A user-picked folder behind `localFileSystem: "request"`: the picker grants access, and a persistent
 * token (kept in the settings store) brings the same grant back after a restart without asking again
 * (research §4.3). A token UXP no longer accepts (folder moved or deleted) means asking again.
 */
export function createRememberedFolder(uxp: UxpModule, settings: SettingsStore, settingKey: string, purpose: string): RememberedFolder {
  const fs = uxp.storage.localFileSystem;

  async function remembered(): Promise<UxpFolder | null> {
    const token = await settings.get(settingKey);
    if (typeof token !== 'string') return null;
    return fs.getEntryForPersistentToken(token).catch(() => null);
  }

  async function choose(): Promise<UxpFolder | null> {
    const picked = await fs.getFolder();
    if (picked == null) return null;
    await settings.set(settingKey, await fs.createPersistentToken(picked));
    return picked;
  }

  return {
    async get() {
      const folder = (await remembered()) ?? (await choose());
      if (folder == null) throw new FolderNotChosenError(purpose);
      return folder;
    },
    async describe() {
      return (await remembered())?.nativePath ?? null;
    },
    async choose() {
      return (await choose())?.nativePath ?? null;
    },
  };
}
