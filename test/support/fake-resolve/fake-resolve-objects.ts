import type {
  Resolve,
  ResolveClipInfo,
  ResolveFolder,
  ResolveMarker,
  ResolveMediaPool,
  ResolveMediaPoolItem,
  ResolveProject,
  ResolveTimeline,
  ResolveTimelineItem,
  ResolveTrackType,
} from '../../../src/hosts/resolve/resolve-api';
import { gateCalls, hasCall } from './fake-resolve-profiles';
import { exportOtio, importOtio } from './fake-resolve-otio';
import { fakeTimecodeOf } from './fake-resolve-timecode';
import {
  newMedia,
  newUid,
  type FakeFolder,
  type FakeItem,
  type FakeMarker,
  type FakeMedia,
  type FakeResolveState,
  type FakeTimeline,
  type FakeTrack,
} from './fake-resolve-state';

/**
 * API-shaped proxies over the fake's state. Every call answers new objects (rule fresh-proxies); the
 * registry maps a proxy back to what it stands for, and anything not made here is refused.
 */
const registry = new WeakMap<object, FakeItem | FakeMedia | FakeFolder | FakeTimeline>();

function register<T extends object>(proxy: T, target: FakeItem | FakeMedia | FakeFolder | FakeTimeline): T {
  registry.set(proxy, target);
  return proxy;
}

function unwrap<T>(value: unknown, is: (target: unknown) => target is T): T | null {
  if (typeof value !== 'object' || value == null) return null;
  const target = registry.get(value);
  return target != null && is(target) ? target : null;
}

const isItem = (target: unknown): target is FakeItem => typeof target === 'object' && target != null && 'sourceStart' in target;
const isMedia = (target: unknown): target is FakeMedia => typeof target === 'object' && target != null && 'thirdParty' in target;
const isFolder = (target: unknown): target is FakeFolder => typeof target === 'object' && target != null && 'subfolders' in target;

/** Resolve's fixed metadata fields a script may set (rule set-metadata-fixed-keys; the list is Resolve's Metadata panel). */
const FIXED_METADATA_KEYS = new Set([
  'Comments',
  'Description',
  'Keywords',
  'Scene',
  'Shot',
  'Take',
  'Good Take',
  'People',
  'Roll Card #',
  'Camera #',
]);

function markersRecord(markers: Map<number, FakeMarker>): Record<string, ResolveMarker> {
  return Object.fromEntries([...markers].map(([frame, marker]) => [String(frame), { ...marker }]));
}

function addMarker(
  markers: Map<number, FakeMarker>,
  limit: number,
  args: { frameId: number; color: string; name: string; note: string; duration: number; customData?: string },
): boolean {
  if (!Number.isInteger(args.frameId) || args.frameId < 0 || args.frameId >= limit || markers.has(args.frameId)) return false;
  markers.set(args.frameId, {
    color: args.color,
    name: args.name,
    note: args.note,
    duration: args.duration,
    customData: args.customData ?? '',
  });
  return true;
}

function deleteMarkerByCustomData(markers: Map<number, FakeMarker>, customData: string): boolean {
  for (const [frame, marker] of markers) {
    if (marker.customData === customData) {
      markers.delete(frame);
      return true;
    }
  }
  return false;
}

function findTrackOf(timeline: FakeTimeline, item: FakeItem): { kind: ResolveTrackType; index: number; track: FakeTrack } | null {
  for (const kind of ['video', 'audio'] as const) {
    const index = timeline.tracks[kind].findIndex((track) => track.items.includes(item));
    if (index >= 0) return { kind, index: index + 1, track: timeline.tracks[kind][index]! };
  }
  return null;
}

