import { createBrowserPackFetcher } from '../../platform/browser/browser-pack-fetcher';
import { createBrowserPackFileSource } from '../../platform/browser/pick-pack-file';
import { createJsonDocumentSettingsStore } from '../../platform/json-settings-document';
import type { PanelRuntime } from '../compose-panel-services';

const SETTINGS_KEY = 'cliprelay.settings';

/**
 * The sandbox page's pack subscriptions: the browser's fetch, kept in localStorage, and packs from this
 * machine (127.0.0.1, over plain HTTP, which the fetcher allows only for a local address) besides the build's hosts,
 * and pack files picked with the browser's file input.
 */
export function sandboxPackSubscriptions(storage: Storage): NonNullable<PanelRuntime['packs']> {
  const settings = createJsonDocumentSettingsStore({
    read: () => Promise.resolve(storage.getItem(SETTINGS_KEY)),
    write: (text) => Promise.resolve(storage.setItem(SETTINGS_KEY, text)),
  });
  return { fetcher: createBrowserPackFetcher(), settings, extraHosts: ['127.0.0.1'], files: createBrowserPackFileSource() };
}
