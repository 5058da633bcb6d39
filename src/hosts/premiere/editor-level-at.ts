/** A keyframe of the editor's own automation: media-time ticks and Premiere Level. */
interface LevelKey {
  readonly ticks: number;
  readonly level: number;
}

/**
 * The clip's own Level at a media time: the editor's keyframes interpolated linearly in Level (held
 * before the first and after the last), or `fallbackLevel` when the editor has none. Linear in the
 * Level value is Premiere's behaviour for linear keyframes as far as the fake models it; the
 * diagnostics compare it with `getValueAtTime` on a real host (research §2.2, VERIFY).
 */
export function editorLevelAt(keys: readonly LevelKey[], ticks: number, fallbackLevel: number): number {
  const sorted = [...keys].sort((a, b) => a.ticks - b.ticks);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first == null || last == null) return fallbackLevel;
  if (ticks <= first.ticks) return first.level;
  if (ticks >= last.ticks) return last.level;
  const nextIndex = sorted.findIndex((key) => key.ticks > ticks);
  const next = sorted[nextIndex]!;
  const previous = sorted[nextIndex - 1]!;
  return previous.level + ((next.level - previous.level) * (ticks - previous.ticks)) / (next.ticks - previous.ticks);
}
