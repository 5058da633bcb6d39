import { isVoiceRole, trackRoleOf, type TrackRole, type TrackRoleChoices } from '../domain/tracks/track-role';
import type { AudioAnalysis } from '../audio/analyze-audio-stream';
import {
  planClipDucking,
  planTargetGapDepth,
  voiceRegionsFromClips,
  voiceRegionsFromSpeech,
  type DuckPreset,
  type TargetGapOutcome,
  type TimeRange,
} from '../domain/ducking';
import type { ClipGainEnvelope, HostNote, NleHost, TimelineClip, TimelineTrack } from '../hosts/spec';
import type { ReadMedia } from '../platform/read-media';
import type { LocalizedMessage } from '../shared/app-error';
import { onDemand } from '../shared/load-on-demand';
import { duckWarning, type UnreadFallback } from './duck-warnings';
import { withWarnings } from './with-warnings';
import { MediaAnalysisCache } from './media-analysis-cache';
import { selectedDuckTargets } from './selected-duck-targets';
import { bedLoudnessLufs, voiceLoudnessLufs, type MeasuredClip } from './target-gap-loudness';

// Audio analysis (the speech model's weights, its features and FFT, the WAV/AIFF decoders: ~19 KiB gzip) loads at
// the first Duck instead of with the panel: in Premiere a file beside index.js read by UXP's require; the other builds
// keep one file.
const loadAudioAnalysis = onDemand(
  'audio analysis',
  () => import(/* webpackChunkName: "audio-analysis", webpackMode: "lazy" */ '../audio/analyze-audio-stream'),
);

/** Where the voice "speaks": whole voice clips, or speech detected in their media. */
export type VoiceSource = 'clip-extents' | 'speech';

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
  /**
   * Duck only the clips selected in the host's timeline (read with the sequence, so the plan matches what
   * the editor sees), on tracks whose role is ticked; nothing else changes. Fails with
   * NothingSelectedToDuckError when the selection holds no such clip. @default false
   */
  readonly onlySelectedClips?: boolean;
  /**
   * Track roles to duck ("duck against" in Essential Sound's words, seen from the other side).
   * @default every role but voice
   */
  readonly duckRoles?: readonly TrackRole[];
  /** Roles the editor set for this sequence's tracks; names decide the rest. */
  readonly trackRoles?: TrackRoleChoices;
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
interface ClipDuckDepth {
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
  /** Each warning's catalog message at its index (null where it has none), so the panel says it in its language. */
  readonly warningWords?: readonly (LocalizedMessage | null)[];
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
  const warnings: HostNote[] = [];
  const sequence = await host.readActiveSequence();
  const voiceTracks = sequence.audioTracks.filter((track) => input.voiceTrackIndices.includes(track.index));
  const voiceClips = voiceTracks.filter((track) => !track.muted).flatMap((track) => track.clips.filter((clip) => !clip.disabled));
  // A track that is voice by name or by the editor's choice is never written to, even if not picked as the voice.
  const duckable = (track: TimelineTrack) => {
    const role = trackRoleOf(track, input.trackRoles);
    return !isVoiceRole(role) && (input.duckRoles == null || input.duckRoles.includes(role));
  };
  const isVoiceTrack = (track: TimelineTrack) =>
    input.voiceTrackIndices.includes(track.index) || isVoiceRole(trackRoleOf(track, input.trackRoles));
  const onTickedTracks = sequence.audioTracks
    .filter((track) => !input.voiceTrackIndices.includes(track.index) && duckable(track))
    .flatMap((track) => track.clips)
    .filter((clip) => (input.targetClipIds == null ? !clip.disabled : input.targetClipIds.includes(clip.id)));
  const candidates =
    input.onlySelectedClips === true
      ? selectedDuckTargets(
          sequence,
          { isVoice: isVoiceTrack, isDucked: duckable, roleOf: (track) => trackRoleOf(track, input.trackRoles) },
          host.capabilities.name,
        ).filter((clip) => onTickedTracks.includes(clip))
      : onTickedTracks;
  // A host that cannot say where keyframes land on a retimed clip (Premiere until an install settles
  // it) would refuse the whole duck: such clips are left out, and the editor is told which.
  const isRetimed = (clip: TimelineClip) => clip.speed !== 1 || clip.reversed === true;
  const targets = host.capabilities.ducksRetimedClips ? candidates : candidates.filter((clip) => !isRetimed(clip));
  for (const clip of candidates.filter((candidate) => !targets.includes(candidate))) {
    warnings.push(duckWarning.retimed(clip, host.capabilities.name));
  }
  if (voiceSource === 'speech') {
    for (const clip of voiceClips) {
      if (clip.notAnalysable != null) warnings.push(duckWarning.notListenable(clip, clip.notAnalysable));
    }
  }

