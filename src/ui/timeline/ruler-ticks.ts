import { formatTimecode, secondsOfTimecode } from '../../domain/format/timecode';

/** Whole-second steps a ruler may use; the smallest that keeps labels this far apart wins. */
const STEPS_SECONDS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600];
const MIN_LABEL_SPACING_PX = 78;

/**
 * Ruler ticks at whole timecode seconds (so labels read 00:00:05:00, not 00:00:04:29 at 29.97),
 * spaced so their labels never overlap at the current width.
 */
export function rulerTicks(
  durationSeconds: number,
  pixelsPerSecond: number,
  frameRate: number,
): { readonly seconds: number; readonly label: string }[] {
  const step = STEPS_SECONDS.find((candidate) => candidate * pixelsPerSecond >= MIN_LABEL_SPACING_PX) ?? STEPS_SECONDS.at(-1)!;
  const ticks: { seconds: number; label: string }[] = [];
  for (let whole = 0; ; whole += step) {
    const timecode = { hours: Math.floor(whole / 3600), minutes: Math.floor(whole / 60) % 60, seconds: whole % 60, frames: 0 };
    const seconds = secondsOfTimecode(timecode, frameRate);
    if (seconds > durationSeconds + 1e-9) return ticks;
    ticks.push({ seconds, label: formatTimecode(seconds, frameRate) });
  }
}
