import type { AudioClipTrackItem, AudioComponentChain, ProjectItem, TickTime, VideoClipTrackItem } from '@adobe/premierepro';
import { asOfficial } from './fake-official';
import { FakeProjectItem } from './fake-project-items';
import { tickTimeOfTicks } from './fake-tick-time';
import { FakeAudioComponentChain } from './fake-volume';
import type { FakeWorld } from './fake-world';

type CommonMember =
  | 'getName'
  | 'getStartTime'
  | 'getEndTime'
  | 'getDuration'
  | 'getInPoint'
  | 'getOutPoint'
  | 'getSpeed'
  | 'isDisabled'
  | 'getTrackIndex'
  | 'getProjectItem'
  | 'isSpeedReversed'
  | 'isAdjustmentLayer'
  | 'getIsSelected';

/** A track item handle. Like Premiere's, it reads the live timeline on every call. */
abstract class FakeClipTrackItem {
  constructor(
    protected readonly world: FakeWorld,
    readonly uid: number,
  ) {}

  private get state() {
    return this.world.locate(this.uid).item;
  }

  async getName(): Promise<string> {
    return this.state.name;
  }

  async getStartTime(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.startTicks);
  }

  async getEndTime(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.endTicks);
  }

  async getDuration(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.endTicks - this.state.startTicks);
  }

  async getInPoint(): Promise<TickTime> {
    return tickTimeOfTicks(this.state.inPointTicks);
  }

  async getOutPoint(): Promise<TickTime> {
    const { inPointTicks, startTicks, endTicks, speed } = this.state;
    return tickTimeOfTicks(inPointTicks + (endTicks - startTicks) * speed);
  }

  async getSpeed(): Promise<number> {
    return this.state.speed;
  }

  async isDisabled(): Promise<boolean> {
    return this.state.disabled;
  }

  async getTrackIndex(): Promise<number> {
    return this.world.locate(this.uid).trackIndex;
  }

  /** Titles, graphics and adjustment layers have none: Premiere answers an empty value (`synthetic-track-items`). */
  async getProjectItem(): Promise<ProjectItem> {
    const { projectItemId } = this.state;
    if (projectItemId === '') return undefined as unknown as ProjectItem;
    return asOfficial<ProjectItem>(new FakeProjectItem(this.world, projectItemId));
  }

  /** Typed `Promise<number>` in the 26.3 `.d.ts`: 1 when reversed, 0 otherwise. */
  async isSpeedReversed(): Promise<number> {
    return this.state.reversed === true ? 1 : 0;
  }

  async isAdjustmentLayer(): Promise<boolean> {
    return this.state.synthetic === 'adjustment-layer';
  }

  /** Whether this very item is in the Timeline selection (`track-item-selection`). */
  async getIsSelected(): Promise<boolean> {
    return this.state.selected === true;
  }
}

export class FakeVideoClipTrackItem extends FakeClipTrackItem implements Pick<VideoClipTrackItem, CommonMember> {}

export class FakeAudioClipTrackItem extends FakeClipTrackItem implements Pick<AudioClipTrackItem, CommonMember | 'getComponentChain'> {
  async getComponentChain(): Promise<AudioComponentChain> {
    this.world.locate(this.uid);
    return asOfficial<AudioComponentChain>(new FakeAudioComponentChain(this.world, this.uid));
  }
}
