/**
 * A frame rate as an exact ratio (NTSC rates are 24000/1001, 30000/1001, 60000/1001), with the
 * timecode counting the file asked for. Frame numbers and rational times are computed from the ratio,
 * never from a rounded 29.97, so a two-hour timeline lands on the same frames the editor sees.
 */
export interface FrameRate {
  /** Frames per `denominator` seconds: 30000 for 29.97. */
  readonly numerator: number;
  readonly denominator: number;
  /** Drop-frame timecode (29.97 and 59.94 only); frames are counted the same either way. */
  readonly dropFrame: boolean;
}

export function framesPerSecond(rate: FrameRate): number {
  return rate.numerator / rate.denominator;
}

/** The rate for an integer timebase and the NTSC flag, as xmeml writes them (`<timebase>30</timebase><ntsc>TRUE</ntsc>`). */
export function rateFromTimebase(timebase: number, ntsc: boolean, dropFrame = false): FrameRate {
  return ntsc ? { numerator: timebase * 1000, denominator: 1001, dropFrame } : { numerator: timebase, denominator: 1, dropFrame: false };
}

/** A decimal rate (23.976, 29.97002997…, 25) as a ratio: within 0.005 of n·1000/1001 it is NTSC. */
export function rateFromDecimal(fps: number): FrameRate {
  const nominal = Math.round(fps);
  if (Math.abs(fps - nominal) < 1e-6) return { numerator: nominal, denominator: 1, dropFrame: false };
  if (Math.abs(fps - (nominal * 1000) / 1001) < 0.005) return { numerator: nominal * 1000, denominator: 1001, dropFrame: false };
  // A rate that is neither whole nor NTSC (e.g. 12.5): kept to the microframe.
  return { numerator: Math.round(fps * 1000), denominator: 1000, dropFrame: false };
}

/** The integer timebase (30 for 29.97) and NTSC flag of a rate, for xmeml. */
export function timebaseOf(rate: FrameRate): { readonly timebase: number; readonly ntsc: boolean } {
  const fps = framesPerSecond(rate);
  const timebase = Math.round(fps);
  return { timebase, ntsc: rate.denominator === 1001 };
}

/** The nearest frame to a time (ties up). */
export function secondsToFrames(seconds: number, rate: FrameRate): number {
  return Math.round((seconds * rate.numerator) / rate.denominator + 1e-9);
}
