/**
 * The Resolve versions ClipRelay supports, as the fake models them: a call newer than the profile is
 * absent from the object, exactly as `typeof item.SetProperties` finds it on that Resolve. Sources are
 * Blackmagic's per-version scripting READMEs (research/resolve-interchange.md S3, S4, S5).
 */
export type ResolveProfileId = '18.5' | '19.1' | '20.1' | '21.0' | '21.1';

export interface ResolveProfile {
  readonly id: ResolveProfileId;
  /** What `resolve.GetVersionString()` answers. */
  readonly versionString: string;
  readonly version: readonly [number, number, number];
}

export const RESOLVE_PROFILES: Readonly<Record<ResolveProfileId, ResolveProfile>> = {
  '18.5': { id: '18.5', versionString: '18.5.1.6', version: [18, 5, 1] },
  '19.1': { id: '19.1', versionString: '19.1.3.7', version: [19, 1, 3] },
  '20.1': { id: '20.1', versionString: '20.1.0.18', version: [20, 1, 0] },
  '21.0': { id: '21.0', versionString: '21.0.0.48', version: [21, 0, 0] },
  '21.1': { id: '21.1', versionString: '21.1.0.12', version: [21, 1, 0] },
};

export const ALL_RESOLVE_PROFILES: readonly ResolveProfileId[] = ['18.5', '19.1', '20.1', '21.0', '21.1'];

/** `Object.Method` → the first version that has it; calls not listed exist in every profile (≤ 18.5). */
const CALL_SINCE: Readonly<Record<string, readonly [number, number, number]>> = {
  // 19.0.0 README: "Added TimelineItem.GetLinkedItems(), GetTrackTypeAndIndex()" [S3 19.0.0].
  'TimelineItem.GetLinkedItems': [19, 0, 0],
  'TimelineItem.GetTrackTypeAndIndex': [19, 0, 0],
  // 19.0 README adds mark in/out on timelines [S3 19.0.0].
  'Timeline.GetMarkInOut': [19, 0, 0],
  // 19.0.2 README: GetSourceStartFrame/EndFrame; third-party metadata [S3 19.0.2; research §2.1].
  'TimelineItem.GetSourceStartFrame': [19, 0, 2],
  'TimelineItem.GetSourceEndFrame': [19, 0, 2],
  'MediaPoolItem.SetThirdPartyMetadata': [19, 0, 2],
  'MediaPoolItem.GetThirdPartyMetadata': [19, 0, 2],
  // 21.0.4 Timeline.md: GetSelectedClips [S5 api/Timeline.md @19c0cab].
  'Timeline.GetSelectedClips': [21, 0, 4],
  // 21.1 api/TimelineItem.md "New in 21.1.0" [S5].
  'TimelineItem.GetProperties': [21, 1, 0],
  'TimelineItem.SetProperties': [21, 1, 0],
  'TimelineItem.GetFades': [21, 1, 0],
  'TimelineItem.SetFades': [21, 1, 0],
  'TimelineItem.GetSpeed': [21, 1, 0],
  // WI 20.1 CHANGELOG: GetInfo and the Promise variants [S4].
  'Bridge.GetInfo': [20, 1, 0],
  // Not a call (ImportTimelineFromFile is older): OTIO among its formats from the 18.6 README [S3].
  'MediaPool.ImportTimelineFromFileOtio': [18, 6, 0],
  // Not a call: whether ImportMedia takes a FilePath-only dict (rule import-dict-before-21-1, UNK).
  'MediaPool.ImportMediaFilePathDict': [21, 1, 0],
  // Not a call: GetStart/GetEnd/GetDuration(subframe_precision) "Change at 19.0.2" [S5 api/TimelineItem.md].
  'TimelineItem.SubframePrecision': [19, 0, 2],
};

function atLeast(version: readonly number[], since: readonly number[]): boolean {
  for (let index = 0; index < since.length; index += 1) {
    const difference = (version[index] ?? 0) - (since[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

export function hasCall(profile: ResolveProfile, call: string): boolean {
  const since = CALL_SINCE[call];
  return since == null || atLeast(profile.version, since);
}

/** Removes from `target` every method its profile lacks, so `typeof target.Method` tells the truth. */
export function gateCalls<T extends object>(target: T, objectName: string, profile: ResolveProfile): T {
  for (const key of Object.keys(target)) {
    if (!hasCall(profile, `${objectName}.${key}`)) Reflect.deleteProperty(target, key);
  }
  return target;
}
