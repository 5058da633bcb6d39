import type { Action, CompoundAction, FolderItem, Guid, Project, ProjectItem, Sequence } from '@adobe/premierepro';
import { FakeAction, PremiereRuleError, isPromiseLike, swallowLater } from './fake-lock';
import { asOfficial } from './fake-official';
import { FakeFolderItem, FakeProjectItem } from './fake-project-items';
import { FakeSequence } from './fake-sequence';
import type { SequenceState, TrackState } from './fake-state';
import { secondsToTicks } from './fake-tick-time';
import type { FakeWorld } from './fake-world';

/** Collects the actions of one executeTransaction; closed once the callback returns. */
class FakeCompoundAction implements Pick<CompoundAction, 'addAction' | 'empty'> {
  readonly actions: FakeAction[] = [];
  private closed = false;

  constructor(private readonly world: FakeWorld) {}

  get empty(): boolean {
    return this.actions.length === 0;
  }

  close(): void {
    this.closed = true;
  }

  addAction(action: Action): boolean {
    if (this.closed)
      throw new PremiereRuleError(
        'add-after-close',
        'addAction() after the executeTransaction callback returned: the lock is no longer held',
      );
    if (!(action instanceof FakeAction)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: not an Action');
    this.world.lock.assertLive(action);
    if (this.world.addActionsUntilRefusal != null) {
      this.world.addActionsUntilRefusal -= 1;
      if (this.world.addActionsUntilRefusal === 0) {
        this.world.addActionsUntilRefusal = null;
        return false;
      }
    }
    this.actions.push(action);
    return true;
  }
}

function basename(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

type ProjectMember =
  | 'name'
  | 'path'
  | 'guid'
  | 'getActiveSequence'
  | 'setActiveSequence'
  | 'getSequences'
  | 'createSequence'
  | 'deleteSequence'
  | 'getRootItem'
  | 'importFiles'
  | 'lockedAccess'
  | 'executeTransaction';

/** Tracks of a sequence made from Premiere's default preset: three video, three audio. */
function presetTracks(prefix: 'Video' | 'Audio'): TrackState[] {
  return [1, 2, 3].map((number) => ({ name: `${prefix} ${number}`, muted: false, items: [] }));
}

export class FakeProject implements Pick<Project, ProjectMember> {
  readonly name: string;
  readonly path: string;

  constructor(
    private readonly world: FakeWorld,
    name = 'Fake Project.prproj',
  ) {
    this.name = name;
    this.path = `/projects/${name}`;
  }

  get guid(): Guid {
    return asOfficial<Guid>({ toString: () => 'fake-project-guid' });
  }

  async getActiveSequence(): Promise<Sequence> {
    // Premiere resolves to nothing rather than rejecting when no sequence is open.
    const id = this.world.state.activeSequenceId;
    return id == null ? (undefined as unknown as Sequence) : asOfficial<Sequence>(new FakeSequence(this.world, id));
  }

  async setActiveSequence(sequence: Sequence): Promise<boolean> {
    if (!(sequence instanceof FakeSequence)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a Sequence');
    this.world.sequence(sequence.id);
    this.world.state.activeSequenceId = sequence.id;
    return true;
  }

  async getSequences(): Promise<Sequence[]> {
    return this.world.state.sequences.map((sequence) => asOfficial<Sequence>(new FakeSequence(this.world, sequence.id)));
  }

  /**
   * A new, empty sequence from the default preset (1920×1080, 25 fps, three video and three audio
   * tracks) with its project item in the root bin; Premiere opens it, so it becomes the active one.
   * A direct call, not an Action: no undo entry.
   */
  async createSequence(name: string): Promise<Sequence> {
    const id = this.world.newSequenceId();
    const projectItemId = this.world.newItemId();
    this.world.state.items.push({
      kind: 'sequence',
      id: projectItemId,
      name,
      parentId: this.world.state.rootId,
      sequenceId: id,
      metadata: {},
    });
    const sequence: SequenceState = {
      id,
      name,
      projectItemId,
      frameRate: 25,
      frameWidth: 1920,
      frameHeight: 1080,
      playheadTicks: 0,
      inPointTicks: null,
      outPointTicks: null,
      videoTracks: presetTracks('Video'),
      audioTracks: presetTracks('Audio'),
    };
    this.world.state.sequences.push(sequence);
    this.world.state.activeSequenceId = id;
    return asOfficial<Sequence>(new FakeSequence(this.world, id));
  }

  /** Removes the sequence and its project item; when it was active, no sequence is. Not undoable. */
  async deleteSequence(sequence: Sequence): Promise<boolean> {
    if (!(sequence instanceof FakeSequence)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a Sequence');
    const state = this.world.sequence(sequence.id);
    this.world.state.sequences = this.world.state.sequences.filter((candidate) => candidate.id !== state.id);
    this.world.state.items = this.world.state.items.filter((item) => item.id !== state.projectItemId);
    if (this.world.state.activeSequenceId === state.id) this.world.state.activeSequenceId = null;
    return true;
  }

  async getRootItem(): Promise<FolderItem> {
    return asOfficial<FolderItem>(new FakeFolderItem(this.world, this.world.state.rootId));
  }

  /** Holds the lock for the callback's synchronous part. An async callback is rejected outright. */
  lockedAccess(callback: () => void): void {
    this.world.lock.hold(() => {
      const result: unknown = callback();
      if (!isPromiseLike(result)) return;
      swallowLater(result);
      throw new PremiereRuleError('sync-callback', 'lockedAccess() callback returned a Promise: the lock covers only its synchronous part');
    });
  }

  /**
   * One undo entry named `undoString` for everything added to the compound action. The callback must
   * be synchronous: a returned Promise discards the transaction. What a throw inside the callback does
   * is undocumented (`throw-keeps-added`, UNK): the fake takes the unkind side and commits what was
   * added before the throw, so code that relies on a throw discarding them fails here.
   */
  executeTransaction(callback: (compoundAction: CompoundAction) => void, undoString?: string): boolean {
    return this.world.lock.hold(() => {
      if (this.world.lock.inTransaction) throw new PremiereRuleError('no-nested-transaction', 'executeTransaction() cannot be nested');
      const compound = new FakeCompoundAction(this.world);
      let result: unknown;
      this.world.lock.inTransaction = true;
      try {
        result = callback(asOfficial<CompoundAction>(compound));
      } catch (error) {
        if (!compound.empty) this.world.commit(undoString ?? '', compound.actions);
        throw error;
      } finally {
        this.world.lock.inTransaction = false;
        compound.close();
      }
      if (isPromiseLike(result)) {
        swallowLater(result);
        throw new PremiereRuleError(
          'sync-callback',
          'executeTransaction() callback returned a Promise: async work inside a transaction is not allowed; its actions were discarded',
        );
      }
      if (compound.empty) return false;
      this.world.commit(undoString ?? '', compound.actions);
      return true;
    });
  }

  /** Not undoable (no undo entry). Missing files make it resolve false. */
  async importFiles(filePaths: string[], _suppressUI?: boolean, targetBin?: ProjectItem): Promise<boolean> {
    // Premiere's binding rejects an explicit `undefined` bin (samples issue #75); `null` means the root.
    if (targetBin === undefined) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type');
    const binId = targetBin === null ? this.world.state.rootId : this.binIdOf(targetBin);
    let allImported = true;
    for (const path of filePaths) {
      const media = this.world.options.mediaOnDisk[path];
      if (media == null) {
        allImported = false;
        continue;
      }
      this.world.state.items.push({
        kind: 'clip',
        id: this.world.newItemId(),
        name: basename(path),
        parentId: binId,
        mediaPath: path,
        durationTicks: secondsToTicks(media.durationSeconds),
        hasVideo: media.hasVideo,
        hasAudio: media.hasAudio,
        hiddenForLookups: this.world.options.importVisibleAfterLookups,
        metadata: {},
      });
    }
    return allImported;
  }

  private binIdOf(targetBin: ProjectItem): string {
    // A FolderItem must be cast with ProjectItem.cast() first.
    if (!(targetBin instanceof FakeProjectItem))
      throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: targetBin must be a ProjectItem');
    if (this.world.projectItem(targetBin.getId()).kind !== 'bin')
      throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: targetBin is not a bin');
    return targetBin.getId();
  }
}
