/** A gain envelope point: seconds from the start of the file, dB (0 = untouched). */
interface GainPoint {
  readonly timeSeconds: number;
  readonly gainDb: number;
}

/**
 * Applies a gain envelope to one block of samples in place, sample by sample: the gain moves in straight
 * lines in dB between points (as the planner and every NLE draw it), the first and last point's gain
 * held beyond them. Sample-accurate, so a ramp has no steps and no clicks: consecutive samples differ in gain by at
 * most the ramp's slope over one sample. Points must be sorted by time.
 */
export function applyGainEnvelope(
  channels: readonly Float32Array[],
  startFrame: number,
  sampleRateHz: number,
  points: readonly GainPoint[],
): void {
  if (points.length === 0 || channels.length === 0) return;
  const frames = channels[0]!.length;
  let segment = 0;
  for (let i = 0; i < frames; i++) {
    const t = (startFrame + i) / sampleRateHz;
    while (segment < points.length && points[segment]!.timeSeconds <= t) segment++;
    const gainDb = gainBetween(points, segment, t);
    if (gainDb === 0) continue;
    const gain = 10 ** (gainDb / 20);
    for (const channel of channels) channel[i]! *= gain;
  }
}

/** The gain at `t`, where `next` is the first point after t; the end points' gains hold beyond them. */
function gainBetween(points: readonly GainPoint[], next: number, t: number): number {
  if (next === 0) return points[0]!.gainDb;
  if (next >= points.length) return points[points.length - 1]!.gainDb;
  const a = points[next - 1]!;
  const b = points[next]!;
  const span = b.timeSeconds - a.timeSeconds;
  return span <= 0 ? b.gainDb : a.gainDb + ((b.gainDb - a.gainDb) * (t - a.timeSeconds)) / span;
}
