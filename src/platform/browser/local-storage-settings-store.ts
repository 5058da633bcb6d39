import { createJsonDocumentSettingsStore } from '../json-settings-document';
import type { SettingsStore } from '../settings-store';

/** Settings for the sandbox page, as one JSON entry in localStorage (never secrets). */
export function createLocalStorageSettingsStore(storage: Pick<Storage, 'getItem' | 'setItem'>, key = 'cliprelay.settings'): SettingsStore {
  return createJsonDocumentSettingsStore({
    read: async () => storage.getItem(key),
    write: async (text) => storage.setItem(key, text),
    keepAside: async (text, nowMs) => {
      const asideKey = `${key}.damaged-${new Date(nowMs).toISOString()}`;
      storage.setItem(asideKey, text);
      return `localStorage "${asideKey}"`;
    },
  });
}
