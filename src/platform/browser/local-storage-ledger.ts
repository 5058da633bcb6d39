import type { LedgerStorage } from '../ledger-storage';

/** The sandbox's job ledger in localStorage: it survives a page reload, like the panel's data folder. */
export function localStorageLedger(storage: Storage, key = 'cliprelay.jobs'): LedgerStorage {
  return {
    read: async () => storage.getItem(key),
    write: async (text) => storage.setItem(key, text),
    // Finished jobs moved out of the ledger: the panel's saves stay small; the archive is only appended to.
    appendArchive: async (lines) => storage.setItem(`${key}.archive`, (storage.getItem(`${key}.archive`) ?? '') + lines),
    readArchive: async () => storage.getItem(`${key}.archive`),
    keepAside: async (text, nowMs) => {
      const asideKey = `${key}.damaged-${new Date(nowMs).toISOString()}`;
      storage.setItem(asideKey, text);
      return `localStorage "${asideKey}"`;
    },
  };
}
