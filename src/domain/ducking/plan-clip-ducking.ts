import type { DuckPreset } from './duck-preset';
import { fadeInteriorPoints } from './fade-shape';
import { mergeRanges, type TimeRange } from './time-range';

/** A point of a gain envelope: sequence time, gain in dB relative to the clip's own level (≤ 0). */
interface PlannedGainPoint {
  readonly timeSeconds: number;
  readonly gainDb: number;
}

/**
 * The gain envelope that ducks one clip under the voice regions. Per merged region: 0 dB at
 * (start − attack), the preset depth from speech start to speech end, 0 dB at (end + release).
 * Regions closer than attack + release + hold merge, so short pauses do not pump. Where the
 * envelope crosses a clip edge, a boundary point carries the interpolated gain so the clip's
 * own part of the curve is exact. A smooth fade shape adds three points inside each fade (an S-curve).
 * Returns [] when no speech touches the clip. Never raises a clip.
 */
export function planClipDucking(voiceRegions: readonly TimeRange[], clip: TimeRange, preset: DuckPreset): PlannedGainPoint[] {
  const bridgeSeconds = preset.attackSeconds + preset.releaseSeconds + preset.holdSeconds;
  const envelope: PlannedGainPoint[] = [];
  for (const region of mergeRanges(voiceRegions, bridgeSeconds)) {
    const fadeStart = region.startSeconds - preset.attackSeconds;
    const fadeEnd = region.endSeconds + preset.releaseSeconds;
    if (fadeEnd <= clip.startSeconds || fadeStart >= clip.endSeconds) continue;
    const restBefore = { timeSeconds: fadeStart, gainDb: 0 };
    const duckedFrom = { timeSeconds: region.startSeconds, gainDb: preset.depthDb };
    const duckedTo = { timeSeconds: region.endSeconds, gainDb: preset.depthDb };
    const restAfter = { timeSeconds: fadeEnd, gainDb: 0 };
    envelope.push(
      restBefore,
      ...fadeInteriorPoints(preset.fadeShape, restBefore, duckedFrom),
      duckedFrom,
      duckedTo,
      ...fadeInteriorPoints(preset.fadeShape, duckedTo, restAfter),
      restAfter,
    );
  }
  // Ramps are > 0 (schema) and merged regions are further apart than both ramps, so times strictly increase.
  return clipEnvelope(envelope, clip);
}

function clipEnvelope(points: PlannedGainPoint[], clip: TimeRange): PlannedGainPoint[] {
  if (points.length === 0) return [];
  const inside = points.filter((p) => p.timeSeconds > clip.startSeconds && p.timeSeconds < clip.endSeconds);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const result: PlannedGainPoint[] = [];
  if (first.timeSeconds <= clip.startSeconds) result.push({ timeSeconds: clip.startSeconds, gainDb: gainAt(points, clip.startSeconds) });
  result.push(...inside);
  if (last.timeSeconds >= clip.endSeconds) result.push({ timeSeconds: clip.endSeconds, gainDb: gainAt(points, clip.endSeconds) });
  return result;
}

/** Linear interpolation in dB between envelope points; 0 dB outside. */
export function gainAt(points: readonly PlannedGainPoint[], timeSeconds: number): number {
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (timeSeconds < a.timeSeconds || timeSeconds > b.timeSeconds) continue;
    const span = b.timeSeconds - a.timeSeconds;
    if (span === 0) return b.gainDb;
    return a.gainDb + ((b.gainDb - a.gainDb) * (timeSeconds - a.timeSeconds)) / span;
  }
  return 0;
}
