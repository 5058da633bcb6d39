import { mediaToSequenceSeconds, sequenceToMediaSeconds, type ClipTiming } from '../time/media-time';
import type { TimeRange } from './time-range';

/** Where a clip sits in the sequence and which part of its media it plays. */
export interface ClipTimeBase extends ClipTiming {
  /** Sequence time where the clip ends (exclusive). */
  readonly endSeconds: number;
}

/**
 * A media-time range as sequence time (`mediaToSequenceSeconds` at both ends), clipped to the
 * clip's extent. Null when the range falls outside what the clip plays.
 */
export function mediaRangeToSequence(clip: ClipTimeBase, range: TimeRange): TimeRange | null {
  if (clip.speed === 0) return null;
  const a = mediaToSequenceSeconds(clip, range.startSeconds);
  const b = mediaToSequenceSeconds(clip, range.endSeconds);
  const startSeconds = Math.max(clip.startSeconds, Math.min(a, b));
  const endSeconds = Math.min(clip.endSeconds, Math.max(a, b));
  return endSeconds > startSeconds ? { startSeconds, endSeconds } : null;
}

/** A sequence-time range as the clip's media time (`sequenceToMediaSeconds` at both ends), clipped to the clip first. */
export function sequenceRangeToMedia(clip: ClipTimeBase, range: TimeRange): TimeRange | null {
  const startSeconds = Math.max(clip.startSeconds, range.startSeconds);
  const endSeconds = Math.min(clip.endSeconds, range.endSeconds);
  if (endSeconds <= startSeconds) return null;
  const a = sequenceToMediaSeconds(clip, startSeconds);
  const b = sequenceToMediaSeconds(clip, endSeconds);
  return { startSeconds: Math.min(a, b), endSeconds: Math.max(a, b) };
}
