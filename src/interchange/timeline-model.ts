import type { FrameRate } from './frame-rate';

/** The three timeline formats ClipRelay reads and writes. */
export type TimelineFormat = 'xmeml' | 'fcpxml' | 'otio';

/**
 * How ClipRelay marked a volume keyframe it wrote, so a re-duck can take its own work back first:
 * `added` keys are removed; `ducked` keys were the editor's and get the editor's level back.
 */
export type ClipRelayMark =
  | { readonly kind: 'added' }
  | {
      readonly kind: 'ducked';
      readonly editorLevelDb: number;
      /** The editor's value exactly as the file wrote it (linear gain, "−3dB", …), restored byte for byte. */
      readonly editorValueToken: string;
    };

/** One point of a clip's volume curve, in sequence time and dB (0 dB = unity). */
export interface VolumeKey {
  readonly timeSeconds: number;
  readonly levelDb: number;
  /** null: the editor's key (never touched outside ducked spans). */
  readonly mark: ClipRelayMark | null;
  /** The time and value as the file wrote them; kept so untouched keys are written back exactly. */
  readonly timeToken?: string;
  readonly valueToken?: string;
}

export interface ClipVolume {
  /** The clip's level when it has no keyframes (the adjustment's static value). */
  readonly staticLevelDb: number;
  /** Sorted by time; empty when the level is not animated. */
  readonly keys: readonly VolumeKey[];
}

export interface InterchangeClip {
  /** Stable within one read: the format's own id where it has one, else the clip's position. */
  readonly id: string;
  readonly name: string;
  /** The media path or URL as the file names it; null for generated media or a missing reference. */
  readonly mediaPath: string | null;
  /** Sequence (record) time of the first frame and the end (exclusive). */
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** Media (source) time shown at `startSeconds`. */
  readonly inPointSeconds: number;
  /** 1 = normal speed; negative = reversed; 0 = a freeze frame. */
  readonly speed: number;
  readonly enabled: boolean;
  readonly volume: ClipVolume;
  /**
   * The one channel of its media this clip plays (1-based), where the format splits a stereo file
   * into a clip per channel on two tracks (FCP7 XML's `sourcetrack`); absent: every channel.
   */
  readonly sourceChannel?: number;
}

export interface InterchangeTrack {
  readonly kind: 'audio' | 'video';
  /** 0-based among tracks of its kind: A1 is audio 0. */
  readonly index: number;
  readonly name: string;
  readonly enabled: boolean;
  /** FCPXML audio roles on the track's clips ("dialogue", "music.Score"); empty elsewhere. */
  readonly roles: readonly string[];
  /** Sorted by `startSeconds`. */
  readonly clips: readonly InterchangeClip[];
}

/** One timeline, whatever file it came from. */
export interface InterchangeTimeline {
  readonly format: TimelineFormat;
  readonly name: string;
  readonly frameRate: FrameRate;
  readonly tracks: readonly InterchangeTrack[];
}

/**
 * A timeline file as read: the neutral model plus the file's own tree, which keeps everything ClipRelay
 * does not model so that writing it back changes only what was asked.
 */
export interface TimelineDocument {
  readonly timeline: InterchangeTimeline;
  /** Replaces one clip's volume keys (the static level is left as it is). */
  setClipVolumeKeys(clipId: string, keys: readonly VolumeKey[]): void;
  /** The file's text, with every change made so far. */
  serialize(): string;
}

/** The audio tracks of a timeline, A1 first. */
export function audioTracksOf(timeline: InterchangeTimeline): readonly InterchangeTrack[] {
  return timeline.tracks.filter((track) => track.kind === 'audio');
}
