import { z } from 'zod';
import { readStoredJson } from './read-stored-json';
import type { SettingsStore, SettingsValue } from './settings-store';
import { readStoredJsonOrDefault } from './read-stored-json-or-default';
import type { StoredDataDamagedError } from './stored-data-damaged-error';

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
   * Runs reads and writes one after another, so two quick `set`s never lose each other's change and a
   * damaged document is replaced by no one else's write. The caller awaits its own run and sees its
   * failure; the next one still goes ahead.
   */
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  /**
   * The settings, through the one stored-data reader. A damaged document (hand-edited, half written by
   * another tool) is copied aside, replaced by an empty one and read as empty, and `damage` says so; where
   * it cannot be copied, the error stands and nothing is written over it.
   */
  const readSettings = async (): Promise<SettingsObject> => {
    const text = await document.read();
    const keepAside = document.keepAside?.bind(document);
    if (keepAside == null) return (readStoredJson(text, settingsObjectSchema, DOCUMENT) ?? {}) as SettingsObject;
    return (await readStoredJsonOrDefault({
      text,
      schema: settingsObjectSchema,
      document: DOCUMENT,
      fallback: {},
      keepAside,
      replaceDamaged: () => document.write('{}\n'),
      onDamaged: (found) => {
        damage = found;
      },
      now: options.now,
    })) as SettingsObject;
  };
  const update = (change: (settings: SettingsObject) => void): Promise<void> =>
    serialized(async () => {
      const settings = await readSettings();
      change(settings);
      await document.write(`${JSON.stringify(settings, null, 2)}\n`);
    });
  return {
    async get(key) {
      return (await serialized(readSettings))[key] ?? null;
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
