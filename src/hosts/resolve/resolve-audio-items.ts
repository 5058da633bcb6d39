import type { ResolveMarker, ResolveMediaPool, ResolveMediaPoolItem, ResolveTimeline, ResolveTimelineItem } from './resolve-api';

/** An audio item as it was, so an undo lays it again with its level, fades and markers. */
export interface AudioSnapshot {
  readonly poolItemId: string;
  readonly start: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Null where this Resolve has no clip level (before 21.1): nothing to set. */
  readonly levelDb: number | null;
  readonly levelEnabled: boolean;
  readonly fadeIn: number;
  readonly fadeOut: number;
  readonly markers: readonly (readonly [number, ResolveMarker])[];
}

/** The item as it is now; `frames` is its media's length (for the source end where Resolve answers only offsets). */
export function snapshotOf(item: ResolveTimelineItem, poolItemId: string, frames: number): AudioSnapshot {
  const properties = item.GetProperties?.() ?? {};
  const fades = item.GetFades?.() ?? { FadeIn: 0, FadeOut: 0 };
  return {
    poolItemId,
    start: item.GetStart(),
    sourceStart: item.GetSourceStartFrame?.() ?? item.GetLeftOffset(),
    sourceEnd: item.GetSourceEndFrame?.() ?? frames - item.GetRightOffset(),
    levelDb: typeof item.GetProperties === 'function' ? Number(properties['AudioVolume'] ?? 0) : null,
    levelEnabled: properties['AudioVolumeEnabled'] !== false,
    fadeIn: fades.FadeIn,
    fadeOut: fades.FadeOut,
    markers: Object.entries(item.GetMarkers()).map(([frame, marker]) => [Number(frame), marker]),
  };
}

/**
 * Appends the source range of a media pool item's audio at `start` on audio track `trackIndex` (1-based), then finds
 * it there: Resolve can answer a list and place nothing (research §2.2), so only the track says what landed. Null
 * where nothing of that item starts there.
 */
export function layAudio(
  where: { readonly pool: ResolveMediaPool; readonly timeline: ResolveTimeline },
  trackIndex: number,
  poolItem: ResolveMediaPoolItem,
  range: { readonly start: number; readonly sourceStart: number; readonly sourceEnd: number },
): ResolveTimelineItem | null {
  where.pool.AppendToTimeline([
    {
      mediaPoolItem: poolItem,
      startFrame: range.sourceStart,
      endFrame: range.sourceEnd,
      mediaType: 2,
      trackIndex,
      recordFrame: range.start,
    },
  ]);
  const poolItemId = poolItem.GetUniqueId();
  return (
    (where.timeline.GetItemListInTrack('audio', trackIndex) ?? []).find(
      (item) => item.GetStart() === range.start && item.GetMediaPoolItem()?.GetUniqueId() === poolItemId,
    ) ?? null
  );
}
