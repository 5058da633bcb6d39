import type { storage } from 'uxp';

/**
 * The subset of the `uxp` module ClipRelay uses. `@adobe/cc-ext-uxp-types` leaves secureStorage and
 * localFileSystem loosely typed, so the members we call are declared here from Adobe's docs
 * (research/premiere-uxp.md §4.3–4.4).
 */
export interface UxpFile {
  readonly name: string;
  readonly nativePath: string;
  write(data: ArrayBuffer | string, options?: { format?: symbol; append?: boolean }): Promise<number>;
  read(options?: { format?: symbol }): Promise<ArrayBuffer | string>;
  delete(): Promise<void>;
  moveTo(folder: UxpFolder, options?: { newName?: string; overwrite?: boolean }): Promise<void>;
}

export interface UxpFolder {
  readonly nativePath: string;
  createFile(name: string, options?: { overwrite?: boolean }): Promise<UxpFile>;
  getEntry(name: string): Promise<UxpFile>;
}

export interface UxpModule {
  storage: {
    formats: typeof storage.formats;
    secureStorage: {
      getItem(key: string): Promise<Uint8Array | null | undefined>;
      setItem(key: string, value: string): Promise<void>;
      removeItem(key: string): Promise<void>;
    };
    localFileSystem: {
      getFolder(options?: object): Promise<UxpFolder | null>;
      /** The plugin's own data folder; UXP deletes it when the plugin is uninstalled. */
      getDataFolder(): Promise<UxpFolder>;
      createPersistentToken(entry: UxpFolder): Promise<string>;
      getEntryForPersistentToken(token: string): Promise<UxpFolder>;
    };
  };
}

/** The only `require('uxp')` outside the Premiere host; webpack keeps it external. */
export function loadUxpModule(): UxpModule {
  // UXP provides this module at run time only; it is not on npm.
  return require('uxp') as UxpModule;
}
