import type { ResolveUndoStep } from './resolve-undo-steps';

/**
 * Resolve's scripting API has no undo call and no way to group edits (the Fusion page's
 * `Composition.StartUndo/EndUndo` covers Fusion compositions only), so each scripted call lands in
 * Resolve's own Edit › Undo history on its own terms. ClipRelay therefore keeps a journal of its own
 * changes: one entry per Generate placement, provenance write or duck, which "Undo last ClipRelay change"
 * takes back as a whole, by the same scripting calls. Entries are plain data (`ResolveUndoStep`), saved
 * after every change where a store is given, so an undo survives the panel closing.
 */
interface JournalEntry {
  readonly label: string;
  /** The project the change was made in: another project's entries are never applied to this one. */
  readonly projectId: string;
  /** Applied in order. */
  readonly steps: readonly ResolveUndoStep[];
}

/** Where the journal is kept between sessions (the plugin's data folder, through the main process). */
export interface JournalStore {
  read(): Promise<string | null>;
  /** Replaces the whole text atomically. */
  write(text: string): Promise<void>;
}

/** Enough to take back a working session's changes; older entries fall off so the file stays small. */
const MAX_ENTRIES = 50;
const FORMAT = 1;

function parseEntries(text: string | null): JournalEntry[] {
  if (text == null) return [];
  try {
    const document = JSON.parse(text) as { format?: unknown; entries?: unknown };
    // A damaged or newer file starts an empty journal: an undo must never act on steps it cannot read.
    if (document.format !== FORMAT || !Array.isArray(document.entries)) return [];
    return (document.entries as JournalEntry[]).filter(
      (entry) => typeof entry.label === 'string' && typeof entry.projectId === 'string' && Array.isArray(entry.steps),
    );
  } catch {
    return [];
  }
}

export class ResolveEditJournal {
  /** Null until the store has been read; without a store, empty from the start. */
  private entries: JournalEntry[] | null;

  constructor(private readonly store: JournalStore | null = null) {
    this.entries = store == null ? [] : null;
  }

  private async load(): Promise<JournalEntry[]> {
    const text = this.store == null ? null : await this.store.read();
    this.entries ??= parseEntries(text);
    return this.entries;
  }

  private async save(entries: readonly JournalEntry[]): Promise<void> {
    await this.store?.write(JSON.stringify({ format: FORMAT, entries }));
  }

  /** Labels of the entries read so far, oldest first ([] until the first change or undo has read the store). */
  get labels(): readonly string[] {
    return (this.entries ?? []).map((entry) => entry.label);
  }

  async record(entry: JournalEntry): Promise<void> {
    const entries = this.entries ?? (await this.load());
    entries.push(entry);
    if (entries.length > MAX_ENTRIES) entries.splice(0, entries.length - MAX_ENTRIES);
    await this.save(entries);
  }

  /**
   * Takes the newest entry of `projectId` off the journal and hands it to `revert`; its label, or null when
   * there is none. Once the journal is read, the revert runs before this returns (as Edit › Undo would), then
   * the journal is saved: a revert that fails half-way is not tried again on the next press.
   */
  async undoLast(projectId: string, revert: (entry: JournalEntry) => void): Promise<string | null> {
    const entries = this.entries ?? (await this.load());
    const index = entries.findLastIndex((entry) => entry.projectId === projectId);
    if (index < 0) return null;
    const [entry] = entries.splice(index, 1);
    try {
      revert(entry!);
    } finally {
      await this.save(entries);
    }
    return entry!.label;
  }
}
