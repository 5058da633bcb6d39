import type { TrackKind } from '../spec';

/** A keyframe as the sandbox stores it: like Premiere, in the clip's *media* time. */
export interface SandboxKeyframe {
  readonly mediaSeconds: number;
  readonly levelDb: number;
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
}

/** The whole in-memory project: plain data, so undo is a snapshot and the UI can draw it. */
export interface SandboxState {
  readonly sequenceName: string;
  readonly frameRate: number;
  readonly playheadSeconds: number;
  readonly videoTracks: readonly SandboxTrack[];
  readonly audioTracks: readonly SandboxTrack[];
  readonly bins: readonly (readonly string[])[];
  readonly items: readonly SandboxProjectItem[];
  /** Monotonic counter for ids, kept in state so undo never reuses an id. */
  readonly nextId: number;
}
