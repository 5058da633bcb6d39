import type {
  Action,
  ClipProjectItem,
  ClipProjectItemStatic,
  FolderItem,
  FolderItemStatic,
  Media,
  ProjectItem,
  ProjectItemStatic,
  TickTime,
} from '@adobe/premierepro';
import { FakeAction, PremiereRuleError } from './fake-lock';
import { asOfficial } from './fake-official';
import { tickTimeOfTicks } from './fake-tick-time';
import type { FakeWorld } from './fake-world';

/** Premiere's ProjectItem type codes (values are the fake's own; the adapter compares only via casts). */
export const PROJECT_ITEM_TYPE = { CLIP: 1, BIN: 2, ROOT: 3, FILE: 4 } as const;

function typeOf(world: FakeWorld, id: string): number {
  const item = world.projectItem(id);
  if (item.kind === 'clip' || item.kind === 'sequence') return PROJECT_ITEM_TYPE.CLIP;
  return item.parentId == null ? PROJECT_ITEM_TYPE.ROOT : PROJECT_ITEM_TYPE.BIN;
}

/** The generic handle `getItems()` returns. Edit actions want this one, not a cast. */
export class FakeProjectItem implements Pick<ProjectItem, 'name' | 'type' | 'getId' | 'getParentBin'> {
  constructor(
    private readonly world: FakeWorld,
    readonly id: string,
  ) {}

  get name(): string {
    return this.world.projectItem(this.id).name;
  }

  get type(): number {
    return typeOf(this.world, this.id);
  }

  getId(): string {
    return this.id;
  }

  getParentBin(): FolderItem {
    const parentId = this.world.projectItem(this.id).parentId;
    if (parentId == null) throw new PremiereRuleError('stale-handle', 'the root bin has no parent');
    return asOfficial<FolderItem>(new FakeFolderItem(this.world, parentId));
  }
}

export class FakeFolderItem implements Pick<FolderItem, 'name' | 'type' | 'getItems' | 'createBinAction'> {
  constructor(
    private readonly world: FakeWorld,
    readonly id: string,
  ) {}

  get name(): string {
    return this.world.projectItem(this.id).name;
  }

  get type(): number {
    return typeOf(this.world, this.id);
  }

  /** Each call is one lookup: a freshly imported item stays missing for the configured number of lookups. */
  async getItems(): Promise<ProjectItem[]> {
    const visible: ProjectItem[] = [];
    for (const item of this.world.state.items) {
      if (item.parentId !== this.id) continue;
      if (item.kind === 'clip' && item.hiddenForLookups > 0) {
        item.hiddenForLookups -= 1;
        continue;
      }
      visible.push(asOfficial<ProjectItem>(new FakeProjectItem(this.world, item.id)));
    }
    return visible;
  }

  createBinAction(name: string, makeUnique: boolean): Action {
    const lockScope = this.world.lock.requireLock('createBinAction');
    const parentId = this.id;
    return new FakeAction('createBinAction', lockScope, (world) => {
      const siblings = new Set(world.state.items.filter((item) => item.parentId === parentId).map((item) => item.name));
      let unique = name;
      for (let copy = 2; makeUnique && siblings.has(unique); copy += 1) unique = `${name} ${copy}`;
      world.state.items.push({ kind: 'bin', id: world.newItemId(), name: unique, parentId, metadata: {} });
    });
  }
}

/**
 * A clip item as `ClipProjectItem.cast` returns it — media files and sequences alike (a sequence's
 * project item is a clip whose media is the sequence; it has no file path).
 */
class FakeClipProjectItem implements Pick<
  ClipProjectItem,
  'name' | 'type' | 'getMediaFilePath' | 'getMedia' | 'isSequence' | 'isOffline' | 'isMergedClip' | 'findItemsMatchingMediaPath'
