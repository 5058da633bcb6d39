/**
 * The part of DaVinci Resolve's scripting API ClipRelay calls, typed from Blackmagic's scripting README
 * (the same object model the Workflow Integration bridge hands to JavaScript: research/resolve-interchange.md
 * §1.5, §2). Calls that appeared after 18.5 — the oldest Resolve ClipRelay supports, the first with
 * `trackIndex`/`recordFrame` — are optional: an older Resolve simply lacks them, so the host checks
 * `typeof x.Method === 'function'` before calling, never a version string.
 *
 * Native bridge objects answer `None` as `undefined`/`null` and Python lists as arrays; a failed call
 * answers `false` (or an empty value) with no message, which is why every edit is read back.
 */

/** 'video' | 'audio' | 'subtitle' in Resolve's API; ClipRelay reads the first two. */
export type ResolveTrackType = 'video' | 'audio';

/** `AppendToTimeline` clip info (README "clipInfo"; `trackIndex`/`recordFrame` since 18.5). */
export interface ResolveClipInfo {
  readonly mediaPoolItem: ResolveMediaPoolItem;
  /** Source frame, inclusive. */
  readonly startFrame: number;
  /** Source frame, exclusive as measured on 21.x (research §2.2). */
  readonly endFrame: number;
  /** 1 = video only, 2 = audio only; omitted places both. */
  readonly mediaType?: 1 | 2;
  /** 1-based. */
  readonly trackIndex?: number;
  /** Absolute timeline frame: it includes the timeline's start timecode. */
  readonly recordFrame?: number;
}

export interface ResolveMarker {
  readonly color: string;
  readonly duration: number;
  readonly note: string;
  readonly name: string;
  readonly customData: string;
}

/** `{FadeIn, FadeOut}` in frames (21.1 FadeInfo.md). */
interface ResolveFades {
  readonly FadeIn: number;
  readonly FadeOut: number;
}

export interface ResolveTimelineItem {
  GetName(): string;
  GetUniqueId(): string;
  /** Absolute timeline frame. */
  GetStart(subframePrecision?: boolean): number;
  /** Absolute timeline frame, exclusive. */
  GetEnd(subframePrecision?: boolean): number;
  GetDuration(subframePrecision?: boolean): number;
  /** Source frames available before the item's in point: its in point for an unretimed clip. */
  GetLeftOffset(subframePrecision?: boolean): number;
  GetRightOffset(subframePrecision?: boolean): number;
  GetMediaPoolItem(): ResolveMediaPoolItem | null | undefined;
  GetClipEnabled(): boolean;
  /** `frameId` is relative to the item's start. */
  AddMarker(frameId: number, color: string, name: string, note: string, duration: number, customData?: string): boolean;
  GetMarkers(): Readonly<Record<string, ResolveMarker>>;
  DeleteMarkerByCustomData(customData: string): boolean;
  /** Since 19.0. */
  GetLinkedItems?(): readonly ResolveTimelineItem[];
  /** Since 19.0: `[trackType, trackIndex]`, 1-based. */
  GetTrackTypeAndIndex?(): readonly [string, number];
  /** Since 19.0.2. */
  GetSourceStartFrame?(): number;
  /** Since 19.0.2. */
  GetSourceEndFrame?(): number;
  /** Since 21.1: includes `AudioVolumeEnabled`, `AudioVolume` (dB, −100…30) on audio items. */
  GetProperties?(): Readonly<Record<string, unknown>>;
  /** Since 21.1. */
  SetProperties?(properties: Readonly<Record<string, unknown>>): boolean;
  /** Since 21.1. */
  GetFades?(): ResolveFades;
  /** Since 21.1. */
  SetFades?(fades: ResolveFades): boolean;
  /** Since 21.1: `{Speed}` in percent among other keys (SpeedOptions.md). */
  GetSpeed?(): Readonly<Record<string, unknown>>;
}

export interface ResolveMediaPoolItem {
  GetName(): string;
  GetUniqueId(): string;
  /** With no key: every property, values as strings ("File Path", "Frames", "FPS", "Type", …). */
  GetClipProperty(): Readonly<Record<string, string>>;
  /** Only Resolve's fixed keys (Comments, Description, Keywords, …); any other key answers false. */
  SetMetadata(metadata: Readonly<Record<string, string>>): boolean;
  GetMetadata(): Readonly<Record<string, string>>;
  AddMarker(frameId: number, color: string, name: string, note: string, duration: number, customData?: string): boolean;
  GetMarkers(): Readonly<Record<string, ResolveMarker>>;
  DeleteMarkerByCustomData(customData: string): boolean;
  /** Since 19.0.2: free-form keys, kept with the project. */
  SetThirdPartyMetadata?(metadata: Readonly<Record<string, string>>): boolean;
  /** Since 19.0.2. */
  GetThirdPartyMetadata?(): Readonly<Record<string, string>>;
}

