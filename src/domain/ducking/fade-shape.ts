/** How a fade between the clip's own level and the ducked level moves. */
export type FadeShape = 'linear' | 'smooth';

/**
 * Where a smooth fade gets its extra keyframes, as fractions of the fade. Three interior points are
 * enough for an S-curve to read as smooth in the timeline and to the ear; the host still draws
 * straight lines between keyframes, so more points would only add clutter.
 */
const SMOOTH_FADE_FRACTIONS = [0.25, 0.5, 0.75] as const;

/**
 * Raised-cosine S-curve: 0 at the start, 1 at the end, flat at both ends so the gain eases out of
 * one level and into the other instead of turning a corner.
 */
function sCurve(fraction: number): number {
  return (1 - Math.cos(Math.PI * fraction)) / 2;
}

/**
 * The keyframes strictly between a fade's two end points (which the caller writes): none for a
 * linear fade, three for a smooth one, at 25 %, 50 % and 75 % of its length.
 */
export function fadeInteriorPoints(
  shape: FadeShape,
  from: { readonly timeSeconds: number; readonly gainDb: number },
  to: { readonly timeSeconds: number; readonly gainDb: number },
): { timeSeconds: number; gainDb: number }[] {
  if (shape === 'linear') return [];
  return SMOOTH_FADE_FRACTIONS.map((fraction) => ({
    timeSeconds: from.timeSeconds + (to.timeSeconds - from.timeSeconds) * fraction,
    gainDb: from.gainDb + (to.gainDb - from.gainDb) * sCurve(fraction),
  }));
}
