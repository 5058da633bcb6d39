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
  const columns: WaveformColumn[] = [];
  for (let x = Math.floor(pixels.fromX); x < Math.ceil(pixels.toX); x += 1) {
    const mediaA = sequenceToMediaSeconds(clip, pixels.secondsAtX(Math.max(x, pixels.fromX)));
    const mediaB = sequenceToMediaSeconds(clip, pixels.secondsAtX(Math.min(x + 1, pixels.toX)));
    // The tolerance keeps a column that ends exactly on a bucket edge from reaching into the next bucket.
    const first = Math.max(0, Math.floor(Math.min(mediaA, mediaB) * peaks.bucketsPerSecond + EDGE_TOLERANCE));
    const last = Math.min(bucketCount - 1, Math.ceil(Math.max(mediaA, mediaB) * peaks.bucketsPerSecond - EDGE_TOLERANCE) - 1);
    if (first > last) continue;
    let min = 0;
    let max = 0;
    for (let bucket = first; bucket <= last; bucket += 1) {
      min = Math.min(min, peaks.minimums[bucket]!);
      max = Math.max(max, peaks.maximums[bucket]!);
    }
    columns.push({ x, min, max });
  }
  return columns;
}
