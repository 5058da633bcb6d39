import type { storage } from 'uxp';

/**
 * The subset of the `uxp` module ClipRelay uses. `@adobe/cc-ext-uxp-types` leaves secureStorage and
 * localFileSystem loosely typed, so the members we call are declared here from Adobe's docs
 * (research/premiere-uxp.md §4.3–4.4).
 */
export interface UxpFile {
  readonly name: string;
  readonly nativePath: string;
  readonly isFile?: boolean;
  write(data: ArrayBuffer | string, options?: { format?: symbol; append?: boolean }): Promise<number>;
  read(options?: { format?: symbol }): Promise<ArrayBuffer | string>;
  delete(): Promise<void>;
  moveTo(folder: UxpFolder, options?: { overwrite?: boolean; newName?: string }): Promise<void>;
}

export interface UxpFolder {
  readonly name?: string;
  readonly nativePath: string;
  readonly isFolder?: boolean;
  createFile(name: string, options?: { overwrite?: boolean }): Promise<UxpFile>;
  /**
   * An entry by its path relative to this folder ("a/b.wav"); rejects when there is none. Typed as a
   * file because ClipRelay only ever asks for files.
   */
  getEntry(relativePath: string): Promise<UxpFile>;
  /**
   * The entries directly inside this folder (AdobeDocs/uxp `Folder.md`). ClipRelay calls it only to
   * probe that a folder behind a persistent token still exists and may be read.
   */
  getEntries(): Promise<readonly unknown[]>;
}

/**
 * UXP's secure storage. Values go in as a string or bytes and always come back as bytes
 * (`Uint8Array`), which ClipRelay decodes itself: UXP has no TextDecoder (research §4.2, §4.4).
 */
export interface UxpSecureStorage {
  getItem(key: string): Promise<Uint8Array | null | undefined>;
  setItem(key: string, value: string | ArrayBuffer | Uint8Array): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export interface UxpModule {
  storage: {
    formats: typeof storage.formats;
    /** Where Adobe's docs put it; some UXP versions expose it only at the top level (below). */
    secureStorage?: UxpSecureStorage;
    localFileSystem: {
      getFolder(options?: object): Promise<UxpFolder | null>;
      /** One file (allowMultiple left off), or null when the dialog is dismissed; `types` are extensions. */
      getFileForOpening(options?: { types?: readonly string[] }): Promise<UxpFile | null>;
      /** The save dialog: the file the editor named (created or replaced), or null when dismissed; `types` are extensions. */
      getFileForSaving(suggestedName: string, options?: { types?: readonly string[] }): Promise<UxpFile | null>;
      getDataFolder(): Promise<UxpFolder>;
      createPersistentToken(entry: UxpFolder | UxpFile): Promise<string>;
      getEntryForPersistentToken(token: string): Promise<UxpFolder>;
    };
  };
  /** `require('uxp').secureStorage`, as `@adobe/cc-ext-uxp-types` declares it (and [shortflow] probes). */
  secureStorage?: UxpSecureStorage;
}

/** The only `require('uxp')` outside the Premiere host; webpack keeps it external. */
export function loadUxpModule(): UxpModule {
  // UXP provides this module at run time only; it is not on npm.
  return require('uxp') as UxpModule;
}
