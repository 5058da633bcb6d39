/**
 * Sequence time ↔ a clip's media time, the one formula every host and workflow uses:
 * `media = inPoint + (sequence − start) × speed`. Keyframes live in media time (as in Premiere), so
 * this is what puts a duck where the editor hears it on a head-trimmed or retimed clip.
 */
export interface ClipTiming {
  /** Sequence time of the clip's first frame. */
  readonly startSeconds: number;
  /** Media time shown at `startSeconds`; non-zero when the clip's head is trimmed. */
  readonly inPointSeconds: number;
  /** Playback speed; 1 = normal, 2 = twice as fast, negative = played backwards. */
  readonly speed: number;
}

/** The media time the clip shows at a sequence time. */
export function sequenceToMediaSeconds(clip: ClipTiming, sequenceSeconds: number): number {
  return clip.inPointSeconds + (sequenceSeconds - clip.startSeconds) * clip.speed;
}

/** The sequence time at which the clip shows a media time: the inverse of `sequenceToMediaSeconds` (speed ≠ 0). */
export function mediaToSequenceSeconds(clip: ClipTiming, mediaSeconds: number): number {
  return clip.startSeconds + (mediaSeconds - clip.inPointSeconds) / clip.speed;
}

/** A time snapped to the nearest frame (ties round up, at the half frame), so edits land on visible frames. */
export function alignToNearestFrame(seconds: number, frameRate: number): number {
  return Math.round(seconds * frameRate) / frameRate;
}

/** The media time of a sequence time snapped to the sequence's nearest frame first: where a keyframe for it goes. */
export function frameAlignedMediaSeconds(clip: ClipTiming, sequenceSeconds: number, frameRate: number): number {
  return sequenceToMediaSeconds(clip, alignToNearestFrame(sequenceSeconds, frameRate));
}
