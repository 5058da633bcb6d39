import type { ProjectItem, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import type { TrackKind } from '../spec';
import { TrackOccupiedError } from '../spec';
import { readTrackItems, readTracks } from './premiere-track-items';

/**
 * The media length of a clip project item: what an overwrite edit places when the item has no In/Out
 * of its own (ClipRelay imports fresh items). `Media.duration` is typed as a TickTime but is a Promise
 * until Premiere 26.5 (changelog 26.5, "Deprecations"), so it is awaited either way. Null for bins and
 * other items without media.
 */
export async function mediaDurationOf(ppro: premierepro, item: ProjectItem): Promise<TickTime | null> {
  const clip = ppro.ClipProjectItem.cast(item);
  if (clip == null) return null;
  const media = await clip.getMedia();
  return media == null ? null : await Promise.resolve(media.duration);
}

/**
 * Throws TrackOccupiedError when any clip on the track overlaps [start, end). Clips that only touch
 * the span's edges are fine; an index at or past the track count is a new, empty track.
 */
export async function assertSpanFree(
  ppro: premierepro,
  sequence: Sequence,
  kind: TrackKind,
  trackIndex: number,
  start: TickTime,
  end: TickTime,
  operation: string,
): Promise<void> {
  const tracks = await readTracks(sequence, kind);
  const track = tracks[trackIndex];
  if (track == null) return;
  for (const item of await readTrackItems(ppro, track)) {
    const [itemStart, itemEnd] = await Promise.all([item.getStartTime(), item.getEndTime()]);
    if (itemEnd.ticksNumber > start.ticksNumber && itemStart.ticksNumber < end.ticksNumber) {
      throw new TrackOccupiedError(operation, kind, trackIndex, await item.getName());
    }
  }
}
