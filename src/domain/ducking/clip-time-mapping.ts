import type { TimeRange } from './time-range';

/** Where a clip sits in the sequence and which part of its media it plays. */
export interface ClipTimeBase {
  /** Sequence time where the clip starts. */
  readonly startSeconds: number;
  /** Sequence time where the clip ends (exclusive). */
  readonly endSeconds: number;
  /** Media time shown at `startSeconds`. */
  readonly inPointSeconds: number;
  /** Playback speed; 2 plays the media twice as fast, a negative speed plays it backwards. */
  readonly speed: number;
}

/**
 * A media-time range as sequence time: `sequence = start + (media − inPoint) / speed`, clipped to
 * the clip's extent. Null when the range falls outside what the clip plays.
 */
export function mediaRangeToSequence(clip: ClipTimeBase, range: TimeRange): TimeRange | null {
  if (clip.speed === 0) return null;
  const a = clip.startSeconds + (range.startSeconds - clip.inPointSeconds) / clip.speed;
  const b = clip.startSeconds + (range.endSeconds - clip.inPointSeconds) / clip.speed;
  const startSeconds = Math.max(clip.startSeconds, Math.min(a, b));
  const endSeconds = Math.min(clip.endSeconds, Math.max(a, b));
  return endSeconds > startSeconds ? { startSeconds, endSeconds } : null;
}

/** A sequence-time range as the clip's media time (`media = inPoint + (sequence − start) × speed`), clipped to the clip first. */
export function sequenceRangeToMedia(clip: ClipTimeBase, range: TimeRange): TimeRange | null {
  const startSeconds = Math.max(clip.startSeconds, range.startSeconds);
  const endSeconds = Math.min(clip.endSeconds, range.endSeconds);
  if (endSeconds <= startSeconds) return null;
  const a = clip.inPointSeconds + (startSeconds - clip.startSeconds) * clip.speed;
  const b = clip.inPointSeconds + (endSeconds - clip.startSeconds) * clip.speed;
  return { startSeconds: Math.min(a, b), endSeconds: Math.max(a, b) };
}
