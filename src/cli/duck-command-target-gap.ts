import type { AudioAnalysis } from '../audio';
import { planTargetGapDepth, type DuckPreset } from '../domain/ducking';
import type { InterchangeClip } from '../interchange/timeline-model';
import type { TimelineDuckPlan } from '../interchange/plan-timeline-ducking';
import { describeError } from '../shared/app-error';
import { bedLoudnessLufs, voiceLoudnessLufs } from '../workflows/target-gap-loudness';

interface TargetGapInput {
  readonly preset: DuckPreset;
  readonly plan: TimelineDuckPlan;
  /** The voice clips whose media was analysed, with their analyses. */
  readonly voice: readonly { readonly clip: InterchangeClip; readonly analysis: AudioAnalysis }[];
  readonly clipsById: ReadonlyMap<string, InterchangeClip>;
  /** Reads and analyses a bed clip's media; null when it cannot be found. */
  readonly analyse: (mediaPath: string) => Promise<AudioAnalysis | null>;
  readonly warnings: string[];
  readonly signal?: AbortSignal;
}

/** The clip's own level: its first editor keyframe (as the editor set it), or its static level. */
function ownLevelDb(clip: InterchangeClip): number {
  for (const key of clip.volume.keys) {
    if (key.mark == null) return key.levelDb;
    if (key.mark.kind === 'ducked') return key.mark.editorLevelDb;
  }
  return clip.volume.staticLevelDb;
}

/**
 * Target-gap presets on a timeline file, as in the panel: the voice's loudness over its speech, each
 * ducked bed clip's loudness under the voice regions (from its media), and the depth that puts the bed
 * the preset's gap under the voice. Clips whose media cannot be read keep the fixed depth, with a warning.
 */
export async function targetGapDepths(input: TargetGapInput): Promise<{ depths: Map<string, number>; voiceLoudnessLufs: number | null }> {
  const { preset, plan, warnings } = input;
  const depths = new Map<string, number>();
  const voice = voiceLoudnessLufs(
    input.voice.map(({ clip, analysis }) => ({ clip, analysis, levelDb: ownLevelDb(clip) })),
    true,
  );
  if (!Number.isFinite(voice)) {
    warnings.push(
      `${preset.name}: the voice has no measurable loudness under its speech; ducking by the fixed ${preset.depthDb} dB instead.`,
    );
    return { depths, voiceLoudnessLufs: null };
  }
  const analyses = new Map<string, AudioAnalysis | null>();
  for (const envelope of plan.envelopes.filter((candidate) => candidate.points.length > 0)) {
    const clip = input.clipsById.get(envelope.clipId);
    if (clip?.mediaPath == null) continue;
    if (!analyses.has(clip.mediaPath)) {
      try {
        analyses.set(clip.mediaPath, await input.analyse(clip.mediaPath));
      } catch (error) {
        if (input.signal?.aborted === true) throw error;
        warnings.push(`${describeError(error)} — "${clip.name}" is ducked by the fixed ${preset.depthDb} dB.`);
        analyses.set(clip.mediaPath, null);
      }
    }
    const analysis = analyses.get(clip.mediaPath);
    if (analysis == null) continue;
    const bed = bedLoudnessLufs({ clip, analysis, levelDb: ownLevelDb(clip) }, plan.voiceRegions);
    if (bed != null) depths.set(clip.id, planTargetGapDepth(preset, voice, bed).depthDb);
  }
  return { depths, voiceLoudnessLufs: voice };
}
