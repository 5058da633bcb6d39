/** An FCPXML time: a rational number of seconds, `1001/30000s`, `5s` (kept exact: frames must not drift). */
export interface RationalTime {
  readonly numerator: number;
  readonly denominator: number;
}

export function parseRationalTime(text: string | null): RationalTime | null {
  if (text == null) return null;
  const match = /^(-?\d+(?:\.\d+)?)(?:\/(\d+))?s$/.exec(text.trim());
  if (match == null) return null;
  const denominator = match[2] == null ? 1 : Number(match[2]);
  if (denominator === 0) return null;
  const numerator = Number(match[1]);
  if (!Number.isInteger(numerator)) return { numerator: Math.round(numerator * 1_000_000), denominator: denominator * 1_000_000 };
  return { numerator, denominator };
}

export function rationalToSeconds(time: RationalTime): number {
  return time.numerator / time.denominator;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x === 0 ? 1 : x;
}

/** `start + frames × frameDuration`, reduced, as FCPXML writes it (`3/2s`, `5s`). */
export function formatFrameOffset(start: RationalTime, frames: number, frameDuration: RationalTime): string {
  const denominator = (start.denominator * frameDuration.denominator) / gcd(start.denominator, frameDuration.denominator);
  const numerator =
    start.numerator * (denominator / start.denominator) + frames * frameDuration.numerator * (denominator / frameDuration.denominator);
  const divisor = gcd(numerator, denominator);
  const n = numerator / divisor;
  const d = denominator / divisor;
  return d === 1 ? `${n}s` : `${n}/${d}s`;
}
