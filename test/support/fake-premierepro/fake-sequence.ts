import type {
  Action,
  AudioClipTrackItem,
  AudioTrack,
  Constants,
  FrameRate,
  Guid,
  ProjectItem,
  RectF,
  Sequence,
  SequenceEditor,
  SequenceSettings,
  TickTime,
  TrackItemSelection,
  VideoClipTrackItem,
  VideoTrack,
} from '@adobe/premierepro';
import { FakeAction, FakeLimitationError, PremiereRuleError } from './fake-lock';
import { asOfficial } from './fake-official';
import { FakeProjectItem } from './fake-project-items';
import type { SequenceState } from './fake-state';
import { FakeFrameRate, tickTimeOfTicks, ticksOf } from './fake-tick-time';
import { insertProjectItem, overwriteProjectItem } from './fake-timeline-edits';
import { FakeAudioClipTrackItem, FakeVideoClipTrackItem } from './fake-track-items';
import type { FakeTrackKind, FakeWorld } from './fake-world';

/** The fake's value for Constants.TrackItemType.CLIP (Premiere's own value is not documented). */
export const TRACK_ITEM_TYPE_CLIP = 1;

abstract class FakeTrack {
  constructor(
    protected readonly world: FakeWorld,
    protected readonly sequenceId: string,
    protected readonly kind: FakeTrackKind,
    protected readonly index: number,
  ) {}

  get name(): string {
    return this.world.track(this.sequenceId, this.kind, this.index).name;
  }

  async isMuted(): Promise<boolean> {
    return this.world.track(this.sequenceId, this.kind, this.index).muted;
  }

  async getIndex(): Promise<number> {
    return this.index;
  }

  protected clipUids(trackItemType: Constants.TrackItemType, includeEmptyTrackItems: boolean): number[] {
    if (includeEmptyTrackItems) throw new FakeLimitationError('the fake does not model empty track items');
    if ((trackItemType as number) !== TRACK_ITEM_TYPE_CLIP) return [];
    return this.world.track(this.sequenceId, this.kind, this.index).items.map((item) => item.uid);
  }
}

class FakeVideoTrack extends FakeTrack implements Pick<VideoTrack, 'name' | 'isMuted' | 'getIndex' | 'getTrackItems'> {
  getTrackItems(trackItemType: Constants.TrackItemType, includeEmptyTrackItems: boolean): VideoClipTrackItem[] {
    return this.clipUids(trackItemType, includeEmptyTrackItems).map((uid) =>
      asOfficial<VideoClipTrackItem>(new FakeVideoClipTrackItem(this.world, uid)),
    );
  }
}

class FakeAudioTrack extends FakeTrack implements Pick<AudioTrack, 'name' | 'isMuted' | 'getIndex' | 'getTrackItems'> {
  getTrackItems(trackItemType: Constants.TrackItemType, includeEmptyTrackItems: boolean): AudioClipTrackItem[] {
    return this.clipUids(trackItemType, includeEmptyTrackItems).map((uid) =>
      asOfficial<AudioClipTrackItem>(new FakeAudioClipTrackItem(this.world, uid)),
    );
  }
}

/** Sequence settings before 26.2: no getVideoFrameRate (`frame-rate-since-26-2`). */
class FakeSequenceSettings implements Pick<SequenceSettings, 'getVideoFrameRect' | 'getAudioChannelType'> {
  constructor(protected readonly state: SequenceState) {}

  /** 1 = stereo (Adobe: 0 mono, 1 stereo, 2 5.1, 3 multichannel). */
  async getAudioChannelType(): Promise<number> {
    return 1;
  }

  async getVideoFrameRect(): Promise<RectF> {
    return asOfficial<RectF>({ width: this.state.frameWidth, height: this.state.frameHeight });
  }
}

/** Sequence settings from 26.2 ("Since: 26.2", sequencesettings.md). */
class FakeSequenceSettings262 extends FakeSequenceSettings implements Pick<SequenceSettings, 'getVideoFrameRate'> {
  getVideoFrameRate(): FrameRate {
    return asOfficial<FrameRate>(new FakeFrameRate(this.state.frameRate));
  }
}

/** Where the last clip on any track ends. */
function sequenceEndTicks(state: SequenceState): number {
  return [...state.videoTracks, ...state.audioTracks]
    .flatMap((track) => track.items)
    .reduce((end, item) => Math.max(end, item.endTicks), 0);
}

export class FakeSequence implements Pick<
  Sequence,
  | 'name'
  | 'guid'
  | 'getPlayerPosition'
  | 'getSettings'
  | 'getFrameSize'
  | 'getInPoint'
  | 'getOutPoint'
  | 'getEndTime'
  | 'getZeroPoint'
  | 'getTimebase'
  | 'getProjectItem'
  | 'getVideoTrackCount'
  | 'getAudioTrackCount'
  | 'getVideoTrack'
  | 'getSelection'
  | 'getAudioTrack'
