import type { AudioClipType } from '../../domain/tracks/audio-clip-type';

/** A read-only picture of the active sequence, in seconds. Hosts translate their own time units. */

export type TrackKind = 'video' | 'audio';

export interface TimelineClip {
  /** Opaque, host-defined; valid until the timeline changes. Pass it back to address this clip. */
  readonly id: string;
  readonly trackKind: TrackKind;
  /** 0-based: V1 and A1 are 0. */
  readonly trackIndex: number;
  readonly name: string;
  /** Native path of the clip's media, or null for synthetic media (titles, mattes, nested sequences). */
  readonly mediaPath: string | null;
  /**
   * The host's id of the project item the clip plays (pass it to `writeProvenance`), or null when
   * the host cannot say.
   */
  readonly projectItemId: string | null;
  /** Sequence time where the clip starts. */
  readonly startSeconds: number;
  /** Sequence time where the clip ends (exclusive). */
  readonly endSeconds: number;
  /** Media time shown at `startSeconds`. */
  readonly inPointSeconds: number;
  /** Playback speed; 1 = normal, 2 = twice as fast. */
  readonly speed: number;
  /** Played backwards. @default false */
  readonly reversed?: boolean;
  /**
   * Why the clip's media cannot be analysed, in the editor's words ("a nested sequence", "offline: …"),
   * or absent when it can. Such a clip is still on the timeline and can still be ducked.
   * @default undefined
   */
  readonly notAnalysable?: string;
  /**
   * Switched off in the timeline (Premiere's Clip › Enable; for an audio clip this is its mute —
   * Premiere's own API calls it "muted/disabled").
   */
  readonly disabled: boolean;
  /**
   * The clip's Essential Sound type, where the host can read it (`capabilities.readsClipAudioTypes`).
   * @default undefined (not typed, or the host cannot say)
   */
  readonly audioClipType?: AudioClipType;
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
  /** The open project's name, e.g. "Harbour promo.prproj". */
  readonly projectName: string;
  /** The project file's native path; '' when the host has none (an unsaved or in-memory project). */
  readonly projectPath: string;
  readonly name: string;
  /**
   * The host's stable identity of the sequence (Premiere: its guid), unchanged by a rename; absent where
   * the host has none, and then the project and sequence names stand in for it.
   * @default undefined
   */
  readonly sequenceId?: string;
  /** Frames per second, e.g. 25 or 29.97002997. */
  readonly frameRate: number;
  /** Frame size in pixels, e.g. 1920 × 1080. */
  readonly frameWidth: number;
  readonly frameHeight: number;
  readonly playheadSeconds: number;
  /** The sequence In mark; null when none is set. */
  readonly inPointSeconds: number | null;
  /** The sequence Out mark; null when none is set. */
  readonly outPointSeconds: number | null;
  /** Where the last clip on any track ends (0 for an empty sequence). */
  readonly endSeconds: number;
  readonly videoTracks: readonly TimelineTrack[];
  readonly audioTracks: readonly TimelineTrack[];
  /**
   * Ids of the clips selected in the host's timeline (video and audio), where the host can read its
   * selection (`capabilities.readsSelection`); absent where it cannot.
   * @default undefined
   */
  readonly selectedClipIds?: readonly string[];
}
