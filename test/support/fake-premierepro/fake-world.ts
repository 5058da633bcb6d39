import type { ScenarioMedia } from '../host-scenario';
import { FakeLock, PremiereRuleError, type FakeAction } from './fake-lock';
import type { PremiereProfile } from './fake-profiles';
import type { ClipItemState, FakeState, ProjectItemState, SequenceState, TrackItemState, TrackState } from './fake-state';

export type FakeTrackKind = 'video' | 'audio';

interface UndoEntry {
  readonly label: string;
  readonly before: FakeState;
}

interface LocatedItem {
  readonly sequence: SequenceState;
  readonly kind: FakeTrackKind;
  readonly trackIndex: number;
  readonly track: TrackState;
  readonly item: TrackItemState;
}

interface FakeWorldOptions {
  /** Files on "disk" that importFiles accepts, by native path. */
  readonly mediaOnDisk: { readonly [path: string]: ScenarioMedia };
  /** `getItems` calls on its bin that miss a freshly imported item, as Premiere may show it late. */
  readonly importVisibleAfterLookups: number;
  /**
   * Model a host whose keyframe positions are relative to the clip's start instead of media time
   * (the alternative research §2.4 could not rule out): a head trim then shifts every position.
   * @default false
   */
  readonly keyframesRelativeToClipStart?: boolean;
  /** The Premiere version modelled: which APIs exist and which rules are enforced. */
  readonly profile: PremiereProfile;
  /** How `getValueAtTime` answers: a number (docs) or `{ value }` (seen in the wild). @default 'number' */
  readonly valueShape?: 'number' | 'object';
  /**
   * The other side of `set-value-sets-key` (UNK): Premiere may ignore createSetValueAction on a
   * time-varying param. @default 'sets-key'
   */
  readonly keyedSetValue?: 'sets-key' | 'ignored';
}

/** A property added with `addPropertyToProjectMetadataSchema`. */
interface SchemaProperty {
  readonly label: string;
  readonly type: number;
}

/** The fake's shared core: state, lock, undo stack, id counters. Every fake object reads through it. */
export class FakeWorld {
  readonly lock: FakeLock;
  readonly undoStack: UndoEntry[] = [];
  /** Every committed transaction's label and the `create…Action` methods of its actions, in order. */
  readonly transactionLog: Array<{ readonly label: string; readonly methods: readonly string[] }> = [];
  /**
   * The project metadata schema. Not part of the undoable state: registering is a direct call, not an
   * Action (research §1.3).
   */
  readonly metadataSchema = new Map<string, SchemaProperty>();
  /** Deprecated APIs the adapter used, e.g. "Media.duration" on 26.5. */
  readonly deprecatedReads: string[] = [];
  /** Set by a test: addAction calls left until one returns false, as Premiere does for an action it refuses. */
  addActionsUntilRefusal: number | null = null;
  // Counters live outside the state so ids stay unique across undo.
  private lastUid = 0;
  private lastItemId = 0;
  private lastLinkGroup = 0;
  private lastSequenceId = 0;

  constructor(
    public state: FakeState,
    readonly options: FakeWorldOptions,
  ) {
    this.lock = new FakeLock(options.profile.enforcesLockRule);
  }

  newUid(): number {
    return (this.lastUid += 1);
  }

  newItemId(): string {
    return `item-${(this.lastItemId += 1)}`;
  }

  newLinkGroup(): number {
    return (this.lastLinkGroup += 1);
  }

  newSequenceId(): string {
    return `sequence-${(this.lastSequenceId += 1)}`;
  }

  projectItem(id: string): ProjectItemState {
    const item = this.state.items.find((candidate) => candidate.id === id);
    if (item == null) throw new PremiereRuleError('stale-handle', `project item ${id} no longer exists`);
    return item;
  }

  clipItem(id: string): ClipItemState {
    const item = this.projectItem(id);
    if (item.kind !== 'clip') throw new PremiereRuleError('foreign-object', `project item ${id} is a ${item.kind}, not a media clip`);
    return item;
  }

  sequence(id: string): SequenceState {
    const sequence = this.state.sequences.find((candidate) => candidate.id === id);
    if (sequence == null) throw new PremiereRuleError('stale-handle', `sequence ${id} no longer exists`);
    return sequence;
  }

  tracks(sequenceId: string, kind: FakeTrackKind): TrackState[] {
    const sequence = this.sequence(sequenceId);
    return kind === 'video' ? sequence.videoTracks : sequence.audioTracks;
  }

  track(sequenceId: string, kind: FakeTrackKind, index: number): TrackState {
    const track = this.tracks(sequenceId, kind)[index];
    if (track == null) throw new PremiereRuleError('stale-handle', `${kind} track ${index} does not exist`);
    return track;
  }

  locate(uid: number): LocatedItem {
    for (const sequence of this.state.sequences) {
      for (const kind of ['video', 'audio'] as const) {
        for (const [trackIndex, track] of (kind === 'video' ? sequence.videoTracks : sequence.audioTracks).entries()) {
          const item = track.items.find((candidate) => candidate.uid === uid);
          if (item != null) return { sequence, kind, trackIndex, track, item };
        }
      }
    }
    throw new PremiereRuleError('stale-handle', `track item ${uid} is no longer on the timeline`);
  }

  /**
   * Applies a transaction's actions in order as one undo entry; a failing action rolls all back. A
   * keyframe removal and addition at the same tick of the same param cancel each other, as seen on
   * real Premiere (fake-rules.ts `remove-add-same-tick-cancel`).
   */
  commit(label: string, actions: readonly FakeAction[]): void {
    const before = structuredClone(this.state);
    const cancelled = cancelledKeyframePairs(actions);
    try {
      for (const action of actions) if (!cancelled.has(action)) action.apply(this);
    } catch (error) {
      this.state = before;
      throw error;
    }
    this.undoStack.push({ label, before });
    this.transactionLog.push({ label, methods: actions.map((action) => action.method) });
  }

  undo(): void {
    const entry = this.undoStack.pop();
    if (entry == null) throw new PremiereRuleError('one-undo-entry', 'nothing to undo');
    this.state = entry.before;
  }
}

/** Remove/add pairs at one tick of one param: each such pair is dropped as a whole. */
function cancelledKeyframePairs(actions: readonly FakeAction[]): Set<FakeAction> {
  const cancelled = new Set<FakeAction>();
  for (const removal of actions) {
    if (removal.keyframeEdit?.kind !== 'remove' || cancelled.has(removal)) continue;
    const addition = actions.find(
      (candidate) =>
        !cancelled.has(candidate) &&
        candidate.keyframeEdit?.kind === 'add' &&
        candidate.keyframeEdit.paramKey === removal.keyframeEdit?.paramKey &&
        candidate.keyframeEdit.ticks === removal.keyframeEdit.ticks,
    );
    if (addition == null) continue;
    cancelled.add(removal);
    cancelled.add(addition);
  }
  return cancelled;
}
