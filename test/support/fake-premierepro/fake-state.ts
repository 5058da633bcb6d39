/**
 * The fake project as plain data. Transactions snapshot it with structuredClone, so undo restores
 * exactly the previous tracks, items and keyframes. Times are integer ticks.
 */

/** Volume › Level of an untouched clip: 0 dB in Premiere's scale where 1.0 = +15 dB. */
export const UNITY_LEVEL = 0.1778279410038923;

interface KeyframeState {
  /** Clip media time. */
  readonly ticks: number;
  readonly value: number;
}

export interface ParamState {
  readonly displayName: string;
  timeVarying: boolean;
  /** The value while not time-varying (and before the first keyframe has been added). */
  staticValue: number | boolean;
  /** Sorted by ticks; media time. */
  keyframes: KeyframeState[];
}

export interface ComponentState {
  readonly matchName: string;
  readonly displayName: string;
  readonly params: ParamState[];
}

export interface TrackItemState {
  readonly uid: number;
  readonly projectItemId: string;
  readonly name: string;
  startTicks: number;
  endTicks: number;
  /** Media time shown at startTicks. */
  inPointTicks: number;
  readonly speed: number;
  readonly disabled: boolean;
  /** Items placed together (video + its audio) share a link group. */
  readonly linkGroup: number;
  /** Audio items only; empty for video (the adapter never reads video effects). */
  readonly components: ComponentState[];
  /** Played backwards (`isSpeedReversed()`). @default false */
  readonly reversed?: boolean;
  /** Titles, graphics, adjustment layers: no project item at all (`synthetic-track-items`). */
  readonly synthetic?: 'title' | 'graphic' | 'adjustment-layer';
  /** In the Timeline selection (`getIsSelected()`, `track-item-selection`). @default false */
  selected?: boolean;
}

export interface TrackState {
  readonly name: string;
  readonly muted: boolean;
  items: TrackItemState[];
}

/** Private-namespace project metadata of an item, property name → text (the Project panel columns). */
export type MetadataState = Record<string, string>;

interface BinState {
  readonly kind: 'bin';
  readonly id: string;
  readonly name: string;
  /** Null for the root. */
  readonly parentId: string | null;
  metadata: MetadataState;
}

export interface ClipItemState {
  readonly kind: 'clip';
  readonly id: string;
  readonly name: string;
  readonly parentId: string;
  readonly mediaPath: string;
  readonly durationTicks: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
  /** Lookups (`getItems` on its bin) that still miss this freshly imported item. */
  hiddenForLookups: number;
  metadata: MetadataState;
  /** Its file is missing (`isOffline()`). @default false */
  readonly offline?: boolean;
  /** A merged clip: several files, no single media path (`isMergedClip()`). @default false */
  readonly merged?: boolean;
}

/** A sequence's project item: a clip item whose media is the sequence. */
interface SequenceItemState {
  readonly kind: 'sequence';
  readonly id: string;
  readonly name: string;
  readonly parentId: string;
  readonly sequenceId: string;
  metadata: MetadataState;
}

export type ProjectItemState = BinState | ClipItemState | SequenceItemState;

export interface SequenceState {
  /** Also its guid's string form. */
  readonly id: string;
  readonly name: string;
  readonly projectItemId: string;
  readonly frameRate: number;
  readonly frameWidth: number;
  readonly frameHeight: number;
  playheadTicks: number;
  /** Null when no mark is set; the fake then answers like ExtendScript-era Premiere: In 0, Out = end. */
  inPointTicks: number | null;
  outPointTicks: number | null;
  videoTracks: TrackState[];
  audioTracks: TrackState[];
}

export interface FakeState {
  readonly rootId: string;
  /** In creation order; a bin's children are the items whose parentId is the bin's id. */
  items: ProjectItemState[];
  sequences: SequenceState[];
  /** Null when no sequence is open in the Timeline panel. */
  activeSequenceId: string | null;
}

/** What `snapshot()` returns: the state, plus the tracks of the scenario's sequence for short assertions. */
export interface FakeSnapshot extends FakeState {
  readonly videoTracks: TrackState[];
  readonly audioTracks: TrackState[];
}

function param(displayName: string, staticValue: number | boolean): ParamState {
  return { displayName, timeVarying: false, staticValue, keyframes: [] };
}

/**
 * The intrinsic audio effects of a stereo clip. The real chain order is unverified, so Channel Volume
 * comes first: an adapter that matched loosely ("…Volume…") would pick the wrong Level.
 */
export function defaultAudioComponents(): ComponentState[] {
  return [
    {
      matchName: 'Internal Channel Volume Stereo',
      displayName: 'Channel Volume',
      params: [param('Bypass', false), param('Left', UNITY_LEVEL), param('Right', UNITY_LEVEL)],
    },
    { matchName: 'Internal Volume Stereo', displayName: 'Volume', params: [param('Bypass', false), param('Level', UNITY_LEVEL)] },
  ];
}

/** Value of a param at a media time: static, or linear between keyframes, held before the first and after the last. */
export function paramValueAt(state: ParamState, ticks: number): number | boolean {
  const keys = state.keyframes;
  const first = keys[0];
  const last = keys.at(-1);
  if (!state.timeVarying || first == null || last == null) return state.staticValue;
  if (ticks <= first.ticks) return first.value;
  if (ticks >= last.ticks) return last.value;
  const nextIndex = keys.findIndex((key) => key.ticks > ticks);
  const next = keys[nextIndex];
  const previous = keys[nextIndex - 1];
  if (next == null || previous == null) return last.value;
  const fraction = (ticks - previous.ticks) / (next.ticks - previous.ticks);
  return previous.value + (next.value - previous.value) * fraction;
}
