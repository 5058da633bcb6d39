import type { Application, Project, ProjectStatic, Sequence, SequenceEditor, SequenceEditorStatic, premierepro } from '@adobe/premierepro';
import type { HostScenario, ScenarioClip } from './host-scenario';
import { fakeAudioFilterFactoryStatic } from './fake-premierepro/fake-audio-filters';
import { PremiereRuleError } from './fake-premierepro/fake-lock';
import { METADATA_TYPE, fakeMetadataStatic } from './fake-premierepro/fake-metadata';
import { asOfficial } from './fake-premierepro/fake-official';
import { FakeProject } from './fake-premierepro/fake-project';
import { PROJECT_ITEM_TYPE, fakeProjectItemStatics } from './fake-premierepro/fake-project-items';
import { FakeSequence, FakeSequenceEditor, TRACK_ITEM_TYPE_CLIP } from './fake-premierepro/fake-sequence';
import {
  defaultAudioComponents,
  type ClipItemState,
  type FakeSnapshot,
  type FakeState,
  type TrackState,
} from './fake-premierepro/fake-state';
import { fakeFrameRateStatic, fakeTickTimeStatic, secondsToTicks } from './fake-premierepro/fake-tick-time';
import { FakeWorld, type FakeTrackKind } from './fake-premierepro/fake-world';
import { PREMIERE_PROFILES, type PremiereProfile, type PremiereProfileId } from './fake-premierepro/fake-profiles';

export { PremiereRuleError } from './fake-premierepro/fake-lock';
export { UNITY_LEVEL, type FakeState, type FakeSnapshot, type ParamState, type TrackItemState } from './fake-premierepro/fake-state';
export { TICKS_PER_SECOND } from './fake-premierepro/fake-tick-time';
export { NEWEST_PROFILE, OLDEST_PROFILE, PREMIERE_PROFILES, type PremiereProfileId } from './fake-premierepro/fake-profiles';

/**
 * What real sequences hold besides file-backed clips (`synthetic-track-items`): titles, graphics and
 * adjustment layers with no project item; nested sequences, merged clips and offline media whose
 * project item has no readable file.
 */