function mediaPoolItemOf(state: FakeResolveState, media: FakeMedia): ResolveMediaPoolItem {
  const item: ResolveMediaPoolItem = {
    GetName: () => media.name,
    GetUniqueId: () => media.uid,
    GetClipProperty: () => ({
      'Clip Name': media.name,
      'File Path': media.path,
      Frames: String(media.frames),
      FPS: String(media.fps),
      Type: media.hasVideo ? (media.hasAudio ? 'Video + Audio' : 'Video') : 'Audio',
    }),
    SetMetadata: (metadata) => {
      state.calls.push('MediaPoolItem.SetMetadata');
      if (Object.keys(metadata).some((key) => !FIXED_METADATA_KEYS.has(key))) return false;
      for (const [key, value] of Object.entries(metadata)) media.metadata.set(key, value);
      return true;
    },
    GetMetadata: () => Object.fromEntries(media.metadata),
    AddMarker: (frameId, color, name, note, duration, customData) => {
      state.calls.push('MediaPoolItem.AddMarker');
      return addMarker(media.markers, media.frames, {
        frameId,
        color,
        name,
        note,
        duration,
        ...(customData != null ? { customData } : {}),
      });
    },
    GetMarkers: () => markersRecord(media.markers),
    DeleteMarkerByCustomData: (customData) => {
      state.calls.push('MediaPoolItem.DeleteMarkerByCustomData');
      return deleteMarkerByCustomData(media.markers, customData);
    },
    SetThirdPartyMetadata: (metadata) => {
      state.calls.push('MediaPoolItem.SetThirdPartyMetadata');
      for (const [key, value] of Object.entries(metadata)) {
        if (typeof value !== 'string') return false;
        media.thirdParty.set(key, value);
      }
      return true;
    },
    GetThirdPartyMetadata: () => Object.fromEntries(media.thirdParty),
  };
  return register(gateCalls(item, 'MediaPoolItem', state.profile), media);
}

function timelineItemOf(state: FakeResolveState, timeline: FakeTimeline, item: FakeItem): ResolveTimelineItem {
  const isAudio = item.kind === 'audio';
  const subframes = hasCall(state.profile, 'TimelineItem.SubframePrecision');
  const frameOf = (frame: number, subframe?: boolean) => (subframe === true && subframes ? frame : Math.round(frame));
  const proxy: ResolveTimelineItem = {
    GetName: () => item.name,
    GetUniqueId: () => item.uid,
    // Audio can sit between frames; whole frames unless subframe precision is asked for (19.0.2+, rule subframe-positions).
    GetStart: (subframe) => frameOf(item.start, subframe),
    GetEnd: (subframe) => frameOf(item.end, subframe),
    GetDuration: (subframe) => frameOf(item.end, subframe) - frameOf(item.start, subframe),
    GetLeftOffset: () => item.sourceStart,
    GetRightOffset: () => item.media.frames - item.sourceEnd,
    GetMediaPoolItem: () => mediaPoolItemOf(state, item.media),
    GetClipEnabled: () => item.enabled,
    AddMarker: (frameId, color, name, note, duration, customData) => {
      state.calls.push('TimelineItem.AddMarker');
      return addMarker(item.markers, item.end - item.start, {
        frameId,
        color,
        name,
        note,
        duration,
        ...(customData != null ? { customData } : {}),
      });
    },
    GetMarkers: () => markersRecord(item.markers),
    DeleteMarkerByCustomData: (customData) => {
      state.calls.push('TimelineItem.DeleteMarkerByCustomData');
      return deleteMarkerByCustomData(item.markers, customData);
    },
    GetLinkedItems: () => {
      if (item.link == null) return [];
      const all = [...timeline.tracks.video, ...timeline.tracks.audio].flatMap((track) => track.items);
      return all.filter((other) => other !== item && other.link === item.link).map((other) => timelineItemOf(state, timeline, other));
    },
    GetTrackTypeAndIndex: () => {
      const found = findTrackOf(timeline, item);
      return found == null ? ['', 0] : [found.kind, found.index];
    },
    GetSourceStartFrame: () => item.sourceStart,
    GetSourceEndFrame: () => item.sourceEnd,
    GetProperties: () =>
      isAudio
        ? { AudioVolumeEnabled: item.volumeEnabled, AudioVolume: item.volumeDb, AudioPanEnabled: false, AudioPan: 0 }
        : { Pan: 0, Tilt: 0, ZoomX: 1, ZoomY: 1, Opacity: 100 },
    SetProperties: (properties) => {
      state.calls.push('TimelineItem.SetProperties');
      const allowed = isAudio
        ? ['AudioVolumeEnabled', 'AudioVolume', 'AudioPanEnabled', 'AudioPan']
        : ['Pan', 'Tilt', 'ZoomX', 'ZoomY', 'Opacity'];
      if (Object.keys(properties).some((key) => !allowed.includes(key))) return false;
      const volume = properties['AudioVolume'];
      if (volume != null && (typeof volume !== 'number' || !(volume >= -100 && volume <= 30))) return false;
      if (typeof volume === 'number') item.volumeDb = volume;
      const enabled = properties['AudioVolumeEnabled'];
      if (typeof enabled === 'boolean') item.volumeEnabled = enabled;
      return true;
    },
    GetFades: () => ({ FadeIn: item.fadeIn, FadeOut: item.fadeOut }),
    SetFades: (fades) => {
      state.calls.push('TimelineItem.SetFades');
      const fadeIn = fades.FadeIn ?? item.fadeIn;
      const fadeOut = fades.FadeOut ?? item.fadeOut;
      if (fadeIn < 0 || fadeOut < 0 || fadeIn + fadeOut > item.end - item.start) return false;
      item.fadeIn = fadeIn;
      item.fadeOut = fadeOut;
      return true;
    },
    GetSpeed: () => ({ Speed: (100 * (item.sourceEnd - item.sourceStart) * timeline.fps) / item.media.fps / (item.end - item.start) }),
  };
  return register(gateCalls(proxy, 'TimelineItem', state.profile), item);
}

