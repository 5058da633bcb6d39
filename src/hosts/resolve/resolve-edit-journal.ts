/**
 * Resolve's scripting API has no undo call and no way to group edits (the Fusion page's
 * `Composition.StartUndo/EndUndo` covers Fusion compositions only), so each scripted call lands in
 * Resolve's own Edit › Undo history on its own terms. ClipRelay therefore keeps a journal of its own
 * changes: one entry per Generate placement, provenance write or duck, which "Undo last ClipRelay change"
 * takes back as a whole, by the same scripting calls.
 */
interface JournalEntry {
  readonly label: string;
  readonly revert: () => void;
}

export class ResolveEditJournal {
  private readonly entries: JournalEntry[] = [];

  get labels(): readonly string[] {
    return this.entries.map((entry) => entry.label);
  }

  record(label: string, revert: () => void): void {
    this.entries.push({ label, revert });
  }

  /** Takes back the newest change; its label, or null when there is nothing to take back. */
  undoLast(): string | null {
    const entry = this.entries.pop();
    if (entry == null) return null;
    entry.revert();
    return entry.label;
  }
}
