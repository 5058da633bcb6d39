/**
 * For hosts that write gain as level steps (`HostCapabilities.writesGainSteps`): Resolve 21.1+ has a static
 * clip volume and fades but no volume keyframes in its scripting API (research/resolve-interchange.md §2.4),
 * so an envelope is laid as contiguous segments of the same audio, each at one level: plateaus keep their
 * level exactly, and each ramp becomes a short staircase whose steps are no larger than `maxStepDb` (and
 * never shorter than one frame).
 */
interface GainStep {
  /** Absolute timeline frames; `endFrame` exclusive. */
  readonly startFrame: number;
  readonly endFrame: number;
  /** Relative to the clip's own level. */
  readonly gainDb: number;
}

interface GainStepInput {
  readonly clipStartFrame: number;
  readonly clipEndFrame: number;
  /** Sorted by frame; absolute timeline frames (may be fractional). */
  readonly points: readonly { readonly frame: number; readonly gainDb: number }[];
  /** Largest level change between two neighbouring steps of a ramp. @default 1.5 */
  readonly maxStepDb?: number;
}

const DEFAULT_MAX_STEP_DB = 1.5;

export function planGainSteps(input: GainStepInput): readonly GainStep[] {
  const { clipStartFrame: clipStart, clipEndFrame: clipEnd, points } = input;
  if (points.length === 0 || clipEnd <= clipStart) return [{ startFrame: clipStart, endFrame: clipEnd, gainDb: 0 }];
  const maxStepDb = input.maxStepDb ?? DEFAULT_MAX_STEP_DB;
  const steps: GainStep[] = [];
  // Each piece is cut to the clip; neighbours at one level merge into one segment.
  const lay = (from: number, to: number, gainDb: number) => {
    const startFrame = Math.max(clipStart, Math.round(from));
    const endFrame = Math.min(clipEnd, Math.round(to));
    if (endFrame <= startFrame) return;
    const level = roundDb(gainDb);
    const previous = steps.at(-1);
    if (previous != null && previous.gainDb === level) steps[steps.length - 1] = { ...previous, endFrame };
    else steps.push({ startFrame, endFrame, gainDb: level });
  };
  lay(clipStart, points[0]!.frame, points[0]!.gainDb);
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1]!;
    const b = points[index]!;
    const frames = Math.round(b.frame) - Math.round(a.frame);
    const change = b.gainDb - a.gainDb;
    // A ramp of n pieces: piece k holds the ramp's level at its middle by index, so neighbours differ by
    // exactly change / n (≤ maxStepDb) however the cuts round; n never exceeds the ramp's frames.
    const pieces = change === 0 || frames < 2 ? 1 : Math.min(frames, Math.ceil(Math.abs(change) / maxStepDb));
    for (let piece = 0; piece < pieces; piece += 1) {
      const from = a.frame + ((b.frame - a.frame) * piece) / pieces;
      const to = a.frame + ((b.frame - a.frame) * (piece + 1)) / pieces;
      lay(from, to, a.gainDb + (change * (piece + 0.5)) / pieces);
    }
  }
  lay(points.at(-1)!.frame, clipEnd, points.at(-1)!.gainDb);
  return steps;
}

/** Hundredths of a dB: finer than Resolve's fader shows, and equal levels merge into one segment. */
function roundDb(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
