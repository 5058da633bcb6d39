/** A host-neutral picture of a timeline for drawing: tracks, clips and each audio clip's gain curve. */
interface DrawnKeyframe {
  readonly timeSeconds: number;
  readonly levelDb: number;
  /** Written by ClipRelay (a re-apply replaces it), as opposed to the editor's own. */
  readonly byClipRelay: boolean;
}

export interface DrawnClip {
  readonly id: string;
  readonly name: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** Where the clip's media lives; its waveform and its sound are looked up by this path. */
  readonly mediaPath: string;
  /** Media time shown at `startSeconds`. */
  readonly inPointSeconds: number;
  /** Playback speed (1 = normal). */
  readonly speed: number;
  readonly disabled: boolean;
  /** Clips sharing a link id are linked A/V. */
  readonly linkId: string | null;
  /** Made by ClipRelay (drawn in a distinct colour). */
  readonly generated: boolean;
  /** Audio only: Volume level in dB when not animated. */
  readonly staticLevelDb?: number;
  /** Audio only: keyframes in sequence time. */
  readonly keyframes?: readonly DrawnKeyframe[];
  /** Selected in the editor's timeline. @default false */
  readonly selected?: boolean;
}

export interface DrawnTrack {
  readonly kind: 'video' | 'audio';
  readonly index: number;
  readonly name: string;
  readonly muted: boolean;
  readonly clips: readonly DrawnClip[];
}

export interface DrawnTimeline {
  readonly name: string;
  /** Frames per second; times on the timeline are shown as timecode at this rate. */
  readonly frameRate: number;
  readonly playheadSeconds: number;
  readonly videoTracks: readonly DrawnTrack[];
  readonly audioTracks: readonly DrawnTrack[];
}

/** What the Duck tab last planned, drawn over the timeline: where the voice speaks and, before Apply, each clip's planned gain. */
export interface DrawnDuckPlan {
  readonly speechRegions: readonly { readonly startSeconds: number; readonly endSeconds: number }[];
  /** Planned gain (dB relative to the clip's own level) per clip id; empty once applied. */
  readonly plannedGain: ReadonlyMap<string, readonly { readonly timeSeconds: number; readonly gainDb: number }[]>;
}
