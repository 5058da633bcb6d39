/**
 * Resolve (21.1+) has a static clip volume and fades but no volume keyframes in its scripting API
 * (research/resolve-interchange.md §2.4). An envelope is therefore laid as contiguous segments of the
 * same audio, each at one level: plateaus keep their level exactly, and each ramp becomes a short
 * staircase whose steps are no larger than `maxStepDb` (and never shorter than one frame).
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

function gainAt(points: GainStepInput['points'], frame: number): number {
  const first = points[0]!;
  const last = points.at(-1)!;
  if (frame <= first.frame) return first.gainDb;
  if (frame >= last.frame) return last.gainDb;
  const after = points.findIndex((point) => point.frame > frame);
  const a = points[after - 1]!;
  const b = points[after]!;
  return a.gainDb + ((b.gainDb - a.gainDb) * (frame - a.frame)) / (b.frame - a.frame);
}

export function planGainSteps(input: GainStepInput): readonly GainStep[] {
  const { clipStartFrame: clipStart, clipEndFrame: clipEnd } = input;
  if (input.points.length === 0 || clipEnd <= clipStart) return [{ startFrame: clipStart, endFrame: clipEnd, gainDb: 0 }];
  const maxStepDb = input.maxStepDb ?? DEFAULT_MAX_STEP_DB;
  const clamp = (frame: number) => Math.min(clipEnd, Math.max(clipStart, Math.round(frame)));
  const cuts = new Set<number>([clipStart, clipEnd, ...input.points.map((point) => clamp(point.frame))]);
  for (let index = 1; index < input.points.length; index += 1) {
    const a = input.points[index - 1]!;
    const b = input.points[index]!;
    const from = clamp(a.frame);
    const to = clamp(b.frame);
    if (a.gainDb === b.gainDb || to - from < 2) continue;
    const steps = Math.min(to - from, Math.ceil(Math.abs(b.gainDb - a.gainDb) / maxStepDb));
    for (let step = 1; step < steps; step += 1) cuts.add(Math.round(from + ((to - from) * step) / steps));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const steps: GainStep[] = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const startFrame = sorted[index - 1]!;
    const endFrame = sorted[index]!;
    const gainDb = roundDb(gainAt(input.points, (startFrame + endFrame) / 2));
    const previous = steps.at(-1);
    if (previous != null && previous.gainDb === gainDb) steps[steps.length - 1] = { ...previous, endFrame };
    else steps.push({ startFrame, endFrame, gainDb });
  }
  return steps;
}

/** Hundredths of a dB: finer than Resolve's fader shows, and equal levels merge into one segment. */
function roundDb(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
