/** The sequence's In/Out marks as ClipRelay reports them; null where none is set. */
interface SequenceMarks {
  readonly inPointSeconds: number | null;
  readonly outPointSeconds: number | null;
}

const EPSILON_SECONDS = 1e-6;

/**
 * Premiere answers `getInPoint`/`getOutPoint` with a time even when no mark is set. ExtendScript-era
 * Premiere reported an unmarked sequence as in 0 / out = end (research §1.2; the diagnostics print the
 * raw values on a real host, VERIFY). So: a negative or non-finite time is no mark, an Out at or
 * before the In is no Out, and In 0 with Out at the end (or none) is no marks at all.
 */
export function normalizeSequenceMarks(inSeconds: number, outSeconds: number, endSeconds: number): SequenceMarks {
  let inPoint: number | null = Number.isFinite(inSeconds) && inSeconds >= 0 ? inSeconds : null;
  let outPoint: number | null = Number.isFinite(outSeconds) && outSeconds > 0 ? outSeconds : null;
  if (inPoint != null && outPoint != null && outPoint <= inPoint + EPSILON_SECONDS) outPoint = null;
  const outIsDefault = outPoint == null || outPoint >= endSeconds - EPSILON_SECONDS;
  if ((inPoint == null || inPoint <= EPSILON_SECONDS) && outIsDefault) {
    inPoint = null;
    outPoint = null;
  }
  return { inPointSeconds: inPoint, outPointSeconds: outPoint };
}
