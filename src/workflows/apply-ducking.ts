import { analyzeAudioStream, type AudioAnalysis } from '../audio/analyze-audio-stream';
import { blockPowersOverRanges, gatedLoudness } from '../audio/loudness';
import {
  mergeRanges,
  planClipDucking,
  planTargetGapDepth,
  sequenceRangeToMedia,
  voiceRegionsFromClips,
  voiceRegionsFromSpeech,
  type DuckPreset,
  type TargetGapOutcome,
  type TimeRange,
} from '../domain/ducking';
import type { ClipGainEnvelope, NleHost, TimelineClip } from '../hosts/spec';
import { describeError } from '../shared/app-error';
import { MediaAnalysisCache } from './media-analysis-cache';

/** Where the voice "speaks": whole voice clips, or speech detected in their media. */
export type VoiceSource = 'clip-extents' | 'speech';

/** Reads a media file as byte chunks; each platform supplies one (Node fs stream, UXP file, sandbox fetch). */
export type ReadMedia = (mediaPath: string) => AsyncIterable<Uint8Array>;

export interface DuckingProgress {
  /** 'voice' while finding speech, 'bed' while measuring the clips to duck (target-gap presets). */
  readonly phase: 'voice' | 'bed';
  readonly mediaPath: string;
  /** 1-based position among the files this phase reads. */
  readonly mediaIndex: number;
  readonly mediaCount: number;
  /** How much of this file has been read, 0…1; null when its length is unknown. */
  readonly fraction: number | null;
}

interface ApplyDuckingBase {
  readonly host: NleHost;
  /** Audio track indices that carry the voice-over or dialogue. */
  readonly voiceTrackIndices: readonly number[];
  readonly preset: DuckPreset;
  /** Audio clips to duck; @default every enabled clip on the other audio tracks. */
  readonly targetClipIds?: readonly string[];
  /** Analyses to reuse between a preview and Apply. @default a new cache per call */
  readonly analysisCache?: MediaAnalysisCache;
  /** Called while media is read; long voice-overs take seconds. */
  readonly onProgress?: (progress: DuckingProgress) => void;
  readonly signal?: AbortSignal;
}

export type ApplyDuckingInput = ApplyDuckingBase &
  (
    | {
        /** @default 'clip-extents' */
        readonly voiceSource?: 'clip-extents';
        /** Needed only by target-gap presets, to measure loudness. */
        readonly readMedia?: ReadMedia;
      }
    | { readonly voiceSource: 'speech'; readonly readMedia: ReadMedia }
  );

/** The depth one clip is ducked by, and why. */
export interface ClipDuckDepth {
  readonly clipId: string;
  readonly depthDb: number;
  readonly outcome: TargetGapOutcome;
  /** The bed's loudness under the speech (after its clip level), LUFS; null when not measured. */
  readonly bedLoudnessLufs: number | null;
  /** Voice minus ducked bed, LU; null when not measured. */
  readonly gapDb: number | null;
}

export interface DuckingResult {
  readonly voiceRegions: readonly TimeRange[];
  readonly envelopes: readonly ClipGainEnvelope[];
  readonly undoLabel: string;
  readonly voiceSource: VoiceSource;
  /** One per envelope. */
  readonly depths: readonly ClipDuckDepth[];
  /** The voice's loudness over its speech (target-gap presets); null when not measured. */
  readonly voiceLoudnessLufs: number | null;
  /** Media that could not be read or decoded, and what was done instead. */
  readonly warnings: readonly string[];
}

/**
 * The plan without touching the timeline: what Apply would write, for the preview. With
 * `voiceSource: 'speech'` every voice clip's media is read once (per cache), speech is detected and
 * mapped into sequence time; a voice file that cannot be decoded counts by its whole clip, with a
 * warning. Target-gap presets also measure the beds under the speech and pick a depth per clip.
 */
