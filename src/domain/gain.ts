/** Decibel helpers. Gains in ClipRelay's domain are always in dB relative to a clip's own level. */

/** Linear amplitude factor for a dB change: 0 dB → 1, −6 dB → ≈0.501. */
export function dbToAmplitude(gainDb: number): number {
  return gainDb === -Infinity ? 0 : 10 ** (gainDb / 20);
}

/** dB for a linear amplitude factor; 0 → −∞. */
export function amplitudeToDb(amplitude: number): number {
  return amplitude <= 0 ? -Infinity : 20 * Math.log10(amplitude);
}
