import type { AudioAnalysis } from '../audio/analyze-audio-stream';
import { blockPowersOverRanges, gatedLoudness } from '../audio/loudness';
import { mergeRanges, sequenceRangeToMedia, type ClipTimeBase, type TimeRange } from '../domain/ducking';

/** A clip with its media's analysis and the clip's own level (dB, 0 = unity). */
export interface MeasuredClip {
  readonly clip: ClipTimeBase;
  readonly analysis: AudioAnalysis;
  readonly levelDb: number;
}

/**
 * The voice's loudness over what it says: the gating blocks inside each clip's speech (or, with
 * `overSpeechOnly` false, its whole used extent), each clip's blocks scaled by its level, gated
 * together as one programme. −∞ when nothing passes the gates.
 */
export function voiceLoudnessLufs(clips: readonly MeasuredClip[], overSpeechOnly: boolean): number {
  const powers: number[] = [];
  for (const { clip, analysis, levelDb } of clips) {
    if (analysis.loudness == null) continue;
    const used = sequenceRangeToMedia(clip, clip);
    if (used == null) continue;
    const ranges = overSpeechOnly ? intersect(analysis.speech, used) : [used];
    const gain = 10 ** (levelDb / 10);
    for (const power of blockPowersOverRanges(analysis.loudness.blockPowers, ranges)) powers.push(power * gain);
  }
  return gatedLoudness(powers);
}

/**
 * A bed clip's loudness under the voice regions that fall on it (sequence time, mapped into its
 * media), after its level. −∞ when the bed is silent there; null when it was not measured.
 */
export function bedLoudnessLufs({ clip, analysis, levelDb }: MeasuredClip, voiceRegions: readonly TimeRange[]): number | null {
  if (analysis.loudness == null) return null;
  const ranges = voiceRegions.map((region) => sequenceRangeToMedia(clip, region)).filter((range): range is TimeRange => range != null);
  const gain = 10 ** (levelDb / 10);
  return gatedLoudness(blockPowersOverRanges(analysis.loudness.blockPowers, mergeRanges(ranges)).map((power) => power * gain));
}

function intersect(ranges: readonly TimeRange[], within: TimeRange): TimeRange[] {
  return ranges
    .map((range) => ({
      startSeconds: Math.max(range.startSeconds, within.startSeconds),
      endSeconds: Math.min(range.endSeconds, within.endSeconds),
    }))
    .filter((range) => range.endSeconds > range.startSeconds);
}