export async function planDucking(input: ApplyDuckingInput): Promise<DuckingResult> {
  const { host, preset } = input;
  const cache = input.analysisCache ?? new MediaAnalysisCache();
  const voiceSource = input.voiceSource ?? 'clip-extents';
  const warnings: string[] = [];
  const sequence = await host.readActiveSequence();
  const voiceTracks = sequence.audioTracks.filter((track) => input.voiceTrackIndices.includes(track.index));
  const voiceClips = voiceTracks.filter((track) => !track.muted).flatMap((track) => track.clips.filter((clip) => !clip.disabled));
  const targets = sequence.audioTracks
    .filter((track) => !input.voiceTrackIndices.includes(track.index))
    .flatMap((track) => track.clips)
    .filter((clip) => (input.targetClipIds == null ? !clip.disabled : input.targetClipIds.includes(clip.id)));

  const measuresLoudness = preset.targetGapDb != null;
  if (measuresLoudness && input.readMedia == null) {
    warnings.push(`${preset.name}: a target gap needs the media files; ducking by the fixed ${preset.depthDb} dB instead.`);
  }
  const reader = input.readMedia == null ? null : { readMedia: input.readMedia, cache, preset, input, warnings };

  // Voice media: analysed for speech, or (target gap only) for loudness.
  const voiceAnalyses = new Map<string, AudioAnalysis>();
  if (reader != null && (voiceSource === 'speech' || measuresLoudness)) {
    const paths = uniquePaths(voiceClips);
    for (const [index, mediaPath] of paths.entries()) {
      const fallback = voiceSource === 'speech' ? 'ducking under the whole clip instead' : 'the voice loudness leaves it out';
      const analysis = await analyseOrWarn(reader, mediaPath, 'voice', index, paths.length, fallback);
      if (analysis != null) voiceAnalyses.set(mediaPath, analysis);
    }
  }

  const voiceRegions =
    voiceSource === 'speech'
      ? voiceRegionsFromSpeech(voiceTracks, new Map([...voiceAnalyses].map(([path, analysis]) => [path, analysis.speech])))
      : voiceRegionsFromClips(voiceTracks);

  // Which clips the voice touches at all, at the preset's fixed depth: only those need a bed measurement.
  const touched = targets.filter((clip) => planClipDucking(voiceRegions, clip, preset).length > 0);
  let voiceLoudnessLufs: number | null = null;
  const depths: ClipDuckDepth[] = [];
  if (reader != null && measuresLoudness) {
    voiceLoudnessLufs = await measureVoice(host, voiceClips, voiceAnalyses, voiceSource);
    const bedPaths = uniquePaths(touched);
    const bedAnalyses = new Map<string, AudioAnalysis>();
    for (const [index, mediaPath] of bedPaths.entries()) {
      const analysis = await analyseOrWarn(reader, mediaPath, 'bed', index, bedPaths.length, `ducking by the fixed ${preset.depthDb} dB instead`);
      if (analysis != null) bedAnalyses.set(mediaPath, analysis);
    }
    for (const clip of touched) {
      const analysis = clip.mediaPath == null ? undefined : bedAnalyses.get(clip.mediaPath);
      const bedLoudnessLufs = analysis == null ? null : await measureBed(host, clip, analysis, voiceRegions);
      if (bedLoudnessLufs == null) {
        depths.push({ clipId: clip.id, depthDb: preset.depthDb, outcome: 'fixed-depth', bedLoudnessLufs: null, gapDb: null });
        continue;
      }
      const chosen = planTargetGapDepth(preset, voiceLoudnessLufs, bedLoudnessLufs);
      depths.push({ clipId: clip.id, depthDb: chosen.depthDb, outcome: chosen.outcome, bedLoudnessLufs, gapDb: chosen.gapDb });
    }
  } else {
    for (const clip of touched) depths.push({ clipId: clip.id, depthDb: preset.depthDb, outcome: 'fixed-depth', bedLoudnessLufs: null, gapDb: null });
  }

  const envelopes = touched.map((clip, index) => ({
    clipId: clip.id,
    points: planClipDucking(voiceRegions, clip, { ...preset, depthDb: depths[index]!.depthDb }),
  }));
  return { voiceRegions, envelopes, undoLabel: `ClipRelay: duck ${preset.name}`, voiceSource, depths, voiceLoudnessLufs, warnings };
}

