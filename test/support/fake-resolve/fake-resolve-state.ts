import type { HostScenario } from '../host-scenario';
import type { ResolveProfile } from './fake-resolve-profiles';

/** What a Resolve install holds, as plain data; fake-resolve-objects.ts wraps it in API-shaped proxies. */
export interface FakeMarker {
  color: string;
  name: string;
  note: string;
  duration: number;
  customData: string;
}

export interface FakeMedia {
  readonly uid: string;
  readonly path: string;
  readonly name: string;
  /** Source frames, in `fps`. */
  readonly frames: number;
  readonly fps: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
  readonly metadata: Map<string, string>;
  readonly thirdParty: Map<string, string>;
  readonly markers: Map<number, FakeMarker>;
}

export interface FakeItem {
  readonly uid: string;
  readonly media: FakeMedia;
  readonly kind: 'video' | 'audio';
  /** The clip's name on the timeline (the media's name unless the editor renamed it). */
  readonly name: string;
  /** Absolute timeline frames; `end` exclusive. */
  start: number;
  end: number;
  /** Source frames in the media's rate; `sourceEnd` exclusive. */
  sourceStart: number;
  sourceEnd: number;
  enabled: boolean;
  link: number | null;
  volumeDb: number;
  volumeEnabled: boolean;
  fadeIn: number;
  fadeOut: number;
  readonly markers: Map<number, FakeMarker>;
  /** Clip volume keyframes (the UI's, or an OTIO import's): frames from the item's start, dB. None is static. */
  readonly volumeKeys: readonly { readonly frame: number; readonly levelDb: number }[];
}

export interface FakeTrack {
  name: string;
  enabled: boolean;
  items: FakeItem[];
}

export interface FakeFolder {
  readonly uid: string;
  readonly name: string;
  readonly subfolders: FakeFolder[];
  readonly clips: FakeMedia[];
}

export interface FakeTimeline {
  readonly uid: string;
  name: string;
  /** `timelineFrameRate` as Resolve writes it: "25", "29.97", … */
  readonly frameRateSetting: string;
  readonly dropFrame: boolean;
  readonly fps: number;
  readonly startFrame: number;
  readonly width: number;
  readonly height: number;
  playhead: number;
  markIn: number | null;
  markOut: number | null;
  readonly tracks: { video: FakeTrack[]; audio: FakeTrack[] };
  selected: Set<string>;
}

export interface FakeResolveState {
  readonly profile: ResolveProfile;
  readonly projectName: string;
  readonly files: HostScenario['media'];
  /** Files on disk beyond the scenario's (a test's real downloads); null when there is none at the path. */
  readonly probeFile: (path: string) => HostScenario['media'][string] | null;
  readonly root: FakeFolder;
  currentFolder: FakeFolder;
  readonly timelines: FakeTimeline[];
  current: FakeTimeline | null;
  readonly media: FakeMedia[];
  nextUid: number;
  nextLink: number;
  /** Every mutating call in order, for tests that count what a host did. */
  readonly calls: string[];
}

export function newUid(state: FakeResolveState, prefix: string): string {
  state.nextUid += 1;
  return `${prefix}-${state.nextUid}`;
}

/** Audio-only files report 24 fps (rule audio-source-rate-24); files with picture, the timeline's rate. */
function mediaFpsOf(hasVideo: boolean, timelineFps: number): number {
  return hasVideo ? timelineFps : 24;
}

export function newMedia(state: FakeResolveState, path: string, timelineFps: number): FakeMedia | null {
  const file = state.files[path] ?? state.probeFile(path);
  if (file == null) return null;
  const fps = mediaFpsOf(file.hasVideo, timelineFps);
  const media: FakeMedia = {
    uid: newUid(state, 'mpi'),
    path,
    name: path.split(/[\\/]/).pop() ?? path,
    frames: Math.round(file.durationSeconds * fps),
    fps,
    hasVideo: file.hasVideo,
    hasAudio: file.hasAudio,
    metadata: new Map(),
    thirdParty: new Map(),
    markers: new Map(),
  };
  state.media.push(media);
  return media;
}