> {
  constructor(
    private readonly world: FakeWorld,
    readonly id: string,
  ) {}

  private get state(): SequenceState {
    return this.world.sequence(this.id);
  }

  get name(): string {
    return this.state.name;
  }

  get guid(): Guid {
    const id = this.id;
    return asOfficial<Guid>({ toString: () => id });
  }

  async getPlayerPosition(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.playheadTicks);
  }

  async getSettings(): Promise<SequenceSettings> {
    const settings = this.world.options.profile.hasGetVideoFrameRate
      ? new FakeSequenceSettings262(this.state)
      : new FakeSequenceSettings(this.state);
    return asOfficial<SequenceSettings>(settings);
  }

  async getFrameSize(): Promise<RectF> {
    return asOfficial<RectF>({ width: this.state.frameWidth, height: this.state.frameHeight });
  }

  async getInPoint(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.inPointTicks ?? 0);
  }

  async getOutPoint(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.outPointTicks ?? sequenceEndTicks(this.state));
  }

  async getEndTime(): Promise<TickTime> {
    return tickTimeOfTicks(sequenceEndTicks(this.state));
  }

  async getZeroPoint(): Promise<TickTime> {
    return tickTimeOfTicks(0);
  }

  /** Ticks per frame as a string, as Adobe's reference describes it. */
  async getTimebase(): Promise<string> {
    return String(new FakeFrameRate(this.state.frameRate).ticksPerFrame);
  }

  async getProjectItem(): Promise<ProjectItem> {
    return asOfficial<ProjectItem>(new FakeProjectItem(this.world, this.state.projectItemId));
  }

  async getVideoTrackCount(): Promise<number> {
    return this.state.videoTracks.length;
  }

  async getAudioTrackCount(): Promise<number> {
    return this.state.audioTracks.length;
  }

  async getVideoTrack(trackIndex: number): Promise<VideoTrack> {
    this.world.track(this.id, 'video', trackIndex);
    return asOfficial<VideoTrack>(new FakeVideoTrack(this.world, this.id, 'video', trackIndex));
  }

  async getAudioTrack(trackIndex: number): Promise<AudioTrack> {
    this.world.track(this.id, 'audio', trackIndex);
    return asOfficial<AudioTrack>(new FakeAudioTrack(this.world, this.id, 'audio', trackIndex));
  }

  /** The selected track items, video first (`track-item-selection`); like Premiere's, the items do not say their kind. */
  async getSelection(): Promise<TrackItemSelection> {
    const selected = (kind: 'video' | 'audio') =>
      this.world
        .tracks(this.id, kind)
        .flatMap((track) => track.items.filter((item) => item.selected === true))
        .map((item) =>
          kind === 'video'
            ? asOfficial<VideoClipTrackItem>(new FakeVideoClipTrackItem(this.world, item.uid))
            : asOfficial<AudioClipTrackItem>(new FakeAudioClipTrackItem(this.world, item.uid)),
        );
    const items = [...selected('video'), ...selected('audio')];
    return asOfficial<TrackItemSelection>({ getTrackItems: async () => items });
  }
}

export class FakeSequenceEditor implements Pick<SequenceEditor, 'createOverwriteItemAction' | 'createInsertProjectItemAction'> {
  constructor(
    private readonly world: FakeWorld,
    private readonly sequenceId: string,
  ) {}

  /**
   * Video on `videoTrackIndex`, audio on `audioTrackIndex`, linked, over whatever is there. Only
   * existing tracks: Adobe documents track creation for insert alone (`overwrite-no-new-track`). Wants
   * the ProjectItem from getItems(): a ClipProjectItem cast is an "Invalid parameter" in Premiere
   * (shortflow runbook §38).
   */
  createOverwriteItemAction(projectItem: ProjectItem, time: TickTime, videoTrackIndex: number, audioTrackIndex: number): Action {
    const lockScope = this.world.lock.requireLock('createOverwriteItemAction');
    const projectItemId = this.requireEditable(projectItem, videoTrackIndex, audioTrackIndex);
    const source = this.world.clipItem(projectItemId);
    for (const [kind, index, used] of [
      ['video', videoTrackIndex, source.hasVideo],
      ['audio', audioTrackIndex, source.hasAudio],
    ] as const) {
      if (used && index >= this.world.tracks(this.sequenceId, kind).length) {
        throw new PremiereRuleError(
          'overwrite-no-new-track',
          `Invalid parameter: ${kind} track ${index} does not exist; only an insert edit creates tracks`,
        );
      }
    }
    const startTicks = ticksOf(time);
    const sequenceId = this.sequenceId;
    return new FakeAction('createOverwriteItemAction', lockScope, (world) =>
      overwriteProjectItem(world, sequenceId, projectItemId, startTicks, videoTrackIndex, audioTrackIndex),
    );
  }

  /**
   * An insert edit: the clip goes in at `time` and later clips on the target tracks move right by its
   * length; without `limitShift` every other track moves too (`insert-ripples`). An index equal to
   * the track count appends a new track (`insert-creates-track`).
   */
  createInsertProjectItemAction(
    projectItem: ProjectItem,
    time: TickTime,
    videoTrackIndex: number,
    audioTrackIndex: number,
    limitShift: boolean,
  ): Action {
    const lockScope = this.world.lock.requireLock('createInsertProjectItemAction');
    const projectItemId = this.requireEditable(projectItem, videoTrackIndex, audioTrackIndex);
    const startTicks = ticksOf(time);
    const sequenceId = this.sequenceId;
    return new FakeAction('createInsertProjectItemAction', lockScope, (world) =>
      insertProjectItem(world, sequenceId, projectItemId, startTicks, videoTrackIndex, audioTrackIndex, limitShift),
    );
  }

  private requireEditable(projectItem: ProjectItem, videoTrackIndex: number, audioTrackIndex: number): string {
    if (!(projectItem instanceof FakeProjectItem))
      throw new PremiereRuleError('foreign-object', 'Invalid parameter: projectItem must be a ProjectItem');
    if (videoTrackIndex < 0 || audioTrackIndex < 0)
      throw new PremiereRuleError('foreign-object', 'Invalid parameter: negative track index');
    const projectItemId = projectItem.getId();
    this.world.clipItem(projectItemId);
    return projectItemId;
  }
}