/** Plans and writes the ducking keyframes for every target clip as one undo step. */
export async function applyDucking(input: ApplyDuckingInput): Promise<DuckingResult> {
  const plan = await planDucking(input);
  if (plan.envelopes.length > 0) await input.host.writeGainEnvelopes(plan.envelopes, plan.undoLabel);
  return plan;
}

interface MediaReader {
  readonly readMedia: ReadMedia;
  readonly cache: MediaAnalysisCache;
  readonly preset: DuckPreset;
  readonly input: ApplyDuckingBase;
  readonly warnings: string[];
}

/** The analysis of one file, or null (with a warning) when it cannot be read or decoded. Aborts propagate. */
async function analyseOrWarn(
  reader: MediaReader,
  mediaPath: string,
  phase: 'voice' | 'bed',
  index: number,
  count: number,
  fallback: string,
): Promise<AudioAnalysis | null> {
  const { input, preset } = reader;
  const report = (fraction: number | null) => input.onProgress?.({ phase, mediaPath, mediaIndex: index + 1, mediaCount: count, fraction });
  report(0);
  try {
    const analysis = await reader.cache.get(mediaPath, preset.detection, () =>
      analyzeAudioStream(reader.readMedia(mediaPath), {
        fileName: fileNameOf(mediaPath),
        detection: preset.detection,
        signal: input.signal,
        onProgress: (progress) => report(progress.fraction),
      }),
    );
    report(1);
    return analysis;
  } catch (error) {
    if (input.signal?.aborted === true) throw error;
    reader.warnings.push(`${describeError(error)} — ${fallback}.`);
    return null;
  }
}

/**
 * The voice's loudness over what it says: gating blocks inside each clip's speech (or its whole
 * used extent), each clip's blocks scaled by its level, gated together.
 */
async function measureVoice(
  host: NleHost,
  clips: readonly TimelineClip[],
  analyses: ReadonlyMap<string, AudioAnalysis>,
  voiceSource: VoiceSource,
): Promise<number> {
  const powers: number[] = [];
  for (const clip of clips) {
    const analysis = clip.mediaPath == null ? undefined : analyses.get(clip.mediaPath);
    if (analysis?.loudness == null) continue;
    const used = sequenceRangeToMedia(clip, clip);
    if (used == null) continue;
    const ranges = voiceSource === 'speech' ? intersect(analysis.speech, used) : [used];
    const gain = await levelPowerGain(host, clip);
    for (const power of blockPowersOverRanges(analysis.loudness.blockPowers, ranges)) powers.push(power * gain);
  }
  return gatedLoudness(powers);
}

/** The bed's loudness under the voice regions that fall on this clip, after the clip's level. */
async function measureBed(host: NleHost, clip: TimelineClip, analysis: AudioAnalysis, voiceRegions: readonly TimeRange[]): Promise<number | null> {
  if (analysis.loudness == null) return null;
  const ranges = voiceRegions.map((region) => sequenceRangeToMedia(clip, region)).filter((range): range is TimeRange => range != null);
  const gain = await levelPowerGain(host, clip);
  return gatedLoudness(blockPowersOverRanges(analysis.loudness.blockPowers, mergeRanges(ranges)).map((power) => power * gain));
}

/**
 * The clip's own level as a power factor. The static level is the level before any keyframe, so
 * ClipRelay's earlier ducking keyframes do not change it and a re-run plans the same depth.
 */
async function levelPowerGain(host: NleHost, clip: TimelineClip): Promise<number> {
  const automation = await host.readVolumeAutomation(clip.id);
  return 10 ** (automation.staticLevelDb / 10);
}

function intersect(ranges: readonly TimeRange[], within: TimeRange): TimeRange[] {
  return ranges
    .map((range) => ({ startSeconds: Math.max(range.startSeconds, within.startSeconds), endSeconds: Math.min(range.endSeconds, within.endSeconds) }))
    .filter((range) => range.endSeconds > range.startSeconds);
}

function uniquePaths(clips: readonly TimelineClip[]): string[] {
  return [...new Set(clips.map((clip) => clip.mediaPath).filter((path): path is string => path != null))];
}

function fileNameOf(mediaPath: string): string {
  return mediaPath.split(/[\\/]/).pop() ?? mediaPath;
}
