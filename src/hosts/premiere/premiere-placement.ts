import type { ProjectItem, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import type { HostOperation, TrackKind } from '../spec';
import { TrackOccupiedError } from '../spec';
import { readTrackItems, readTracks } from './premiere-track-items';

/** `Media` as Premiere 26.5 types it: `getDuration()` replaces the deprecated `duration` property. */
interface MediaWithGetDuration {
  readonly getDuration?: () => Promise<TickTime>;
}

/**
 * The media length of a clip project item: what an edit places when the item has no In/Out of its own
 * (ClipRelay imports fresh items). `getDuration()` where it exists (26.5; Adobe's samples switched to
 * it); before that `Media.duration`, typed as a TickTime but a Promise until 26.5 (changelog 26.5,
 * "Deprecations"), so it is awaited either way. Null for bins and other items without media.
 */
export async function mediaDurationOf(ppro: premierepro, item: ProjectItem): Promise<TickTime | null> {
  const clip = ppro.ClipProjectItem.cast(item);
  if (clip == null) return null;
  const media = await clip.getMedia();
  if (media == null) return null;
  const { getDuration } = media as unknown as MediaWithGetDuration;
  if (typeof getDuration === 'function') return await getDuration.call(media);
  return await Promise.resolve(media.duration);
}

/** Which edit places a clip: overwrite on existing tracks, or an insert that creates tracks. */
type PlacementEdit =
  | { readonly kind: 'overwrite'; readonly videoTrackIndex: number; readonly audioTrackIndex: number }
  | { readonly kind: 'insert-on-new-tracks'; readonly videoTrackIndex: number; readonly audioTrackIndex: number };

/** True when a clip on the track ends after `at`: an insert there would split or push it. */
async function hasClipAfter(ppro: premierepro, sequence: Sequence, kind: TrackKind, trackIndex: number, at: TickTime): Promise<boolean> {
  const track = (await readTracks(sequence, kind))[trackIndex];
  if (track == null) return false;
  for (const item of await readTrackItems(ppro, track)) {
    if ((await item.getEndTime()).ticksNumber > at.ticksNumber) return true;
  }
  return false;
}

/**
 * Only `createInsertProjectItemAction` is documented to create a track ("If you pass a track index
 * greater than the number of existing tracks, a new track will be created", sequenceeditor.md); the
 * overwrite action is not. An insert pushes later clips on its target tracks right, and with
 * `limitShift` only those ("don't shift non-input track", Adobe sample sequenceEditor.ts). So when a
 * new track is needed, the insert must shift nothing: the other target track is kept only when no
 * clip on it ends after `at`; otherwise it becomes a new track too.
 */
export async function choosePlacementEdit(
  ppro: premierepro,
  sequence: Sequence,
  at: TickTime,
  videoTrackIndex: number,
  audioTrackIndex: number,
): Promise<PlacementEdit> {
  const [videoCount, audioCount] = await Promise.all([sequence.getVideoTrackCount(), sequence.getAudioTrackCount()]);
  const newVideo = videoTrackIndex >= videoCount;
  const newAudio = audioTrackIndex >= audioCount;
  if (!newVideo && !newAudio) return { kind: 'overwrite', videoTrackIndex, audioTrackIndex };
  const video = newVideo || (await hasClipAfter(ppro, sequence, 'video', videoTrackIndex, at)) ? videoCount : videoTrackIndex;
  const audio = newAudio || (await hasClipAfter(ppro, sequence, 'audio', audioTrackIndex, at)) ? audioCount : audioTrackIndex;
  return { kind: 'insert-on-new-tracks', videoTrackIndex: video, audioTrackIndex: audio };
}

/** Where every clip starting at or after `at` sits, per track: to prove an insert moved none of them. */
export async function clipStartsFrom(ppro: premierepro, sequence: Sequence, at: TickTime): Promise<string[]> {
  const starts: string[] = [];
  for (const kind of ['video', 'audio'] as const) {
    for (const [index, track] of (await readTracks(sequence, kind)).entries()) {
      for (const item of await readTrackItems(ppro, track)) {
        const start = await item.getStartTime();
        if (start.ticksNumber >= at.ticksNumber) starts.push(`${kind}:${index}:${start.ticks}`);
      }
    }
  }
  return starts.sort();
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
  operation: HostOperation,
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
