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
   * Sorted by time. At each point the host writes `the clip's own level there + gainDb`, where "own
   * level" is the editor's automation with ClipRelay's earlier keyframes left out (so re-applying never
   * ducks twice). Before writing, it removes the keyframes *ClipRelay* wrote between the first and last
   * point; keyframes the editor set there stay.
   */
  readonly points: readonly GainPoint[];
}

/** A clip's Volume › Level as the host stores it, translated to sequence seconds and dB (0 dB = unity). */
interface VolumeKeyframe {
  readonly timeSeconds: number;
  readonly levelDb: number;
  /** Written by ClipRelay (a re-apply may replace it), as opposed to set by the editor. */
  readonly writtenByClipRelay: boolean;
}

export interface VolumeAutomation {
  /** The level when the clip has no keyframes; the value before the first keyframe otherwise. */
  readonly staticLevelDb: number;
  /** Empty when the level is not animated. Sorted by time. */
  readonly keyframes: readonly VolumeKeyframe[];
}
