import type { FrameRate, TickTime, TickTimeStatic } from '@adobe/premierepro';
import type { ClipTiming } from '../../domain/time/media-time';

/** Premiere's time unit: 1 s = 254 016 000 000 ticks (divisible by every common frame rate). */
export const TICKS_PER_SECOND = 254_016_000_000;

/** The same timing in Premiere's own units, as read from a track item, so arithmetic stays tick-exact. */
export interface ClipTicks {
  readonly start: TickTime;
  readonly inPoint: TickTime;
  readonly speed: number;
  /** Played backwards (`isSpeedReversed()`). */
  readonly reversed: boolean;
}

/** A sequence time snapped to the nearest frame of the sequence, so edits land on visible frames. */
export function frameAlignedTime(tickTime: TickTimeStatic, seconds: number, frameRate: FrameRate): TickTime {
  return tickTime.createWithSeconds(seconds).alignToNearestFrame(frameRate);
}

/**
 * The keyframe position for a sequence time: snapped to the sequence's nearest frame first, then
 * mapped to media time — the formula of `frameAlignedMediaSeconds` (domain/time/media-time.ts) in
 * TickTime arithmetic, so positions stay tick-exact (no float round trip through seconds).
 * Keyframe positions are in clip media time (ExtendScript-era evidence, research §2.4; the scratch
 * probe "Keyframe time base" checks it on a live host).
 */
export function keyframePositionAt(tickTime: TickTimeStatic, clip: ClipTicks, sequenceSeconds: number, frameRate: FrameRate): TickTime {
  const sequenceTime = frameAlignedTime(tickTime, sequenceSeconds, frameRate);
  return clip.inPoint.add(sequenceTime.subtract(clip.start).multiply(clip.speed));
}

/** The same timing in seconds, for turning keyframe positions back into sequence time. */
export function clipTimingOf(clip: ClipTicks): ClipTiming {
  return { startSeconds: clip.start.seconds, inPointSeconds: clip.inPoint.seconds, speed: clip.speed };
}
