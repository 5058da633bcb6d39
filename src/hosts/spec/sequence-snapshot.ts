/** A read-only picture of the active sequence, in seconds. Hosts translate their own time units. */

export type TrackKind = 'video' | 'audio';

export interface TimelineClip {
  /** Opaque, host-defined; valid until the timeline changes. Pass it back to address this clip. */
  readonly id: string;
  readonly trackKind: TrackKind;
  /** 0-based: V1 and A1 are 0. */
  readonly trackIndex: number;
  readonly name: string;
  /** Native path of the clip's media, or null for synthetic media (titles, mattes). */
  readonly mediaPath: string | null;
  /** Sequence time where the clip starts. */
  readonly startSeconds: number;
  /** Sequence time where the clip ends (exclusive). */
  readonly endSeconds: number;
  /** Media time shown at `startSeconds`. */
  readonly inPointSeconds: number;
  /** Playback speed; 1 = normal, 2 = twice as fast. */
  readonly speed: number;
  readonly disabled: boolean;
}

export interface TimelineTrack {
  readonly kind: TrackKind;
  readonly index: number;
  readonly name: string;
  readonly muted: boolean;
  /** Sorted by `startSeconds`. */
  readonly clips: readonly TimelineClip[];
}

export interface SequenceSnapshot {
  readonly name: string;
  readonly frameRate: number;
  readonly playheadSeconds: number;
  readonly videoTracks: readonly TimelineTrack[];
  readonly audioTracks: readonly TimelineTrack[];
}