export interface ResolveFolder {
  GetName(): string;
  GetUniqueId(): string;
  GetSubFolderList(): readonly ResolveFolder[];
  GetClipList(): readonly ResolveMediaPoolItem[];
}

export interface ResolveMediaPool {
  GetRootFolder(): ResolveFolder;
  GetCurrentFolder(): ResolveFolder;
  SetCurrentFolder(folder: ResolveFolder): boolean;
  /** Makes a new folder even when one of that name exists there, and makes it current. */
  AddSubFolder(parent: ResolveFolder, name: string): ResolveFolder | null | undefined;
  /** Into the current folder. A `{FilePath}` dict is the 21.1 form; a path string the older one. */
  ImportMedia(items: readonly (string | { readonly FilePath: string })[]): readonly ResolveMediaPoolItem[] | null | undefined;
  /** Onto the current timeline only; answers a list even when it placed nothing. */
  AppendToTimeline(clipInfos: readonly ResolveClipInfo[]): readonly ResolveTimelineItem[] | false | null | undefined;
  /** Reads OTIO from 18.6 on; answers nothing when a media file is missing or the name is taken. */
  ImportTimelineFromFile?(filePath: string, options: Readonly<Record<string, unknown>>): ResolveTimeline | null | undefined;
  DeleteTimelines(timelines: readonly ResolveTimeline[]): boolean;
  /** A new empty timeline in the current folder; nothing when the name is taken. */
  CreateEmptyTimeline(name: string): ResolveTimeline | null | undefined;
}

export interface ResolveTimeline {
  GetName(): string;
  GetUniqueId(): string;
  GetSetting(name: string): string;
  /** Absolute frame of the timeline's first frame (its start timecode). */
  GetStartFrame(): number;
  GetEndFrame(): number;
  GetCurrentTimecode(): string;
  SetCurrentTimecode(timecode: string): boolean;
  /** 1-based indices. */
  GetTrackCount(trackType: ResolveTrackType): number;
  GetTrackName(trackType: ResolveTrackType, trackIndex: number): string;
  GetItemListInTrack(trackType: ResolveTrackType, trackIndex: number): readonly ResolveTimelineItem[] | null | undefined;
  GetIsTrackEnabled(trackType: ResolveTrackType, trackIndex: number): boolean;
  AddTrack(trackType: ResolveTrackType, subTrackType?: string): boolean;
  SetTrackName(trackType: ResolveTrackType, trackIndex: number, name: string): boolean;
  DeleteTrack(trackType: ResolveTrackType, trackIndex: number): boolean;
  DeleteClips(items: readonly ResolveTimelineItem[], ripple?: boolean): boolean;
  SetClipsLinked(items: readonly ResolveTimelineItem[], linked: boolean): boolean;
  /** Since 19.0: `{video: {in, out}, audio: {…}}` in timeline-relative frames; empty when no marks. */
  GetMarkInOut?(): Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
  /** Since 21.0.4. */
  GetSelectedClips?(): readonly ResolveTimelineItem[];
  /** OTIO export since 18.5: `Export(path, resolve.EXPORT_OTIO, resolve.EXPORT_NONE)`. */
  Export?(filePath: string, exportType: unknown, exportSubtype: unknown): boolean;
}

export interface ResolveProject {
  GetName(): string;
  GetUniqueId(): string;
  GetMediaPool(): ResolveMediaPool;
  GetCurrentTimeline(): ResolveTimeline | null | undefined;
  SetCurrentTimeline?(timeline: ResolveTimeline): boolean;
  GetTimelineCount(): number;
  /** 1-based. */
  GetTimelineByIndex(index: number): ResolveTimeline | null | undefined;
}

interface ResolveProjectManager {
  GetCurrentProject(): ResolveProject | null | undefined;
}

export interface Resolve {
  GetProductName(): string;
  /** e.g. "19.1.3.7" (dotted) — shown, never used to pick a code path. */
  GetVersionString(): string;
  GetProjectManager(): ResolveProjectManager;
  /** Export type constants (`EXPORT_OTIO`, `EXPORT_NONE`) live on the resolve object. */
  readonly EXPORT_OTIO?: unknown;
  readonly EXPORT_NONE?: unknown;
}

/** Blackmagic's `WorkflowIntegration.node` (WI README 19.1.1 and 20.1). */
export interface WorkflowIntegrationBridge {
  Initialize(pluginId: string): boolean;
  GetResolve(): Resolve | null | undefined;
  SetAPITimeout(seconds: number): boolean;
  /** Never called by ClipRelay on 21: it hung the main thread (research §1.7). */
  CleanUp(): boolean;
  /** Since 20.1. */
  GetInfo?(): { readonly version: string };
}
