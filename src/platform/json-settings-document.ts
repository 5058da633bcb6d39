import { z } from 'zod';
import { readStoredJson } from './read-stored-json';
import type { SettingsStore, SettingsValue } from './settings-store';
import { StoredDataDamagedError } from './stored-data-damaged-error';

/** Where a settings document's text lives: a file, a localStorage entry. */
interface TextDocument {
  /** The text, or null when the document does not exist yet. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
  /**
   * Copies a damaged document's text somewhere safe (e.g. `settings.json.damaged-<time>`) and
   * returns where. Absent where there is no such place: a damaged document is then refused, never
   * overwritten.
   */
  keepAside?(text: string, nowMs: number): Promise<string>;
}

type SettingsObject = Record<string, SettingsValue>;

/** Any JSON object; each caller validates its own key (see SettingsStore). */
const settingsObjectSchema = z.record(z.string(), z.unknown());
const DOCUMENT = 'settings file';

/**
 * A SettingsStore kept as one JSON object in a text document. Reads go to the document every time
 * (another window or a hand edit may have changed it); writes are queued one after another so two
 * quick `set`s never lose each other's change.
 */
export function createJsonDocumentSettingsStore(document: TextDocument, options: { readonly now?: () => number } = {}): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  let damage: StoredDataDamagedError | null = null;
  /**
   * The settings, through the one stored-data reader. A damaged document (hand-edited, half
   * written by another tool) is copied aside first and then read as empty, and `damage` says so;
   * where it cannot be copied, the error stands and nothing is written over it.
   */
  const parseObject = async (text: string | null): Promise<SettingsObject> => {
    try {
      return (readStoredJson(text, settingsObjectSchema, DOCUMENT) ?? {}) as SettingsObject;
    } catch (error) {
      if (!(error instanceof StoredDataDamagedError) || document.keepAside == null) throw error;
      const keptAsidePath = await document.keepAside(text!, (options.now ?? Date.now)());
      damage = new StoredDataDamagedError({ document: DOCUMENT, detail: error.detail, keptAsidePath, cause: error });
      return {};
    }
  };
  const update = (change: (settings: SettingsObject) => void): Promise<void> => {
    const run = queue.then(async () => {
      const settings = await parseObject(await document.read());
      change(settings);
      await document.write(`${JSON.stringify(settings, null, 2)}\n`);
    });
    // The queue only orders writes: the caller awaits `run` and sees its failure; the next write still goes ahead.
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async get(key) {
      await queue;
      return (await parseObject(await document.read()))[key] ?? null;
    },
    damage: () => damage,
    set: (key, value) =>
      update((settings) => {
        settings[key] = value;
      }),
    remove: (key) =>
      update((settings) => {
        delete settings[key];
      }),
  };
}