function folderOf(state: FakeResolveState, folder: FakeFolder): ResolveFolder {
  return register<ResolveFolder>(
    {
      GetName: () => folder.name,
      GetUniqueId: () => folder.uid,
      GetSubFolderList: () => folder.subfolders.map((sub) => folderOf(state, sub)),
      GetClipList: () => folder.clips.map((media) => mediaPoolItemOf(state, media)),
    },
    folder,
  );
}

function overlaps(track: FakeTrack, start: number, end: number): boolean {
  return track.items.some((item) => item.start < end && start < item.end);
}

function append(state: FakeResolveState, timeline: FakeTimeline, info: ResolveClipInfo): FakeItem[] {
  const media = unwrap(info.mediaPoolItem, isMedia);
  if (media == null) return [];
  const sourceFrames = info.endFrame - info.startFrame; // rule end-frame-exclusive
  if (!(sourceFrames > 0) || info.startFrame < 0 || info.endFrame > media.frames) return [];
  const kinds = (info.mediaType === 1 ? ['video'] : info.mediaType === 2 ? ['audio'] : ['video', 'audio']) as ResolveTrackType[];
  const usable = kinds.filter((kind) => (kind === 'video' ? media.hasVideo : media.hasAudio)); // rule media-type-needs-stream
  const length = Math.round((sourceFrames / media.fps) * timeline.fps);
  const trackIndex = info.trackIndex ?? 1;
  const placed: FakeItem[] = [];
  for (const kind of usable) {
    const track = timeline.tracks[kind][trackIndex - 1]; // rule one-based-tracks
    if (track == null) continue;
    const start = info.recordFrame ?? Math.max(timeline.startFrame, ...track.items.map((item) => item.end));
    if (start < timeline.startFrame) continue; // rule record-frame-absolute
    const item: FakeItem = {
      uid: newUid(state, 'ti'),
      media,
      kind,
      name: media.name,
      start,
      end: start + length,
      sourceStart: info.startFrame,
      sourceEnd: info.endFrame,
      enabled: true,
      link: null,
      volumeDb: 0,
      volumeEnabled: true,
      fadeIn: 0,
      fadeOut: 0,
      markers: new Map(),
      volumeKeys: [],
    };
    placed.push(item);
    if (overlaps(track, item.start, item.end)) continue; // rule occupied-places-nothing: answered, never placed
    track.items.push(item);
    track.items.sort((a, b) => a.start - b.start);
  }
  const onTimeline = placed.filter((item) => findTrackOf(timeline, item) != null);
  if (info.mediaType == null && onTimeline.length === 2) {
    state.nextLink += 1;
    for (const item of onTimeline) item.link = state.nextLink;
  }
  return placed;
}