export interface FakeTimelineOptions {
  /** @default "01:00:00:00" as frames: 3600 × the nominal rate */
  readonly startFrame?: number;
  /** @default the scenario's rate written plainly ("25") */
  readonly frameRateSetting?: string;
  /** @default false */
  readonly dropFrame?: boolean;
  /** @default none: only the scenario's media exist */
  readonly probeFile?: (path: string) => HostScenario['media'][string] | null;
}

export function seedState(scenario: HostScenario, profile: ResolveProfile, options: FakeTimelineOptions): FakeResolveState {
  const root: FakeFolder = { uid: 'folder-root', name: 'Master', subfolders: [], clips: [] };
  const state: FakeResolveState = {
    profile,
    projectName: scenario.projectName ?? 'Resolve project',
    files: scenario.media,
    probeFile: options.probeFile ?? (() => null),
    root,
    currentFolder: root,
    timelines: [],
    current: null,
    media: [],
    nextUid: 0,
    nextLink: 0,
    calls: [],
  };
  const fps = scenario.frameRate;
  const startFrame = options.startFrame ?? 3600 * Math.round(fps);
  // Seeded clips keep exact positions (audio can sit between frames); the playhead is on a frame.
  const toFrame = (seconds: number) => startFrame + seconds * fps;
  const mediaFor = new Map<string, FakeMedia>();
  const seedMedia = (path: string): FakeMedia => {
    const known = mediaFor.get(path);
    if (known != null) return known;
    const media = newMedia(state, path, fps);
    if (media == null) throw new Error(`scenario clip plays ${path}, which is not among the scenario's media`);
    root.clips.push(media);
    mediaFor.set(path, media);
    return media;
  };
  const seedTrack = (kind: 'video' | 'audio', track: HostScenario['videoTracks'][number]): FakeTrack => ({
    name: track.name,
    enabled: !(track.muted ?? false),
    items: track.clips.map((clip): FakeItem => {
      const media = seedMedia(clip.mediaPath);
      const speed = clip.speed ?? 1;
      const sourceStart = Math.round((clip.inPointSeconds ?? 0) * media.fps);
      return {
        uid: newUid(state, 'ti'),
        media,
        kind,
        name: clip.name,
        start: toFrame(clip.startSeconds),
        end: toFrame(clip.endSeconds),
        sourceStart,
        sourceEnd: sourceStart + Math.round((clip.endSeconds - clip.startSeconds) * speed * media.fps),
        enabled: !(clip.disabled ?? false),
        link: null,
        volumeDb: 0,
        volumeEnabled: true,
        fadeIn: 0,
        fadeOut: 0,
        markers: new Map(),
        volumeKeys: [],
      };
    }),
  });
  const timeline: FakeTimeline = {
    uid: newUid(state, 'timeline'),
    name: scenario.sequenceName,
    frameRateSetting: options.frameRateSetting ?? String(fps),
    dropFrame: options.dropFrame ?? false,
    fps,
    startFrame,
    width: scenario.frameWidth ?? 1920,
    height: scenario.frameHeight ?? 1080,
    playhead: Math.round(toFrame(scenario.playheadSeconds)),
    markIn: scenario.inPointSeconds == null ? null : Math.round(scenario.inPointSeconds * fps),
    markOut: scenario.outPointSeconds == null ? null : Math.round(scenario.outPointSeconds * fps),
    tracks: {
      video: scenario.videoTracks.map((track) => seedTrack('video', track)),
      audio: scenario.audioTracks.map((track) => seedTrack('audio', track)),
    },
    selected: new Set(),
  };
  state.timelines.push(timeline);
  state.current = timeline;
  return state;
}
