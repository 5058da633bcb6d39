import type { UxpFile, UxpFolder, UxpModule, UxpSecureStorage } from '../../src/platform/uxp/uxp-module';
import { encodeUtf8, decodeUtf8 } from '../../src/shared/utf8';

const formats = { utf8: Symbol('utf8'), binary: Symbol('binary') };

/** An in-memory disk: native path → bytes. Folders exist implicitly. */
type FakeDisk = Map<string, Uint8Array>;

class FakeFile implements UxpFile {
  readonly isFile = true;
  constructor(
    private readonly disk: FakeDisk,
    readonly nativePath: string,
  ) {}

  get name(): string {
    return this.nativePath.split('/').pop() ?? '';
  }

  async write(data: ArrayBuffer | string, options: { format?: symbol; append?: boolean } = {}): Promise<number> {
    const bytes = typeof data === 'string' ? encodeUtf8(data) : new Uint8Array(data);
    if (typeof data === 'string' && options.format === formats.binary) throw new TypeError('binary format expects an ArrayBuffer');
    const before = options.append === true ? (this.disk.get(this.nativePath) ?? new Uint8Array()) : new Uint8Array();
    const joined = new Uint8Array(before.length + bytes.length);
    joined.set(before);
    joined.set(bytes, before.length);
    this.disk.set(this.nativePath, joined);
    return bytes.length;
  }

  async read(options: { format?: symbol } = {}): Promise<ArrayBuffer | string> {
    const bytes = this.disk.get(this.nativePath);
    if (bytes == null) throw new Error(`no file at ${this.nativePath}`);
    // UXP's default read format is utf8.
    return options.format === formats.binary ? bytes.slice().buffer : decodeUtf8(bytes);
  }

  async delete(): Promise<void> {
    this.disk.delete(this.nativePath);
  }

  async moveTo(folder: UxpFolder, options: { overwrite?: boolean; newName?: string } = {}): Promise<void> {
    const target = `${folder.nativePath}/${options.newName ?? this.name}`;
    if (this.disk.has(target) && options.overwrite !== true) throw new Error(`${target} exists`);
    this.disk.set(target, this.disk.get(this.nativePath)!);
    this.disk.delete(this.nativePath);
  }
}

/** Native paths of folders that were deleted or moved away on disk while a token still names them. */
type GoneFolders = Set<string>;

const isUnder = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

class FakeFolder implements UxpFolder {
  readonly isFolder = true;
  constructor(
    private readonly disk: FakeDisk,
    readonly nativePath: string,
    private readonly gone: GoneFolders = new Set(),
  ) {}

  private assertExists(): void {
    if ([...this.gone].some((folder) => isUnder(this.nativePath, folder))) throw new Error(`Could not find the folder ${this.nativePath}`);
  }

  async getEntries(): Promise<readonly unknown[]> {
    this.assertExists();
    const names = new Set<string>();
    for (const path of this.disk.keys()) {
      if (isUnder(path, this.nativePath) && path !== this.nativePath) names.add(path.slice(this.nativePath.length + 1).split('/')[0]!);
    }
    return [...names];
  }

  async createFile(name: string, options: { overwrite?: boolean } = {}): Promise<UxpFile> {
    // A folder deleted behind the token fails here, at write time, as UXP warns it may.
    this.assertExists();
    const path = `${this.nativePath}/${name}`;
    if (this.disk.has(path) && options.overwrite !== true) throw new Error(`${path} already exists`);
    // Like UXP, the file is created on first write.
    return new FakeFile(this.disk, path);
  }

  async getEntry(relativePath: string): Promise<UxpFile> {
    this.assertExists();
    const path = `${this.nativePath}/${relativePath}`;
    if (!this.disk.has(path)) throw new Error(`no entry ${relativePath} in ${this.nativePath}`);
    return new FakeFile(this.disk, path);
  }
}

