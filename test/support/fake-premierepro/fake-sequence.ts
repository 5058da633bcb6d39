import type {
  Action,
  AudioClipTrackItem,
  AudioTrack,
  Constants,
  FrameRate,
  ProjectItem,
  Sequence,
  SequenceEditor,
  SequenceSettings,
  TickTime,
  VideoClipTrackItem,
  VideoTrack,
} from '@adobe/premierepro';
import { FakeAction, PremiereRuleError } from './fake-lock';
import { asOfficial } from './fake-official';
import { FakeProjectItem } from './fake-project-items';
import { FakeFrameRate, tickTimeOfTicks, ticksOf } from './fake-tick-time';
import { overwriteProjectItem } from './fake-timeline-edits';
import { FakeAudioClipTrackItem, FakeVideoClipTrackItem } from './fake-track-items';
import type { FakeTrackKind, FakeWorld } from './fake-world';

/** The fake's value for Constants.TrackItemType.CLIP (Premiere's own value is not documented). */
export const TRACK_ITEM_TYPE_CLIP = 1;

abstract class FakeTrack {
  constructor(
    protected readonly world: FakeWorld,
    protected readonly kind: FakeTrackKind,
    protected readonly index: number,
  ) {}

  get name(): string {
    return this.world.track(this.kind, this.index).name;
  }

  async isMuted(): Promise<boolean> {
    return this.world.track(this.kind, this.index).muted;
  }

  async getIndex(): Promise<number> {
    return this.index;
  }

  protected clipUids(trackItemType: Constants.TrackItemType, includeEmptyTrackItems: boolean): number[] {
    if (includeEmptyTrackItems) throw new PremiereRuleError('the fake does not model empty track items');
    if ((trackItemType as number) !== TRACK_ITEM_TYPE_CLIP) return [];
    return this.world.track(this.kind, this.index).items.map((item) => item.uid);
  }
}

export class FakeVideoTrack extends FakeTrack implements Pick<VideoTrack, 'name' | 'isMuted' | 'getIndex' | 'getTrackItems'> {
  getTrackItems(trackItemType: Constants.TrackItemType, includeEmptyTrackItems: boolean): VideoClipTrackItem[] {
    return this.clipUids(trackItemType, includeEmptyTrackItems).map((uid) => asOfficial<VideoClipTrackItem>(new FakeVideoClipTrackItem(this.world, uid)));
  }
}

export class FakeAudioTrack extends FakeTrack implements Pick<AudioTrack, 'name' | 'isMuted' | 'getIndex' | 'getTrackItems'> {
  getTrackItems(trackItemType: Constants.TrackItemType, includeEmptyTrackItems: boolean): AudioClipTrackItem[] {
    return this.clipUids(trackItemType, includeEmptyTrackItems).map((uid) => asOfficial<AudioClipTrackItem>(new FakeAudioClipTrackItem(this.world, uid)));
  }
}

export class FakeSequenceSettings implements Pick<SequenceSettings, 'getVideoFrameRate'> {
  constructor(private readonly frameRate: FakeFrameRate) {}

  getVideoFrameRate(): FrameRate {
    return asOfficial<FrameRate>(this.frameRate);
  }
}

export class FakeSequence
  implements Pick<Sequence, 'name' | 'getPlayerPosition' | 'getSettings' | 'getVideoTrackCount' | 'getAudioTrackCount' | 'getVideoTrack' | 'getAudioTrack'>
{
  constructor(
    private readonly world: FakeWorld,
    readonly name: string,
    private readonly frameRate: FakeFrameRate,
    private readonly playheadTicks: number,
  ) {}

  async getPlayerPosition(): Promise<TickTime> {
    return tickTimeOfTicks(this.playheadTicks);
  }

  async getSettings(): Promise<SequenceSettings> {
    return asOfficial<SequenceSettings>(new FakeSequenceSettings(this.frameRate));
  }

  async getVideoTrackCount(): Promise<number> {
    return this.world.state.videoTracks.length;
  }

  async getAudioTrackCount(): Promise<number> {
    return this.world.state.audioTracks.length;
  }

  async getVideoTrack(trackIndex: number): Promise<VideoTrack> {
    this.world.track('video', trackIndex);
    return asOfficial<VideoTrack>(new FakeVideoTrack(this.world, 'video', trackIndex));
  }

  async getAudioTrack(trackIndex: number): Promise<AudioTrack> {
    this.world.track('audio', trackIndex);
    return asOfficial<AudioTrack>(new FakeAudioTrack(this.world, 'audio', trackIndex));
  }
}

export class FakeSequenceEditor implements Pick<SequenceEditor, 'createOverwriteItemAction'> {
  constructor(private readonly world: FakeWorld) {}

  /**
   * Video on `videoTrackIndex`, audio on `audioTrackIndex`, linked; an index at or past the count
   * adds a track. Wants the ProjectItem from getItems(): a ClipProjectItem cast is an "Invalid
   * parameter" in Premiere (shortflow runbook §38).
   */
  createOverwriteItemAction(projectItem: ProjectItem, time: TickTime, videoTrackIndex: number, audioTrackIndex: number): Action {
    const lockScope = this.world.lock.requireLock('createOverwriteItemAction');
    if (!(projectItem instanceof FakeProjectItem)) throw new PremiereRuleError('Invalid parameter: projectItem must be a ProjectItem');
    if (videoTrackIndex < 0 || audioTrackIndex < 0) throw new PremiereRuleError('Invalid parameter: negative track index');
    const projectItemId = projectItem.getId();
    this.world.clipItem(projectItemId);
    const startTicks = ticksOf(time);
    return new FakeAction('createOverwriteItemAction', lockScope, (world) =>
      overwriteProjectItem(world, projectItemId, startTicks, videoTrackIndex, audioTrackIndex),
    );
  }
}