  const measuresLoudness = preset.targetGapDb != null;
  if (measuresLoudness && input.readMedia == null) {
    warnings.push(duckWarning.gapNeedsMedia(preset.name, preset.depthDb));
  }
  const reader = input.readMedia == null ? null : { readMedia: input.readMedia, cache, preset, input, warnings };

  // Voice media: analysed for speech, or (target gap only) for loudness.
  const voiceAnalyses = new Map<string, AudioAnalysis>();
  if (reader != null && (voiceSource === 'speech' || measuresLoudness)) {
    const paths = uniquePaths(voiceClips);
    for (const [index, mediaPath] of paths.entries()) {
      const fallback: UnreadFallback = { kind: voiceSource === 'speech' ? 'whole-clip' : 'voice-loudness' };
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
  let depths = touched.map((clip) => fixedDepth(clip, preset));
  let voiceLoudnessLufs: number | null = null;
  if (reader != null && measuresLoudness && touched.length > 0) {
    const measured = await measureVoice(host, voiceClips, voiceAnalyses, voiceSource);
    if (Number.isFinite(measured)) {
      voiceLoudnessLufs = measured;
      depths = await targetGapDepths(reader, host, touched, voiceRegions, measured);
    } else {
      warnings.push(duckWarning.noVoiceLoudness(preset.depthDb));
    }
  }

  const envelopes = touched.map((clip, index) => ({
    clipId: clip.id,
    points: planClipDucking(voiceRegions, clip, { ...preset, depthDb: depths[index]!.depthDb }),
  }));
  return {
    voiceRegions,
    envelopes,
    undoLabel: `ClipRelay: duck ${preset.name}`,
    voiceSource,
    depths,
    voiceLoudnessLufs,
    ...withWarnings({ warnings: [], warningWords: [] }, warnings),
  };
}

/**
 * Plans and writes the ducking keyframes for every target clip as one undo step. The host's own
 * warnings (a keyframe record it could not read or write) join the plan's, so the editor sees them.
 */
export async function applyDucking(input: ApplyDuckingInput): Promise<DuckingResult> {
  const plan = await planDucking(input);
  if (plan.envelopes.length === 0) return plan;
  const hostNotes = await input.host.writeGainEnvelopes(plan.envelopes, plan.undoLabel);
  return hostNotes.length === 0 ? plan : { ...plan, ...withWarnings(plan, hostNotes) };
}

/** Per clip: measure the bed under the voice regions and choose the depth that meets the target gap. */
async function targetGapDepths(
  reader: MediaReader,
  host: NleHost,
  clips: readonly TimelineClip[],
  voiceRegions: readonly TimeRange[],
  voiceLoudness: number,
): Promise<ClipDuckDepth[]> {
  const { preset } = reader;
  const paths = uniquePaths(clips);
  const analyses = new Map<string, AudioAnalysis>();
  for (const [index, mediaPath] of paths.entries()) {
    const analysis = await analyseOrWarn(reader, mediaPath, 'bed', index, paths.length, { kind: 'fixed-depth', depthDb: preset.depthDb });
    if (analysis != null) analyses.set(mediaPath, analysis);
  }
  const depths: ClipDuckDepth[] = [];
  for (const clip of clips) {
    const analysis = clip.mediaPath == null ? undefined : analyses.get(clip.mediaPath);
    const bedLoudness = analysis == null ? null : bedLoudnessLufs({ clip, analysis, levelDb: await ownLevelDb(host, clip) }, voiceRegions);
    if (bedLoudness == null) {
      depths.push(fixedDepth(clip, preset));
      continue;
    }
    const chosen = planTargetGapDepth(preset, voiceLoudness, bedLoudness);
    depths.push({ clipId: clip.id, depthDb: chosen.depthDb, outcome: chosen.outcome, bedLoudnessLufs: bedLoudness, gapDb: chosen.gapDb });
  }
  return depths;
}

function fixedDepth(clip: TimelineClip, preset: DuckPreset): ClipDuckDepth {
  return { clipId: clip.id, depthDb: preset.depthDb, outcome: 'fixed-depth', bedLoudnessLufs: null, gapDb: null };
}

interface MediaReader {
  readonly readMedia: ReadMedia;
  readonly cache: MediaAnalysisCache;
  readonly preset: DuckPreset;
  readonly input: ApplyDuckingBase;
  readonly warnings: HostNote[];
}

/** The analysis of one file, or null (with a warning) when it cannot be read or decoded. Aborts propagate. */
async function analyseOrWarn(
  reader: MediaReader,
  mediaPath: string,
  phase: 'voice' | 'bed',
  index: number,
  count: number,
  fallback: UnreadFallback,
): Promise<AudioAnalysis | null> {
  const { input, preset } = reader;
  const report = (fraction: number | null) => input.onProgress?.({ phase, mediaPath, mediaIndex: index + 1, mediaCount: count, fraction });
  report(0);
  // Outside the try: a part that cannot load fails the Duck with what to do, not as each file unread.
  const { analyzeAudioStream } = await loadAudioAnalysis();
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
    reader.warnings.push(duckWarning.unread(error, fallback));
    return null;
  }
}

/** The voice clips that could be analysed, with their levels. */
async function measureVoice(
  host: NleHost,
  clips: readonly TimelineClip[],
  analyses: ReadonlyMap<string, AudioAnalysis>,
  voiceSource: VoiceSource,
): Promise<number> {
  const measured: MeasuredClip[] = [];
  for (const clip of clips) {
    const analysis = clip.mediaPath == null ? undefined : analyses.get(clip.mediaPath);
    if (analysis != null) measured.push({ clip, analysis, levelDb: await ownLevelDb(host, clip) });
  }
  return voiceLoudnessLufs(measured, voiceSource === 'speech');
}

/**
 * The clip's own level: its first editor keyframe, or its static level. ClipRelay's own keyframes
 * never count (they start at the clip's level + 0 dB), so a re-run plans the same depth. One level
 * per clip: editors ride the bed between lines, rarely under one.
 */
async function ownLevelDb(host: NleHost, clip: TimelineClip): Promise<number> {
  const automation = await host.readVolumeAutomation(clip.id);
  const editorKeyframe = automation.keyframes.find((keyframe) => !keyframe.writtenByClipRelay);
  return editorKeyframe?.levelDb ?? automation.staticLevelDb;
}

/** Files worth reading: clips the host marks as not analysable (offline, nested…) are skipped. */
function uniquePaths(clips: readonly TimelineClip[]): string[] {
  return [
    ...new Set(
      clips
        .filter((clip) => clip.notAnalysable == null)
        .map((clip) => clip.mediaPath)
        .filter((path): path is string => path != null),
    ),
  ];
}

function fileNameOf(mediaPath: string): string {
  return mediaPath.split(/[\\/]/).pop() ?? mediaPath;
}