interface FakeUxp {
  readonly uxp: UxpModule;
  readonly disk: FakeDisk;
  /** Raw secure storage contents, key → bytes as stored. */
  readonly secure: Map<string, Uint8Array>;
  /** The folders the next `getFolder()` calls return, in order (null = the user cancels). */
  readonly pickerAnswers: Array<string | null>;
  /** How often the folder picker opened. */
  pickerOpened: number;
  /** The files the next `getFileForOpening()` calls return, in order (null = the user cancels). */
  readonly filePickerAnswers: Array<string | null>;
  /** The options of the last `getFileForOpening()` call. */
  lastFilePickerOptions?: { types?: readonly string[] };
  /** What the save dialog answers, in order: the path the editor named, or null when dismissed. */
  readonly savePickerAnswers: Array<string | null>;
  /** Makes every persistent token issued so far stop working (the folder was moved). */
  invalidateTokens(): void;
  /**
   * The folder is deleted or moved on disk while its persistent token still resolves to an entry — the
   * case UXP's reference warns about ("does not guarantee that the entry is valid for use"). Its files
   * go, and every operation on it rejects, until the picker returns that path again.
   */
  removeFolder(nativePath: string): void;
}

/** A fake `uxp` module over an in-memory disk: secure storage, data folder, folder picker, persistent tokens. */
export function createFakeUxp(options: { secureStorageAtTopLevelOnly?: boolean } = {}): FakeUxp {
  const disk: FakeDisk = new Map();
  const secure = new Map<string, Uint8Array>();
  const tokens = new Map<string, string>();
  let tokenCount = 0;
  const gone: GoneFolders = new Set();
  const secureStorage: UxpSecureStorage = {
    async getItem(key) {
      const value = secure.get(key);
      // UXP answers bytes, always; a missing key resolves empty.
      return value == null ? new Uint8Array() : value.slice();
    },
    async setItem(key, value) {
      if (typeof value === 'string' && value === '') throw new Error('rejected: empty value');
      secure.set(key, typeof value === 'string' ? encodeUtf8(value) : value instanceof Uint8Array ? value.slice() : new Uint8Array(value));
    },
    async removeItem(key) {
      if (!secure.delete(key)) throw new Error('rejected: no such key');
    },
  };
  const fake: FakeUxp = {
    disk,
    secure,
    pickerAnswers: [],
    pickerOpened: 0,
    filePickerAnswers: [],
    savePickerAnswers: [],
    invalidateTokens: () => tokens.clear(),
    removeFolder: (nativePath) => {
      gone.add(nativePath);
      for (const path of [...disk.keys()]) if (isUnder(path, nativePath)) disk.delete(path);
    },
    uxp: {
      storage: {
        formats: formats,
        ...(options.secureStorageAtTopLevelOnly === true ? {} : { secureStorage }),
        localFileSystem: {
          async getFolder() {
            fake.pickerOpened += 1;
            const answer = fake.pickerAnswers.shift();
            if (answer == null) return null;
            // Picking a path again means the user made (or found) that folder again.
            gone.delete(answer);
            return new FakeFolder(disk, answer, gone);
          },
          async getFileForOpening(pickerOptions) {
            fake.lastFilePickerOptions = pickerOptions;
            const answer = fake.filePickerAnswers.shift();
            return answer == null ? null : new FakeFile(disk, answer);
          },
          async getFileForSaving() {
            const answer = fake.savePickerAnswers.shift();
            return answer == null ? null : new FakeFile(disk, answer);
          },
          async getDataFolder() {
            return new FakeFolder(disk, '/plugin-data');
          },
          async createPersistentToken(entry) {
            const token = `token-${(tokenCount += 1)}`;
            tokens.set(token, entry.nativePath);
            return token;
          },
          async getEntryForPersistentToken(token) {
            const path = tokens.get(token);
            if (path == null) throw new Error('invalid token');
            // A token made for a file (a picked pack) resolves to that file while it is on the disk.
            if (disk.has(path)) return new FakeFile(disk, path) as unknown as FakeFolder;
            return new FakeFolder(disk, path, gone);
          },
        },
      },
      ...(options.secureStorageAtTopLevelOnly === true ? { secureStorage } : {}),
    },
  };
  return fake;
}
