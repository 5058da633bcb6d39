import { planClipDucking, voiceRegionsFromClips, type DuckPreset, type TimeRange } from '../domain/ducking';
import type { ClipGainEnvelope, NleHost } from '../hosts/spec';

export interface ApplyDuckingInput {
  readonly host: NleHost;
  /** Audio track indices that carry the voice-over or dialogue. */
  readonly voiceTrackIndices: readonly number[];
  readonly preset: DuckPreset;
  /** Audio clips to duck; @default every enabled clip on the other audio tracks. */
  readonly targetClipIds?: readonly string[];
}

export interface DuckingResult {
  readonly voiceRegions: readonly TimeRange[];
  readonly envelopes: readonly ClipGainEnvelope[];
  readonly undoLabel: string;
}

/** The plan without touching the timeline: what Apply would write, for the preview. */
export async function planDucking(input: ApplyDuckingInput): Promise<DuckingResult> {
  const sequence = await input.host.readActiveSequence();
  const voiceTracks = sequence.audioTracks.filter((track) => input.voiceTrackIndices.includes(track.index));
  const voiceRegions = voiceRegionsFromClips(voiceTracks);
  const targets = sequence.audioTracks
    .filter((track) => !input.voiceTrackIndices.includes(track.index))
    .flatMap((track) => track.clips)
    .filter((clip) => (input.targetClipIds == null ? !clip.disabled : input.targetClipIds.includes(clip.id)));
  const envelopes = targets
    .map((clip) => ({ clipId: clip.id, points: planClipDucking(voiceRegions, clip, input.preset) }))
    .filter((envelope) => envelope.points.length > 0);
  return { voiceRegions, envelopes, undoLabel: `ClipRelay: duck ${input.preset.name}` };
}

/** Plans and writes the ducking keyframes for every target clip as one undo step. */
export async function applyDucking(input: ApplyDuckingInput): Promise<DuckingResult> {
  const plan = await planDucking(input);
  if (plan.envelopes.length > 0) await input.host.writeGainEnvelopes(plan.envelopes, plan.undoLabel);
  return plan;
}
