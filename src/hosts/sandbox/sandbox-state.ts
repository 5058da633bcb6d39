import type { AudioClipType } from '../../domain/tracks/audio-clip-type';
import type { ClipProvenance, TrackKind } from '../spec';

/** A keyframe as the sandbox stores it: like Premiere, in the clip's *media* time. */
export interface SandboxKeyframe {
  readonly mediaSeconds: number;
  readonly levelDb: number;
  /** Written by ClipRelay (a re-apply replaces it); false for the editor's own keyframes. */
  readonly byClipRelay: boolean;
  /** For ClipRelay's keyframes: the clip's own level the gain was relative to. */
  readonly baseLevelDb?: number;
}

export interface SandboxClip {
  readonly id: string;
  readonly itemId: string;
  readonly name: string;
  readonly mediaPath: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly inPointSeconds: number;
  readonly speed: number;
  readonly disabled: boolean;
  /** Video and audio placed together share a link id, as linked A/V does in an NLE. */
  readonly linkId: string | null;
  /** Volume › Level for audio clips; unused on video clips. */
  readonly staticLevelDb: number;
  readonly keyframes: readonly SandboxKeyframe[];
  /** The clip's Essential Sound type (audio clips), as an editor set it. @default undefined (not typed) */
  readonly audioClipType?: AudioClipType;
}

export interface SandboxTrack {
  readonly kind: TrackKind;
  readonly name: string;
  readonly muted: boolean;
  readonly clips: readonly SandboxClip[];
}

export interface SandboxProjectItem {
  readonly id: string;
  readonly name: string;
  readonly mediaPath: string;
  readonly binPath: readonly string[];
  readonly durationSeconds: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
  /** What ClipRelay recorded about the clip's generation; null until written. */
  readonly provenance: ClipProvenance | null;
}

/** The whole in-memory project: plain data, so undo is a snapshot and the UI can draw it. */
export interface SandboxState {
  readonly projectName: string;
  readonly sequenceName: string;
  /** The sequence's stable identity, as Premiere's guid: a rename keeps it. @default undefined (a state saved before ids) */
  readonly sequenceId?: string;
  readonly frameRate: number;
  readonly frameWidth: number;
  readonly frameHeight: number;
  readonly playheadSeconds: number;
  /** The sequence In/Out marks; null when not set. */
  readonly inPointSeconds: number | null;
  readonly outPointSeconds: number | null;
  readonly videoTracks: readonly SandboxTrack[];
  readonly audioTracks: readonly SandboxTrack[];
  readonly bins: readonly (readonly string[])[];
  readonly items: readonly SandboxProjectItem[];
  /** The project item last revealed in the bin (`revealInBin`), shown selected. @default undefined (none) */
  readonly revealedItemId?: string;
  /** Clips the editor selected in the drawn timeline (video and audio). Not an edit: no undo step. @default undefined (none) */
  readonly selectedClipIds?: readonly string[];
  /** Monotonic counter for ids, kept in state so undo never reuses an id. */
  readonly nextId: number;
}
