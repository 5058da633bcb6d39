import type { HostNote } from '../hosts/spec';
import type { LocalizedMessage } from '../shared/app-error';

/** Warnings as a job and a duck keep them: the English the ledger and the CLI keep, and each one's words at its index. */
interface WordedWarnings {
  readonly warnings: readonly string[];
  /** Each warning's catalog message at its index; null where it has none (provider text, older builds). */
  readonly warningWords?: readonly (LocalizedMessage | null)[];
}

/**
 * The warnings with these notes added, each note's catalog message at the same index in `warningWords`. Warnings
 * appended elsewhere without words only lengthen `warnings`, so the padding here keeps both lists aligned. The job
 * ledger redacts the words as it stores them.
 */
export function withWarnings(
  worded: WordedWarnings,
  added: readonly HostNote[],
): { readonly warnings: readonly string[]; readonly warningWords: readonly (LocalizedMessage | null)[] } {
  const words: (LocalizedMessage | null)[] = worded.warnings.map((_, index) => worded.warningWords?.[index] ?? null);
  for (const note of added) words.push(note.localized ?? null);
  return { warnings: [...worded.warnings, ...added.map((note) => note.message)], warningWords: words };
}