export interface SyntheticClip {
  readonly kind: 'title' | 'graphic' | 'adjustment-layer' | 'nested-sequence' | 'merged-clip' | 'offline';
  readonly trackKind: FakeTrackKind;
  readonly trackIndex: number;
  readonly name: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

export interface FakePremiereOptions {
  /** `getItems` lookups on its bin that miss a freshly imported item (Premiere may list it late). @default 0 */
  readonly importVisibleAfterLookups?: number;
  /** The Premiere version modelled, or a profile built from a user's Diagnostics report. @default '26.3' */
  readonly profile?: PremiereProfileId | PremiereProfile;
  /** How `getValueAtTime` answers (`value-shape`). @default 'number' */
  readonly valueShape?: 'number' | 'object';
  /** What createSetValueAction does on a keyed param (`set-value-sets-key`, UNK). @default 'sets-key' */
  readonly keyedSetValue?: 'sets-key' | 'ignored';
  /** Extra track items of the kinds real sequences hold. @default [] */
  readonly syntheticClips?: readonly SyntheticClip[];
  /** See FakeWorldOptions. @default false */
  readonly keyframesRelativeToClipStart?: boolean;
}

/**
 * An in-memory `premierepro` module seeded from a HostScenario, enforcing Premiere 26.3's rules:
 * actions only inside a lock, stale actions rejected, synchronous transactions, one undo entry each.
 */
export interface FakePremiere {
  /** The module the adapter receives instead of `require('premierepro')`. */
  readonly ppro: premierepro;
  readonly profile: PremiereProfile;
  /** Deprecated APIs the adapter read (e.g. "Media.duration" on 26.5), in order. */
  readonly deprecatedReads: readonly string[];
  readonly project: Project;
  /** One per committed transaction, oldest first. */
  readonly undoLabels: readonly string[];
  /** Restores the state before the newest transaction, exactly. */
  undo(): void;
  /**
   * A deep copy of the project for assertions: bins and items, sequences, track items, params, with
   * the scenario sequence's tracks at the top level.
   */
  snapshot(): FakeSnapshot;
  /** Each committed transaction's label and action methods, oldest first (undo does not remove entries). */
  readonly transactions: ReadonlyArray<{ readonly label: string; readonly methods: readonly string[] }>;
  /** Names of the properties registered with addPropertyToProjectMetadataSchema. */
  readonly metadataSchema: readonly string[];
  /** The `ordinal`-th `addAction` from now (1 = the next) returns false, as Premiere does for an action it refuses. */
  refuseAction(ordinal?: number): void;
  closeSequence(): void;
  closeProject(): void;
  /** The editor clicks in the Timeline: exactly these items (by kind, track and position on it) become the selection. No undo entry. */
  select(items: ReadonlyArray<{ readonly kind: FakeTrackKind; readonly trackIndex: number; readonly itemIndex: number }>): void;
  /** Renames the scenario's sequence, as the editor does in the Project panel; its guid stays. */
  renameSequence(name: string): void;
}

const ROOT_ID = 'root';

function clipDurationTicks(clip: ScenarioClip): number {
  const mediaSeconds = (clip.inPointSeconds ?? 0) + (clip.endSeconds - clip.startSeconds) * (clip.speed ?? 1);
  return secondsToTicks(mediaSeconds);
}

/** Project items for every file the scenario's timeline uses, in the root bin. */
function seedProjectItems(world: FakeWorld, scenario: HostScenario): Map<string, ClipItemState> {
  const byPath = new Map<string, ClipItemState>();
  const uses: Array<[FakeTrackKind, ScenarioClip]> = [
    ...scenario.videoTracks.flatMap((track) => track.clips.map((clip): [FakeTrackKind, ScenarioClip] => ['video', clip])),
    ...scenario.audioTracks.flatMap((track) => track.clips.map((clip): [FakeTrackKind, ScenarioClip] => ['audio', clip])),
  ];
  for (const [kind, clip] of uses) {
    const media = scenario.media[clip.mediaPath];
    const known = byPath.get(clip.mediaPath);
    const item: ClipItemState = {
      kind: 'clip',
      id: known?.id ?? world.newItemId(),
      name: clip.mediaPath.split(/[\\/]/).at(-1) ?? clip.mediaPath,
      parentId: ROOT_ID,
      mediaPath: clip.mediaPath,
      durationTicks: media != null ? secondsToTicks(media.durationSeconds) : Math.max(known?.durationTicks ?? 0, clipDurationTicks(clip)),
      hasVideo: media?.hasVideo ?? (known?.hasVideo === true || kind === 'video'),
      hasAudio: media?.hasAudio ?? (known?.hasAudio === true || kind === 'audio'),
      hiddenForLookups: 0,
      metadata: {},
    };
    byPath.set(clip.mediaPath, item);
  }
  return byPath;
}

function seedTracks(world: FakeWorld, scenario: HostScenario, kind: FakeTrackKind, items: Map<string, ClipItemState>): TrackState[] {
  const tracks = kind === 'video' ? scenario.videoTracks : scenario.audioTracks;
  return tracks.map((track) => ({
    name: track.name,
    muted: track.muted ?? false,
    items: track.clips
      .map((clip) => ({
        uid: world.newUid(),
        projectItemId: items.get(clip.mediaPath)?.id ?? '',
        name: clip.name,
        startTicks: secondsToTicks(clip.startSeconds),
        endTicks: secondsToTicks(clip.endSeconds),
        inPointTicks: secondsToTicks(clip.inPointSeconds ?? 0),
        speed: clip.speed ?? 1,
        disabled: clip.disabled ?? false,
        // The scenario does not say which clips are linked; each seeded clip stands alone.
        linkGroup: world.newLinkGroup(),
        components: kind === 'audio' ? defaultAudioComponents() : [],
        ...(clip.selected === true ? { selected: true } : {}),
      }))
      .sort((a, b) => a.startTicks - b.startTicks),
  }));
}

export function createFakePremiere(scenario: HostScenario, options: FakePremiereOptions = {}): FakePremiere {
  const emptyState: FakeState = { rootId: ROOT_ID, items: [], sequences: [], activeSequenceId: null };
  const profile = typeof options.profile === 'object' ? options.profile : PREMIERE_PROFILES[options.profile ?? '26.3'];
  const world = new FakeWorld(emptyState, {
    mediaOnDisk: scenario.media,
    importVisibleAfterLookups: options.importVisibleAfterLookups ?? 0,
    keyframesRelativeToClipStart: options.keyframesRelativeToClipStart ?? false,
    profile,
    valueShape: options.valueShape ?? 'number',
    keyedSetValue: options.keyedSetValue ?? 'sets-key',
  });
  const items = seedProjectItems(world, scenario);
  const sequenceId = world.newSequenceId();
  const sequenceItemId = world.newItemId();
  const optionalTicks = (seconds: number | null | undefined) => (seconds == null ? null : secondsToTicks(seconds));
  world.state = {
    rootId: ROOT_ID,
    items: [
      { kind: 'bin', id: ROOT_ID, name: 'Fake Project', parentId: null, metadata: {} },
      { kind: 'sequence', id: sequenceItemId, name: scenario.sequenceName, parentId: ROOT_ID, sequenceId, metadata: {} },
      ...items.values(),
    ],
    sequences: [
      {
        id: sequenceId,
        name: scenario.sequenceName,
        projectItemId: sequenceItemId,
        frameRate: scenario.frameRate,
        frameWidth: scenario.frameWidth ?? 1920,
        frameHeight: scenario.frameHeight ?? 1080,
        playheadTicks: secondsToTicks(scenario.playheadSeconds),
        inPointTicks: optionalTicks(scenario.inPointSeconds),
        outPointTicks: optionalTicks(scenario.outPointSeconds),
        videoTracks: seedTracks(world, scenario, 'video', items),
        audioTracks: seedTracks(world, scenario, 'audio', items),
      },
    ],
    activeSequenceId: sequenceId,
  };
  for (const clip of options.syntheticClips ?? []) addSyntheticClip(world, sequenceId, clip);

  const project = new FakeProject(world, scenario.projectName ?? 'Fake Project.prproj');
  let projectOpen = true;

  const projectStatic: Pick<ProjectStatic, 'getActiveProject'> = {
    // Premiere resolves to nothing rather than rejecting when no project is open.
    getActiveProject: async () => (projectOpen ? asOfficial<Project>(project) : (undefined as unknown as Project)),
  };
  const sequenceEditorStatic: Pick<SequenceEditorStatic, 'getEditor'> = {
    getEditor: (sequenceObject: Sequence) => {
      if (!(sequenceObject instanceof FakeSequence))
        throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a Sequence');
      return asOfficial<SequenceEditor>(new FakeSequenceEditor(world, sequenceObject.id));
    },
  };
  const application = { version: applicationVersionOf(profile) } as unknown as Application;
  const fakeModule = {
    Application: application,
    Project: projectStatic,
    ...fakeProjectItemStatics(world),
    SequenceEditor: sequenceEditorStatic,
    Metadata: fakeMetadataStatic(world),
    AudioFilterFactory: fakeAudioFilterFactoryStatic,
    TickTime: fakeTickTimeStatic,
    FrameRate: fakeFrameRateStatic,
    Constants: {
      TrackItemType: { EMPTY: 0, CLIP: TRACK_ITEM_TYPE_CLIP, TRANSITION: 2, PREVIEW: 3, FEEDBACK: 4 },
      MetadataType: METADATA_TYPE,
      MediaType: { ANY: 0, DATA: 1, VIDEO: 2, AUDIO: 3 },
    },
  };

  return {
    // The one cast: the fake module covers only what the adapter uses.
    ppro: fakeModule as unknown as premierepro,
    profile,
    get deprecatedReads() {
      return [...world.deprecatedReads];
    },
    project: asOfficial<Project>(project),
    get undoLabels() {
      return world.undoStack.map((entry) => entry.label);
    },
    get transactions() {
      return world.transactionLog;
    },
    get metadataSchema() {
      return [...world.metadataSchema.keys()];
    },
    undo: () => world.undo(),
    snapshot: () => {
      const state = structuredClone(world.state);
      const main = state.sequences.find((candidate) => candidate.id === sequenceId);
      return { ...state, videoTracks: main?.videoTracks ?? [], audioTracks: main?.audioTracks ?? [] };
    },
    refuseAction: (ordinal = 1) => {
      world.addActionsUntilRefusal = ordinal;
    },
    closeSequence: () => {
      world.state.activeSequenceId = null;
    },
    closeProject: () => {
      projectOpen = false;
    },
    select: (items) => {
      for (const kind of ['video', 'audio'] as const) {
        for (const [trackIndex, track] of world.tracks(sequenceId, kind).entries()) {
          for (const [itemIndex, item] of track.items.entries()) {
            item.selected = items.some(
              (wanted) => wanted.kind === kind && wanted.trackIndex === trackIndex && wanted.itemIndex === itemIndex,
            );
          }
        }
      }
    },
    renameSequence: (name) => {
      const sequence = world.sequence(sequenceId);
      world.state.sequences = world.state.sequences.map((candidate) => (candidate === sequence ? { ...sequence, name } : candidate));
    },
  };
}

/** `Application.version` as the profile's Premiere holds it (`application-version-shape`). */
function applicationVersionOf(profile: PremiereProfile): unknown {
  switch (profile.applicationVersion) {
    case 'promise':
      return Promise.resolve(profile.hostVersion);
    case 'null':
      return null;
    case 'undefined':
      return undefined;
  }
}

/** Adds one synthetic track item (and the project item it may have) to the scenario's sequence. */
function addSyntheticClip(world: FakeWorld, sequenceId: string, clip: SyntheticClip): void {
  let projectItemId = '';
  if (clip.kind === 'nested-sequence') {
    const nestedId = world.newSequenceId();
    projectItemId = world.newItemId();
    world.state.items.push({ kind: 'sequence', id: projectItemId, name: clip.name, parentId: ROOT_ID, sequenceId: nestedId, metadata: {} });
    world.state.sequences.push({
      ...structuredClone(world.sequence(sequenceId)),
      id: nestedId,
      name: clip.name,
      projectItemId,
      videoTracks: [],
      audioTracks: [],
    });
  } else if (clip.kind === 'merged-clip' || clip.kind === 'offline') {
    projectItemId = world.newItemId();
    world.state.items.push({
      kind: 'clip',
      id: projectItemId,
      name: clip.name,
      parentId: ROOT_ID,
      mediaPath: clip.kind === 'offline' ? `/media/offline/${clip.name}.wav` : '',
      durationTicks: secondsToTicks(clip.endSeconds - clip.startSeconds),
      hasVideo: clip.trackKind === 'video',
      hasAudio: clip.trackKind === 'audio',
      hiddenForLookups: 0,
      metadata: {},
      offline: clip.kind === 'offline',
      merged: clip.kind === 'merged-clip',
    });
  }
  const track = world.track(sequenceId, clip.trackKind, clip.trackIndex);
  track.items.push({
    uid: world.newUid(),
    projectItemId,
    name: clip.name,
    startTicks: secondsToTicks(clip.startSeconds),
    endTicks: secondsToTicks(clip.endSeconds),
    inPointTicks: 0,
    speed: 1,
    disabled: false,
    linkGroup: world.newLinkGroup(),
    components: clip.trackKind === 'audio' ? defaultAudioComponents() : [],
    ...(clip.kind === 'title' || clip.kind === 'graphic' || clip.kind === 'adjustment-layer' ? { synthetic: clip.kind } : {}),
  });
  track.items.sort((a, b) => a.startTicks - b.startTicks);
}

export { PROJECT_ITEM_TYPE };