> {
  constructor(
    private readonly world: FakeWorld,
    readonly id: string,
  ) {}

  get name(): string {
    return this.world.projectItem(this.id).name;
  }

  get type(): number {
    return PROJECT_ITEM_TYPE.CLIP;
  }

  /** '' for sequences and merged clips: they have no single file (`synthetic-track-items`). */
  async getMediaFilePath(): Promise<string> {
    const item = this.world.projectItem(this.id);
    return item.kind === 'clip' && item.merged !== true ? item.mediaPath : '';
  }

  async isOffline(): Promise<boolean> {
    const item = this.world.projectItem(this.id);
    return item.kind === 'clip' && item.offline === true;
  }

  async isMergedClip(): Promise<boolean> {
    const item = this.world.projectItem(this.id);
    return item.kind === 'clip' && item.merged === true;
  }

  async isSequence(): Promise<boolean> {
    return this.world.projectItem(this.id).kind === 'sequence';
  }

  /**
   * Premiere 25.6–26.3 hand `Media.duration` and `Media.start` back as Promises although they are
   * typed as TickTime (changelog 26.5, "Deprecations"); the fake does the same, so an adapter that
   * forgets to await them gets a Promise, not a time.
   */
  async getMedia(): Promise<Media> {
    const item = this.world.clipItem(this.id);
    const duration: Promise<TickTime> = Promise.resolve(tickTimeOfTicks(item.durationTicks));
    const media = { duration: duration as unknown as TickTime, start: Promise.resolve(tickTimeOfTicks(0)) as unknown as TickTime };
    if (!this.world.options.profile.hasMediaGetDuration) return asOfficial<Media>(media);
    // 26.5 adds getDuration() and deprecates the property (`media-duration-promise`); the fake counts
    // reads of the deprecated one so the contract suite can require none on the newest profile.
    const world = this.world;
    // getDuration() is in the 26.5 types, not in the 26.3 `.d.ts` this project compiles against.
    const media265 = {
      get duration() {
        world.deprecatedReads.push('Media.duration');
        return media.duration;
      },
      start: media.start,
      getDuration: async () => tickTimeOfTicks(item.durationTicks),
    };
    return media265 as unknown as Media;
  }

  /** Every media clip in the project whose path contains `matchString`. */
  async findItemsMatchingMediaPath(matchString: string): Promise<ProjectItem[]> {
    return this.world.state.items
      .filter((item) => item.kind === 'clip' && item.mediaPath.includes(matchString))
      .map((item) => asOfficial<ProjectItem>(new FakeProjectItem(this.world, item.id)));
  }
}

function requireProjectItem(item: unknown): FakeProjectItem {
  if (!(item instanceof FakeProjectItem)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a ProjectItem');
  return item;
}

/** The cast statics. Like Premiere's, a cast to the wrong kind returns a falsy value (typed as if it could not). */
export function fakeProjectItemStatics(world: FakeWorld) {
  const notThatKind = undefined as unknown;
  const projectItemStatic: Pick<ProjectItemStatic, 'cast' | 'TYPE_CLIP' | 'TYPE_BIN' | 'TYPE_ROOT' | 'TYPE_FILE'> = {
    cast: (item) => {
      if (!(item instanceof FakeFolderItem || item instanceof FakeClipProjectItem)) {
        throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: ProjectItem.cast expects a FolderItem or ClipProjectItem');
      }
      return asOfficial<ProjectItem>(new FakeProjectItem(world, item.id));
    },
    TYPE_CLIP: PROJECT_ITEM_TYPE.CLIP,
    TYPE_BIN: PROJECT_ITEM_TYPE.BIN,
    TYPE_ROOT: PROJECT_ITEM_TYPE.ROOT,
    TYPE_FILE: PROJECT_ITEM_TYPE.FILE,
  };
  const folderItemStatic: Pick<FolderItemStatic, 'cast'> = {
    cast: (item) => {
      const { id } = requireProjectItem(item);
      if (world.projectItem(id).kind !== 'bin') return notThatKind as FolderItem;
      return asOfficial<FolderItem>(new FakeFolderItem(world, id));
    },
  };
  const clipProjectItemStatic: Pick<ClipProjectItemStatic, 'cast'> = {
    cast: (item) => {
      const { id } = requireProjectItem(item);
      if (world.projectItem(id).kind === 'bin') return notThatKind as ClipProjectItem;
      return asOfficial<ClipProjectItem>(new FakeClipProjectItem(world, id));
    },
  };
  return { ProjectItem: projectItemStatic, FolderItem: folderItemStatic, ClipProjectItem: clipProjectItemStatic };
}
