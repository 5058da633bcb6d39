/** Gain-curve geometry: which dB range a clip's height shows, and the polyline through its keyframes. */
const CURVE_TOP_DB = 6;
const CURVE_BOTTOM_DB = -24;

export function dbToY(levelDb: number, top: number, height: number): number {
  const clamped = Math.min(CURVE_TOP_DB, Math.max(CURVE_BOTTOM_DB, levelDb));
  return top + ((CURVE_TOP_DB - clamped) / (CURVE_TOP_DB - CURVE_BOTTOM_DB)) * height;
}

/**
 * Points of the curve across [x0, x1]: flat at the static level without keyframes; otherwise held
 * before the first keyframe and after the last, linear in between (as Premiere draws Volume).
 */
export function gainCurvePoints(
  keyframes: readonly { timeSeconds: number; levelDb: number }[],
  staticLevelDb: number,
  clip: { startSeconds: number; endSeconds: number },
  toX: (seconds: number) => number,
  top: number,
  height: number,
): string {
  const inside = keyframes.filter((kf) => kf.timeSeconds >= clip.startSeconds && kf.timeSeconds <= clip.endSeconds);
  const first = keyframes[0];
  const last = keyframes[keyframes.length - 1];
  const startDb = first == null ? staticLevelDb : levelDbAt(keyframes, staticLevelDb, clip.startSeconds);
  const endDb = last == null ? staticLevelDb : levelDbAt(keyframes, staticLevelDb, clip.endSeconds);
  const points = [{ timeSeconds: clip.startSeconds, levelDb: startDb }, ...inside, { timeSeconds: clip.endSeconds, levelDb: endDb }];
  return points.map((point) => `${toX(point.timeSeconds).toFixed(1)},${dbToY(point.levelDb, top, height).toFixed(1)}`).join(' ');
}

/** The Volume level at a time: the static level without keyframes, else held outside them and linear in dB between. */
export function levelDbAt(
  keyframes: readonly { timeSeconds: number; levelDb: number }[],
  staticLevelDb: number,
  timeSeconds: number,
): number {
  const first = keyframes[0];
  const last = keyframes[keyframes.length - 1];
  if (first == null || last == null) return staticLevelDb;
  if (timeSeconds <= first.timeSeconds) return first.levelDb;
  if (timeSeconds >= last.timeSeconds) return last.levelDb;
  const nextIndex = keyframes.findIndex((kf) => kf.timeSeconds >= timeSeconds);
  const a = keyframes[nextIndex - 1]!;
  const b = keyframes[nextIndex]!;
  return a.levelDb + ((b.levelDb - a.levelDb) * (timeSeconds - a.timeSeconds)) / (b.timeSeconds - a.timeSeconds);
}