function mediaPoolOf(state: FakeResolveState): ResolveMediaPool {
  const pool: ResolveMediaPool = {
    GetRootFolder: () => folderOf(state, state.root),
    GetCurrentFolder: () => folderOf(state, state.currentFolder),
    SetCurrentFolder: (folder) => {
      const target = unwrap(folder, isFolder);
      if (target == null) return false;
      state.currentFolder = target;
      return true;
    },
    AddSubFolder: (parent, name) => {
      state.calls.push('MediaPool.AddSubFolder');
      const target = unwrap(parent, isFolder);
      if (target == null || name === '') return undefined;
      // rule add-subfolder-duplicates: no check for an existing name.
      const folder: FakeFolder = { uid: newUid(state, 'folder'), name, subfolders: [], clips: [] };
      target.subfolders.push(folder);
      state.currentFolder = folder;
      return folderOf(state, folder);
    },
    ImportMedia: (items) => {
      state.calls.push('MediaPool.ImportMedia');
      const imported: ResolveMediaPoolItem[] = [];
      for (const entry of items) {
        if (typeof entry !== 'string' && !hasCall(state.profile, 'MediaPool.ImportMediaFilePathDict')) continue; // rule import-dict-before-21-1
        const path = typeof entry === 'string' ? entry : entry.FilePath;
        const media = newMedia(state, path, state.current?.fps ?? 24);
        if (media == null) continue;
        state.currentFolder.clips.push(media);
        imported.push(mediaPoolItemOf(state, media));
      }
      return imported;
    },
    ImportTimelineFromFile: (path, options) => {
      state.calls.push('MediaPool.ImportTimelineFromFile');
      const name = typeof options['timelineName'] === 'string' ? options['timelineName'] : 'Timeline';
      const timeline = importOtio(state, path, name); // rule otio-round-trip
      return timeline == null ? undefined : timelineOf(state, timeline);
    },
    CreateEmptyTimeline: (name) => {
      state.calls.push('MediaPool.CreateEmptyTimeline');
      const template = state.current ?? state.timelines[0];
      if (template == null || state.timelines.some((timeline) => timeline.name === name)) return undefined;
      const timeline: FakeTimeline = {
        ...template,
        uid: newUid(state, 'timeline'),
        name,
        playhead: template.startFrame,
        markIn: null,
        markOut: null,
        selected: new Set(),
        tracks: { video: [{ name: 'Video 1', enabled: true, items: [] }], audio: [{ name: 'Audio 1', enabled: true, items: [] }] },
      };
      state.timelines.push(timeline);
      return timelineOf(state, timeline);
    },
    DeleteTimelines: (timelines) => {
      state.calls.push('MediaPool.DeleteTimelines');
      const targets = timelines.map((timeline) => registry.get(timeline));
      if (targets.some((target) => target == null || !state.timelines.includes(target as FakeTimeline))) return false;
      for (const target of targets) {
        state.timelines.splice(state.timelines.indexOf(target as FakeTimeline), 1);
        if (state.current === target) state.current = state.timelines[0] ?? null;
      }
      return true;
    },
    AppendToTimeline: (clipInfos) => {
      state.calls.push('MediaPool.AppendToTimeline');
      const timeline = state.current;
      if (timeline == null || !Array.isArray(clipInfos)) return false; // rule current-timeline-only
      return clipInfos.flatMap((info) => append(state, timeline, info)).map((item) => timelineItemOf(state, timeline, item));
    },
  };
  return gateCalls(pool, 'MediaPool', state.profile);
}

