/** A host-neutral picture of a timeline for drawing: tracks, clips and each audio clip's gain curve. */
export interface DrawnClip {
  readonly id: string;
  readonly name: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly disabled: boolean;
  /** Clips sharing a link id are linked A/V. */
  readonly linkId: string | null;
  /** Made by ClipRelay (drawn in a distinct colour). */
  readonly generated: boolean;
  /** Audio only: Volume level in dB when not animated. */
  readonly staticLevelDb?: number;
  /** Audio only: keyframes in sequence time. */
  readonly keyframes?: readonly { readonly timeSeconds: number; readonly levelDb: number }[];
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
  readonly playheadSeconds: number;
  readonly videoTracks: readonly DrawnTrack[];
  readonly audioTracks: readonly DrawnTrack[];
}
