/**
 * Where the job ledger is kept between sessions: the UXP plugin data folder, browser
 * localStorage in the sandbox, `$CLIPRELAY_HOME/jobs.json` for the CLI. Text in, text out; the
 * ledger owns the format.
 */
export interface LedgerStorage {
  read(): Promise<string | null>;
  /** Must replace the whole content atomically (a crash mid-write may not leave half a file). */
  write(text: string): Promise<void>;
  /**
   * Reads the current text and writes `change(text)` while holding a lock every other process
   * sharing the ledger honours, so no writer overwrites another's jobs. `change` may return null
   * to write nothing. Absent where one process owns the storage (memory, one browser tab).
   */
  update?(change: (current: string | null) => string | LedgerWrite | null): Promise<void>;
  /**
   * Puts a damaged document's text aside (e.g. `jobs.json.damaged-<time>`) and returns where, so
   * the ledger can start over without destroying what could still be rescued by hand. Absent
   * where there is no place for it; the ledger then refuses to overwrite the damaged text.
   */
  keepAside?(text: string, nowMs: number): Promise<string>;
  /**
   * Appends finished jobs moved out of the ledger (one JSON record per line, `jobs-archive.jsonl`)
   * so old jobs stop slowing every save; never rewritten. Absent where there is no room for an
   * archive: the ledger then keeps every job.
   */
  appendArchive?(lines: string): Promise<void>;
  /** The archive's text, for listings of every job (`cliprelay jobs --all`); null when there is none. */
  readArchive?(): Promise<string | null>;
}

/**
 * A ledger write that also moves jobs to the archive: `archive` is appended before `text` replaces
 * the ledger, so a crash between the two leaves a job in both places (the ledger's copy wins), never
 * in neither.
 */
export interface LedgerWrite {
  readonly text: string;
  readonly archive?: string;
}
