import type { TimeRange } from '../../src/domain/ducking';

/** Frame-level F1 of detected speech against labels, on frames of `frameSeconds` judged at their centres. */
export function frameF1(
  labels: readonly TimeRange[],
  detected: readonly TimeRange[],
  durationSeconds: number,
  frameSeconds = 0.01,
): number {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  const inside = (ranges: readonly TimeRange[], time: number) =>
    ranges.some((range) => time >= range.startSeconds && time < range.endSeconds);
  for (let frame = 0; (frame + 0.5) * frameSeconds < durationSeconds; frame++) {
    const time = (frame + 0.5) * frameSeconds;
    const labelled = inside(labels, time);
    const found = inside(detected, time);
    if (labelled && found) truePositive++;
    else if (found) falsePositive++;
    else if (labelled) falseNegative++;
  }
  return (2 * truePositive) / (2 * truePositive + falsePositive + falseNegative);
}

/**
 * |detected − labelled| for both boundaries of every label, matched to the detected region that
 * overlaps it most; a missed label contributes nothing here (F1 counts it).
 */
export function boundaryErrorsSeconds(labels: readonly TimeRange[], detected: readonly TimeRange[]): number[] {
  const errors: number[] = [];
  for (const label of labels) {
    let best: TimeRange | null = null;
    let bestOverlap = 0;
    for (const region of detected) {
      const overlap = Math.min(label.endSeconds, region.endSeconds) - Math.max(label.startSeconds, region.startSeconds);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = region;
      }
    }
    if (best == null) continue;
    errors.push(Math.abs(best.startSeconds - label.startSeconds), Math.abs(best.endSeconds - label.endSeconds));
  }
  return errors;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