function timelineOf(state: FakeResolveState, timeline: FakeTimeline): ResolveTimeline {
  const trackList = (kind: string) => (kind === 'video' ? timeline.tracks.video : kind === 'audio' ? timeline.tracks.audio : null);
  const trackAt = (kind: string, index: number) => (Number.isInteger(index) && index >= 1 ? (trackList(kind)?.[index - 1] ?? null) : null);
  const onTimeline = (items: readonly ResolveTimelineItem[]): FakeItem[] | null => {
    const targets = items.map((item) => unwrap(item, isItem));
    return targets.every((target): target is FakeItem => target != null && findTrackOf(timeline, target) != null) ? targets : null;
  };
  const proxy: ResolveTimeline = {
    GetName: () => timeline.name,
    GetUniqueId: () => timeline.uid,
    GetSetting: (name) =>
      ({
        timelineFrameRate: timeline.frameRateSetting,
        timelineDropFrameTimecode: timeline.dropFrame ? '1' : '0',
        timelineResolutionWidth: String(timeline.width),
        timelineResolutionHeight: String(timeline.height),
      })[name] ?? '',
    GetStartFrame: () => timeline.startFrame,
    GetEndFrame: () =>
      Math.max(timeline.startFrame, ...[...timeline.tracks.video, ...timeline.tracks.audio].flatMap((t) => t.items.map((i) => i.end))),
    GetCurrentTimecode: () => fakeTimecodeOf(timeline.playhead, timeline.fps, timeline.dropFrame),
    SetCurrentTimecode: () => false,
    GetTrackCount: (kind) => trackList(kind)?.length ?? 0,
    GetTrackName: (kind, index) => trackAt(kind, index)?.name ?? '',
    GetItemListInTrack: (kind, index) => trackAt(kind, index)?.items.map((item) => timelineItemOf(state, timeline, item)) ?? undefined,
    GetIsTrackEnabled: (kind, index) => trackAt(kind, index)?.enabled ?? false,
    AddTrack: (kind) => {
      state.calls.push('Timeline.AddTrack');
      const list = trackList(kind);
      if (list == null) return false;
      list.push({ name: `${kind === 'video' ? 'Video' : 'Audio'} ${list.length + 1}`, enabled: true, items: [] });
      return true;
    },
    SetTrackName: (kind, index, name) => {
      state.calls.push('Timeline.SetTrackName');
      const track = trackAt(kind, index);
      if (track == null || name === '') return false;
      track.name = name;
      return true;
    },
    DeleteTrack: (kind, index) => {
      state.calls.push('Timeline.DeleteTrack');
      const list = trackList(kind);
      if (list == null || trackAt(kind, index) == null) return false;
      list.splice(index - 1, 1);
      return true;
    },
    DeleteClips: (items) => {
      state.calls.push('Timeline.DeleteClips');
      const targets = onTimeline(items);
      if (targets == null || targets.length === 0) return false;
      for (const target of targets) {
        const found = findTrackOf(timeline, target)!;
        found.track.items.splice(found.track.items.indexOf(target), 1);
      }
      return true;
    },
    SetClipsLinked: (items, linked) => {
      state.calls.push('Timeline.SetClipsLinked');
      const targets = onTimeline(items);
      if (targets == null || targets.length < 2) return false;
      state.nextLink += 1;
      for (const target of targets) target.link = linked ? state.nextLink : null;
      return true;
    },
    GetMarkInOut: () => {
      if (timeline.markIn == null && timeline.markOut == null) return {};
      const marks = {
        ...(timeline.markIn != null ? { in: timeline.markIn } : {}),
        ...(timeline.markOut != null ? { out: timeline.markOut } : {}),
      };
      return { video: marks, audio: marks };
    },
    Export: (path, exportType) => {
      state.calls.push('Timeline.Export');
      return exportType === 'EXPORT_OTIO' && exportOtio(timeline, path);
    },
    GetSelectedClips: () =>
      [...timeline.tracks.video, ...timeline.tracks.audio]
        .flatMap((track) => track.items)
        .filter((item) => timeline.selected.has(item.uid))
        .map((item) => timelineItemOf(state, timeline, item)),
  };
  return register(gateCalls(proxy, 'Timeline', state.profile), timeline);
}

function projectOf(state: FakeResolveState): ResolveProject {
  return {
    GetName: () => state.projectName,
    GetUniqueId: () => 'project-1',
    GetMediaPool: () => mediaPoolOf(state),
    GetCurrentTimeline: () => (state.current == null ? undefined : timelineOf(state, state.current)),
    SetCurrentTimeline: (timeline) => {
      const target = state.timelines.find((candidate) => registry.get(timeline) === candidate);
      if (target == null) return false;
      state.current = target;
      return true;
    },
    GetTimelineCount: () => state.timelines.length,
    GetTimelineByIndex: (index) => {
      const timeline = state.timelines[index - 1];
      return timeline == null ? undefined : timelineOf(state, timeline);
    },
  };
}

export function resolveOf(state: FakeResolveState): Resolve {
  return {
    GetProductName: () => 'DaVinci Resolve Studio',
    GetVersionString: () => state.profile.versionString,
    GetProjectManager: () => ({ GetCurrentProject: () => projectOf(state) }),
    EXPORT_OTIO: 'EXPORT_OTIO',
    EXPORT_NONE: 'EXPORT_NONE',
  };
}
