import type { SettingsStore, SettingsValue } from './settings-store';

/** Where a settings document's text lives: a file, a localStorage entry. */
export interface TextDocument {
  /** The text, or null when the document does not exist yet. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

type SettingsObject = Record<string, SettingsValue>;

function parseObject(text: string | null): SettingsObject {
  if (text == null || text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed != null && !Array.isArray(parsed) ? (parsed as SettingsObject) : {};
  } catch {
    // A damaged file (hand-edited, half-written by another tool) reads as empty rather than
    // breaking the panel; the next save replaces it with valid JSON.
    return {};
  }
}

/**
 * A SettingsStore kept as one JSON object in a text document. Reads go to the document every time
 * (another window or a hand edit may have changed it); writes are queued one after another so two
 * quick `set`s never lose each other's change.
 */
export function createJsonDocumentSettingsStore(document: TextDocument): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (settings: SettingsObject) => void): Promise<void> => {
    const run = queue.then(async () => {
      const settings = parseObject(await document.read());
      change(settings);
      await document.write(`${JSON.stringify(settings, null, 2)}\n`);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async get(key) {
      await queue;
      return parseObject(await document.read())[key] ?? null;
    },
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
