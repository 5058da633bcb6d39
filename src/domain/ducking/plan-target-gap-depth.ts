import type { DuckPreset } from './duck-preset';

/** Why the planner chose the depth it did, for the preview and the CLI. */
export type TargetGapOutcome =
  /** The depth puts the bed exactly `targetGapDb` under the voice. */
  | 'on-target'
  /** The bed needed less than the shallowest allowed duck; the shallowest was used. */
  | 'limited-by-min-depth'
  /** The bed needed more than the deepest allowed duck; the deepest was used (the gap falls short). */
  | 'limited-by-max-depth'
  /** The bed is silent under the speech: the shallowest allowed duck. */
  | 'bed-silent'
  /** The voice has no measurable loudness (or no target gap is set): the preset's fixed depth. */
  | 'fixed-depth';

interface TargetGapDepth {
  readonly depthDb: number;
  readonly outcome: TargetGapOutcome;
  /** Voice minus ducked bed, LU; null when either loudness is unknown. */
  readonly gapDb: number | null;
}

/** The preset's allowed depth range in target-gap mode, shallowest first. */
function allowedDepthRange(preset: DuckPreset): { readonly minDepthDb: number; readonly maxDepthDb: number } {
  return { minDepthDb: preset.minDepthDb ?? -1, maxDepthDb: preset.maxDepthDb ?? -24 };
}

/**
 * The duck depth that puts the bed `preset.targetGapDb` dB under the voice:
 * `depth = (voice − gap) − bed`, clamped to the preset's allowed range and rounded to 0.1 dB so a
 * re-run on the same media gives the same keyframes. Never raises a clip: the range is all < 0.
 * Loudness values are integrated LUFS over the speech regions (−∞ when silent there).
 */
export function planTargetGapDepth(preset: DuckPreset, voiceLoudnessLufs: number, bedLoudnessLufs: number): TargetGapDepth {
  const { targetGapDb } = preset;
  if (targetGapDb == null || !Number.isFinite(voiceLoudnessLufs)) {
    return { depthDb: preset.depthDb, outcome: 'fixed-depth', gapDb: gapAfter(voiceLoudnessLufs, bedLoudnessLufs, preset.depthDb) };
  }
  const { minDepthDb, maxDepthDb } = allowedDepthRange(preset);
  if (bedLoudnessLufs === -Infinity) return { depthDb: minDepthDb, outcome: 'bed-silent', gapDb: null };
  const neededDb = roundTenth(voiceLoudnessLufs - targetGapDb - bedLoudnessLufs);
  const depthDb = Math.min(minDepthDb, Math.max(maxDepthDb, neededDb));
  const outcome: TargetGapOutcome =
    neededDb > minDepthDb ? 'limited-by-min-depth' : neededDb < maxDepthDb ? 'limited-by-max-depth' : 'on-target';
  return { depthDb, outcome, gapDb: gapAfter(voiceLoudnessLufs, bedLoudnessLufs, depthDb) };
}

function gapAfter(voiceLufs: number, bedLufs: number, depthDb: number): number | null {
  if (!Number.isFinite(voiceLufs) || !Number.isFinite(bedLufs)) return null;
  return roundTenth(voiceLufs - (bedLufs + depthDb));
}

function roundTenth(value: number): number {
  // + 0 turns −0 into 0, which reads better in JSON and previews.
  return Math.round(value * 10) / 10 + 0;
}
