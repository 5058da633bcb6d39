/**
 * Where the job ledger is kept between sessions: the UXP plugin data folder, browser
 * localStorage in the sandbox, `$CLIPRELAY_HOME/jobs.json` for the CLI. Text in, text out; the
 * ledger owns the format.
 */
export interface LedgerStorage {
  read(): Promise<string | null>;
  /** Must replace the whole content atomically (a crash mid-write may not leave half a file). */
  write(text: string): Promise<void>;
}

/** In memory, for tests and one-shot runs. */
export function memoryLedgerStorage(initial: string | null = null): LedgerStorage & { readonly text: string | null } {
  let text = initial;
  return {
    get text() {
      return text;
    },
    read: async () => text,
    write: async (next) => {
      text = next;
    },
  };
}
