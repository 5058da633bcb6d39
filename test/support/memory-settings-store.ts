import { createJsonDocumentSettingsStore } from '../../src/platform/json-settings-document';
import type { SettingsStore } from '../../src/platform/settings-store';

/** A SettingsStore over an in-memory document, with the document's text readable for assertions. */
export function memorySettingsStore(): SettingsStore & { text(): string | null } {
  let text: string | null = null;
  const store = createJsonDocumentSettingsStore({
    read: () => Promise.resolve(text),
    write: (next) => {
      text = next;
      return Promise.resolve();
    },
  });
  return { ...store, text: () => text };
}
