import { mergeRanges, planClipDucking, voiceRegionsFromSpeech, type DuckPreset, type TimeRange } from '../domain/ducking';
import { chooseDuckTracks } from './choose-duck-tracks';
import { duckClipVolume, type PlannedGain } from './duck-clip-volume';
import {
  audioTracksOf,
  type InterchangeClip,
  type InterchangeTimeline,
  type InterchangeTrack,
  type TimelineDocument,
} from './timeline-model';

export interface TimelineDuckRequest {
  readonly preset: DuckPreset;
  /** `A1`, a track name or a role; @default tracks whose name or role says voice/VO/dialogue */
  readonly voiceTracks?: readonly string[];
  /** @default every other audio track that is not a voice track */
  readonly duckTracks?: readonly string[];
  /**
   * Speech detected in voice media, keyed by the clip's `mediaPath` as the file names it (media time).
   * A voice clip whose media has no entry counts by its whole extent.
   * @default none (every voice clip by its extent)
   */
  readonly speechByMediaPath?: ReadonlyMap<string, readonly TimeRange[]>;
  /**
   * Target-gap presets: the depth chosen for each clip from measured loudness (planTargetGapDepth).
   * @default none (every clip at the preset's fixed depth)
   */
  readonly depthDbByClipId?: ReadonlyMap<string, number>;
}

/** One clip's planned envelope (sequence seconds, dB relative to its own level); empty = no duck (an earlier one is taken back). */
interface TimelineClipEnvelope {
  readonly clipId: string;
  readonly trackIndex: number;
  readonly points: readonly PlannedGain[];
}

export interface TimelineDuckPlan {
  readonly voiceTrackIndices: readonly number[];
  readonly duckTrackIndices: readonly number[];
  readonly voiceRegions: readonly TimeRange[];
  /** One per clip on the ducked tracks that can be ducked, touched by speech or not. */
  readonly envelopes: readonly TimelineClipEnvelope[];
  readonly warnings: readonly string[];
}

/**
 * The ducking plan for a timeline file, with the planner the panel uses: voice regions from speech (or
 * whole voice clips), one envelope per clip on the ducked tracks. Disabled tracks and clips are not
 * voice; disabled clips are not ducked; freeze frames cannot be ducked and are named in a warning.
 * A target-gap preset uses the depths measured for it (`depthDbByClipId`), else its fixed depth, with a warning.
 */
export function planTimelineDucking(timeline: InterchangeTimeline, request: TimelineDuckRequest): TimelineDuckPlan {
  const { preset } = request;
  const warnings: string[] = [];
  const choice = chooseDuckTracks(audioTracksOf(timeline), request.voiceTracks ?? [], request.duckTracks ?? []);
  const voiceRegions = voiceRegionsFromSpeech(
    choice.voice.map((track) => ({ muted: !track.enabled, clips: track.clips.filter((clip) => clip.speed !== 0).map(asPlannerClip) })),
    request.speechByMediaPath ?? new Map(),
  );
  if (preset.targetGapDb != null && request.depthDbByClipId == null) {
    warnings.push(`${preset.name} has a target gap; timeline files are ducked by its fixed ${preset.depthDb} dB.`);
  }
  // Regions merged once, as planClipDucking would merge them; each clip then plans against the few near it
  // (a two-hour timeline has hundreds of regions and thousands of clips).
  const merged = mergeRanges(voiceRegions, preset.attackSeconds + preset.releaseSeconds + preset.holdSeconds);
  const envelopes: TimelineClipEnvelope[] = [];
  for (const track of choice.duck) {
    for (const clip of track.clips) {
      if (!clip.enabled) continue;
      if (clip.speed === 0) {
        warnings.push(`"${clip.name}" on ${label(track)} is a freeze frame; it was left as it is.`);
        continue;
      }
      // A region reaches a clip through its fades: the release after it, the attack before it.
      const near = regionsNear(merged, clip.startSeconds - preset.releaseSeconds, clip.endSeconds + preset.attackSeconds);
      const depthDb = request.depthDbByClipId?.get(clip.id) ?? preset.depthDb;
      envelopes.push({ clipId: clip.id, trackIndex: track.index, points: planClipDucking(near, clip, { ...preset, depthDb }) });
    }
  }
  return {
    voiceTrackIndices: choice.voice.map((track) => track.index),
    duckTrackIndices: choice.duck.map((track) => track.index),
    voiceRegions,
    envelopes,
    warnings,
  };
}

/** Writes a plan's envelopes into the document (ClipRelay's earlier ducking on those clips replaced). */
export function applyTimelineDuckPlan(document: TimelineDocument, plan: Pick<TimelineDuckPlan, 'envelopes'>): void {
  const clips = new Map(document.timeline.tracks.flatMap((track) => track.clips.map((clip) => [clip.id, clip] as const)));
  for (const envelope of plan.envelopes) {
    const clip = clips.get(envelope.clipId);
    if (clip == null) continue;
    document.setClipVolumeKeys(clip.id, duckClipVolume(clip.volume, envelope.points, document.timeline.frameRate));
  }
}

/** Plans and writes in one step; returns the plan (for its warnings and regions). */
export function duckTimelineDocument(document: TimelineDocument, request: TimelineDuckRequest): TimelineDuckPlan {
  const plan = planTimelineDucking(document.timeline, request);
  applyTimelineDuckPlan(document, plan);
  return plan;
}

/** The sorted, merged regions that reach into [from, to] (binary search for the first). */
function regionsNear(merged: readonly TimeRange[], from: number, to: number): TimeRange[] {
  let low = 0;
  let high = merged.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (merged[middle]!.endSeconds < from) low = middle + 1;
    else high = middle;
  }
  const near: TimeRange[] = [];
  for (let i = low; i < merged.length && merged[i]!.startSeconds <= to; i++) near.push(merged[i]!);
  return near;
}

function asPlannerClip(clip: InterchangeClip) {
  return { ...clip, disabled: !clip.enabled };
}

function label(track: InterchangeTrack): string {
  return `A${track.index + 1}`;
}
