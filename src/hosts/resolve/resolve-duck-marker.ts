import type { ResolveTimelineItem } from './resolve-api';

/**
 * What ClipRelay remembers on each audio segment it laid for a duck, in the segment's marker custom data
 * (invisible in Resolve's UI): the group the segment belongs to and the clip as it was before any duck,
 * so a re-duck replaces ClipRelay's own segments and relates every level to the clip's own.
 */
export interface DuckGroupRecord {
  readonly group: string;
  /** The clip's own level before ClipRelay's first duck. */
  readonly baseLevelDb: number;
  readonly baseFadeIn: number;
  readonly baseFadeOut: number;
}

const PREFIX = 'cliprelay-duck:';

export function duckRecordOf(item: ResolveTimelineItem): DuckGroupRecord | null {
  for (const marker of Object.values(item.GetMarkers())) {
    if (!marker.customData.startsWith(PREFIX)) continue;
    try {
      const record = JSON.parse(marker.customData.slice(PREFIX.length)) as DuckGroupRecord;
      if (typeof record.group === 'string' && typeof record.baseLevelDb === 'number') return record;
    } catch {
      return null;
    }
  }
  return null;
}

export function markSegment(item: ResolveTimelineItem, record: DuckGroupRecord): boolean {
  return item.AddMarker(
    0,
    'Sand',
    'ClipRelay duck',
    'A step of a ClipRelay duck; Duck again replaces it',
    1,
    PREFIX + JSON.stringify(record),
  );
}
