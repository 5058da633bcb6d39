/**
 * Volume › Level as Premiere stores it: a linear amplitude where 1.0 is the UI maximum of +15 dB,
 * so 0 dB (untouched) is 0.17782794. Not in Adobe's docs; several independent projects measured it
 * (research/premiere-uxp.md §2.3).
 */

/** The loudest Level Premiere accepts: 1.0. */
const PREMIERE_MAX_LEVEL_DB = 15;

/** Premiere Level for an absolute dB value; clamped to +15 dB (1.0); −∞ dB is silence (0). */
export function dbToPremiereLevel(levelDb: number): number {
  if (levelDb === -Infinity) return 0;
  return Math.min(1, 10 ** ((levelDb - PREMIERE_MAX_LEVEL_DB) / 20));
}

/** Absolute dB for a Premiere Level; levels above 1.0 read as +15 dB, 0 or less as −∞. */
export function premiereLevelToDb(level: number): number {
  if (level <= 0) return -Infinity;
  return 20 * Math.log10(Math.min(1, level)) + PREMIERE_MAX_LEVEL_DB;
}
