/** A half-open span of time [startSeconds, endSeconds). */
export interface TimeRange {
  readonly startSeconds: number;
  readonly endSeconds: number;
}

/** Sorts and merges ranges that overlap or sit closer than `bridgeSeconds`. Empty ranges are dropped. */
export function mergeRanges(ranges: readonly TimeRange[], bridgeSeconds = 0): TimeRange[] {
  const sorted = ranges.filter((range) => range.endSeconds > range.startSeconds).sort((a, b) => a.startSeconds - b.startSeconds);
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last != null && range.startSeconds - last.endSeconds < bridgeSeconds + 1e-9) {
      merged[merged.length - 1] = { startSeconds: last.startSeconds, endSeconds: Math.max(last.endSeconds, range.endSeconds) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}
