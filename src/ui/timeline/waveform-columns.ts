import { sequenceToMediaSeconds, type ClipTiming } from '../../domain/time/media-time';

/**
 * A media file's waveform at a fixed resolution: the lowest and highest sample (−1…1, all channels)
 * in each bucket of `1 / bucketsPerSecond` seconds of media. Computed once per file; each drawing
 * reduces it to pixel columns.
 */
export interface WaveformPeaks {
  readonly bucketsPerSecond: number;
  readonly minimums: Float32Array;
  readonly maximums: Float32Array;
}

const EDGE_TOLERANCE = 1e-6;

interface WaveformColumn {
  /** Left edge of the column, in the timeline's pixels. */
  readonly x: number;
  readonly min: number;
  readonly max: number;
}

/**
 * One min/max pair per pixel column of a clip drawn from `fromX` to `toX`: each column covers a
 * span of sequence time, which the clip's in point and speed map to a span of media (so a
 * head-trimmed or retimed clip shows the part of the file it plays). Columns past the media's end
 * are left out.
 */
export function waveformColumns(
  peaks: WaveformPeaks,
  clip: ClipTiming,
  pixels: { readonly fromX: number; readonly toX: number; readonly secondsAtX: (x: number) => number },
): WaveformColumn[] {
  const bucketCount = peaks.minimums.length;
  const levels = peakLevels(peaks);
  const columns: WaveformColumn[] = [];
  for (let x = Math.floor(pixels.fromX); x < Math.ceil(pixels.toX); x += 1) {
    const mediaA = sequenceToMediaSeconds(clip, pixels.secondsAtX(Math.max(x, pixels.fromX)));
    const mediaB = sequenceToMediaSeconds(clip, pixels.secondsAtX(Math.min(x + 1, pixels.toX)));
    // The tolerance keeps a column that ends exactly on a bucket edge from reaching into the next bucket.
    const first = Math.max(0, Math.floor(Math.min(mediaA, mediaB) * peaks.bucketsPerSecond + EDGE_TOLERANCE));
    const last = Math.min(bucketCount - 1, Math.ceil(Math.max(mediaA, mediaB) * peaks.bucketsPerSecond - EDGE_TOLERANCE) - 1);
    if (first > last) continue;
    columns.push({ x, ...extremesOf(levels, first, last) });
  }
  return columns;
}

/**
 * The peaks halved again and again (level k: one min/max per 2^k buckets), built once per file.
 * A column of a zoomed-out ten-minute file spans hundreds of buckets; with the levels it reads a
 * handful, so redrawing the timeline stays far below a frame's time.
 */
interface PeakLevel {
  readonly minimums: Float32Array;
  readonly maximums: Float32Array;
}

const levelsByPeaks = new WeakMap<WaveformPeaks, readonly PeakLevel[]>();

/**
 * Builds a file's levels ahead of its first drawing (a ten-minute file's take ~10 ms), so a source
 * that computes peaks in slices can do it in a task of its own instead of inside a render.
 */
export function prepareWaveformLevels(peaks: WaveformPeaks): WaveformPeaks {
  peakLevels(peaks);
  return peaks;
}

function peakLevels(peaks: WaveformPeaks): readonly PeakLevel[] {
  const cached = levelsByPeaks.get(peaks);
  if (cached != null) return cached;
  const levels: PeakLevel[] = [{ minimums: peaks.minimums, maximums: peaks.maximums }];
  for (let below = levels[0]!; below.minimums.length > 1; below = levels[levels.length - 1]!) {
    const length = Math.ceil(below.minimums.length / 2);
    const minimums = new Float32Array(length);
    const maximums = new Float32Array(length);
    for (let index = 0; index < length; index += 1) {
      const pair = Math.min(2 * index + 1, below.minimums.length - 1);
      minimums[index] = Math.min(below.minimums[2 * index]!, below.minimums[pair]!);
      maximums[index] = Math.max(below.maximums[2 * index]!, below.maximums[pair]!);
    }
    levels.push({ minimums, maximums });
  }
  levelsByPeaks.set(peaks, levels);
  return levels;
}

/** Lowest and highest sample over buckets first…last (inclusive), from the largest aligned blocks that fit; never above 0 / below 0. */
function extremesOf(levels: readonly PeakLevel[], first: number, last: number): { min: number; max: number } {
  let min = 0;
  let max = 0;
  let bucket = first;
  while (bucket <= last) {
    let level = 0;
    // Grow the block while it stays aligned and inside the range.
    while (level + 1 < levels.length && bucket % 2 ** (level + 1) === 0 && bucket + 2 ** (level + 1) - 1 <= last) level += 1;
    const index = bucket / 2 ** level;
    min = Math.min(min, levels[level]!.minimums[index]!);
    max = Math.max(max, levels[level]!.maximums[index]!);
    bucket += 2 ** level;
  }
  return { min, max };
}
