import type { FrameRate, TickTime, TickTimeStatic } from '@adobe/premierepro';

/** Premiere's time unit: 1 s = 254 016 000 000 ticks (divisible by every common frame rate). */
export const TICKS_PER_SECOND = 254_016_000_000;

/** Where a clip sits, in seconds: enough to map sequence time to the clip's media time. */
export interface ClipTiming {
  /** Sequence time of the clip's first frame. */
  readonly startSeconds: number;
  /** Media time shown at `startSeconds`; non-zero when the clip's head is trimmed. */
  readonly inPointSeconds: number;
  /** Playback speed; 1 = normal, 2 = twice as fast. */
  readonly speed: number;
}

/** The same timing in Premiere's own units, as read from a track item, so arithmetic stays tick-exact. */
export interface ClipTicks {
  readonly start: TickTime;
  readonly inPoint: TickTime;
  readonly speed: number;
  /** Played backwards (`isSpeedReversed()`). */
  readonly reversed: boolean;
}

/**
 * Media time of a sequence time: `inPoint + (sequence − start) × speed`.
 * Keyframe positions are in clip media time (ExtendScript-era evidence, research §2.4 — VERIFY on a
 * host with a head-trimmed, speed-changed clip).
 */
export function sequenceToMediaSeconds(clip: ClipTiming, sequenceSeconds: number): number {
  return clip.inPointSeconds + (sequenceSeconds - clip.startSeconds) * clip.speed;
}

/** Sequence time of a media time: the inverse of `sequenceToMediaSeconds`. */
export function mediaToSequenceSeconds(clip: ClipTiming, mediaSeconds: number): number {
  return clip.startSeconds + (mediaSeconds - clip.inPointSeconds) / clip.speed;
}

/** A sequence time snapped to the nearest frame of the sequence, so edits land on visible frames. */
export function frameAlignedTime(tickTime: TickTimeStatic, seconds: number, frameRate: FrameRate): TickTime {
  return tickTime.createWithSeconds(seconds).alignToNearestFrame(frameRate);
}

/**
 * The keyframe position for a sequence time: snapped to the sequence's nearest frame first, then
 * mapped to media time with TickTime arithmetic (no float round trip through seconds).
 */
export function keyframePositionAt(tickTime: TickTimeStatic, clip: ClipTicks, sequenceSeconds: number, frameRate: FrameRate): TickTime {
  const sequenceTime = frameAlignedTime(tickTime, sequenceSeconds, frameRate);
  return clip.inPoint.add(sequenceTime.subtract(clip.start).multiply(clip.speed));
}

/** The same timing in seconds, for turning keyframe positions back into sequence time. */
export function clipTimingOf(clip: ClipTicks): ClipTiming {
  return { startSeconds: clip.start.seconds, inPointSeconds: clip.inPoint.seconds, speed: clip.speed };
}
