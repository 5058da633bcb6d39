/** The quietest level ClipRelay writes or reads: a linear gain of 0 (silence) is held here instead of −∞. */
const FLOOR_DB = -100;

/** Linear gain (xmeml Audio Levels) to dB: 20·log10. */
export function linearToDb(gain: number): number {
  return gain <= 0 ? FLOOR_DB : Math.max(FLOOR_DB, 20 * Math.log10(gain));
}

/** dB to linear gain, written to six significant digits (as Premiere writes 0.354813 for −9 dB). */
export function dbToLinearText(levelDb: number): string {
  return String(Number((10 ** (levelDb / 20)).toPrecision(6)));
}

/** Levels in dB are written to 1/10 000 dB: far below hearing, and identical on every run. */
export function roundDb(levelDb: number): number {
  return Math.round(levelDb * 10_000) / 10_000 + 0;
}
