import type { LedgerStorage } from '../../src/platform/ledger-storage';

/** A ledger storage in memory, recording what the ledger kept aside. */
export function memoryLedgerStorage(
  initial: string | null = null,
): LedgerStorage & { readonly text: string | null; readonly keptAside: readonly string[] } {
  let text = initial;
  const keptAside: string[] = [];
  return {
    get text() {
      return text;
    },
    keptAside,
    read: async () => text,
    write: async (next) => {
      text = next;
    },
    update: async (change) => {
      const next = change(text);
      if (next != null) text = typeof next === 'string' ? next : next.text;
    },
    keepAside: async (damaged, nowMs) => {
      keptAside.push(damaged);
      return `memory:jobs.json.damaged-${new Date(nowMs).toISOString()}`;
    },
  };
}
