import { sequenceToMediaSeconds } from '../../domain/time/media-time';
import type { DrawnClip, DrawnTimeline } from './drawn-timeline';
import { levelDbAt } from './gain-curve-path';

/** A gain automation step, in seconds after playback starts: `set` jumps, `ramp` moves linearly (Web Audio's two calls). */
interface GainEvent {
  readonly kind: 'set' | 'ramp';
  readonly atSeconds: number;
  /** Linear gain (1 = 0 dB). */
  readonly gain: number;
}

interface ClipPlayback {
  readonly clipId: string;
  readonly mediaPath: string;
  /** Seconds after playback starts when the clip starts sounding. */
  readonly delaySeconds: number;
  /** Where in the media the clip starts playing. */
  readonly mediaOffsetSeconds: number;
  /** How much media it plays (sequence duration × speed). */
  readonly mediaDurationSeconds: number;
  readonly playbackRate: number;
  readonly gainEvents: readonly GainEvent[];
}

interface PlaybackPlan {
  readonly fromSeconds: number;
  /** Sequence time where playback stops: the end of the last clip. */
  readonly endSeconds: number;
  readonly clips: readonly ClipPlayback[];
}

/**
 * The largest dB step one linear ramp may take. Premiere's curve is linear in dB between
 * keyframes while Web Audio ramps linear gain, so a long fade is split into steps this small
 * (the difference is then a fraction of a dB).
 */
const MAX_RAMP_STEP_DB = 1;
/** Below this the clip is silent (Volume's lowest setting). */
const SILENT_DB = -96;

export function dbToGain(levelDb: number): number {
  return levelDb <= SILENT_DB ? 0 : 10 ** (levelDb / 20);
}

/**
 * What plays from `fromSeconds` to the end: every audible audio clip (track not muted, clip
 * enabled, played forwards), where its media starts, and its Volume envelope as gain events.
 */
export function playbackPlan(timeline: DrawnTimeline, fromSeconds: number): PlaybackPlan {
  const allClips = [...timeline.videoTracks, ...timeline.audioTracks].flatMap((track) => track.clips);
  const endSeconds = Math.max(0, ...allClips.map((clip) => clip.endSeconds));
  const clips = timeline.audioTracks
    .filter((track) => !track.muted)
    .flatMap((track) => track.clips)
    .filter((clip) => !clip.disabled && clip.speed > 0 && clip.endSeconds > fromSeconds)
    .map((clip): ClipPlayback => {
      const startSeconds = Math.max(clip.startSeconds, fromSeconds);
      return {
        clipId: clip.id,
        mediaPath: clip.mediaPath,
        delaySeconds: startSeconds - fromSeconds,
        mediaOffsetSeconds: sequenceToMediaSeconds(clip, startSeconds),
        mediaDurationSeconds: (clip.endSeconds - startSeconds) * clip.speed,
        playbackRate: clip.speed,
        gainEvents: gainAutomation(clip, startSeconds, fromSeconds),
      };
    });
  return { fromSeconds, endSeconds, clips };
}

/**
 * A clip's Volume from `startSeconds` to its end as gain events relative to `playStartSeconds`:
 * the level where it starts sounding, then a ramp to each later keyframe (split into ≤ 1 dB steps).
 */
export function gainAutomation(clip: DrawnClip, startSeconds: number, playStartSeconds: number): GainEvent[] {
  const keyframes = clip.keyframes ?? [];
  const staticDb = clip.staticLevelDb ?? 0;
  const at = (sequenceSeconds: number) => sequenceSeconds - playStartSeconds;
  let previous = { timeSeconds: startSeconds, levelDb: levelDbAt(keyframes, staticDb, startSeconds) };
  const events: GainEvent[] = [{ kind: 'set', atSeconds: at(startSeconds), gain: dbToGain(previous.levelDb) }];
  const inside = keyframes.filter((keyframe) => keyframe.timeSeconds > startSeconds && keyframe.timeSeconds <= clip.endSeconds);
  // A fade that runs past the clip's end is followed up to the end.
  const fadeOutside = keyframes.some((keyframe) => keyframe.timeSeconds > clip.endSeconds) && clip.endSeconds > startSeconds;
  const targets = fadeOutside
    ? [...inside, { timeSeconds: clip.endSeconds, levelDb: levelDbAt(keyframes, staticDb, clip.endSeconds) }]
    : inside;
  for (const keyframe of targets) {
    const steps = Math.max(1, Math.ceil(Math.abs(keyframe.levelDb - previous.levelDb) / MAX_RAMP_STEP_DB));
    for (let step = 1; step <= steps; step += 1) {
      const fraction = step / steps;
      const timeSeconds = previous.timeSeconds + (keyframe.timeSeconds - previous.timeSeconds) * fraction;
      const levelDb = previous.levelDb + (keyframe.levelDb - previous.levelDb) * fraction;
      events.push({ kind: 'ramp', atSeconds: at(timeSeconds), gain: dbToGain(levelDb) });
    }
    previous = keyframe;
  }
  return events;
}
