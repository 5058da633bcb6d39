/**
 * A clip's gain automation as the ducking planner writes it: points in *sequence* time with a gain
 * *relative to the clip's current level* (0 dB = untouched, −9 dB = ducked). Hosts translate to their
 * own keyframe time base and level scale.
 */
export interface GainPoint {
  readonly timeSeconds: number;
  readonly gainDb: number;
}

export interface ClipGainEnvelope {
  /** A `TimelineClip.id` of an audio clip. */
  readonly clipId: string;
  /**
   * Sorted by time. The host reads the clip's level at the first point's time (its "current
   * level"), removes the keyframes between the first and last time, and writes
   * `current level + gainDb` at each point.
   */
  readonly points: readonly GainPoint[];
}

/** A clip's Volume › Level as the host stores it, translated to sequence seconds and dB (0 dB = unity). */
export interface VolumeKeyframe {
  readonly timeSeconds: number;
  readonly levelDb: number;
}

export interface VolumeAutomation {
  /** The level when the clip has no keyframes; the value before the first keyframe otherwise. */
  readonly staticLevelDb: number;
  /** Empty when the level is not animated. Sorted by time. */
  readonly keyframes: readonly VolumeKeyframe[];
}
