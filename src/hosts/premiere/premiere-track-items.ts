import type { AudioClipTrackItem, AudioTrack, Sequence, VideoClipTrackItem, VideoTrack, premierepro } from '@adobe/premierepro';
import type { TimelineClip, TimelineTrack, TrackKind } from '../spec';
import { decodeClipId, encodeClipId } from './premiere-clip-id';
import { mediaPathOf } from './premiere-media-path';
import type { ClipTicks } from './premiere-time';

export type PremiereTrack = VideoTrack | AudioTrack;
export type PremiereTrackItem = VideoClipTrackItem | AudioClipTrackItem;

/** Every track of one kind, in index order (V1/A1 first). */
export async function readTracks(sequence: Sequence, kind: TrackKind): Promise<PremiereTrack[]> {
  const count = kind === 'video' ? await sequence.getVideoTrackCount() : await sequence.getAudioTrackCount();
  return Promise.all(
    Array.from({ length: count }, (_, index) => (kind === 'video' ? sequence.getVideoTrack(index) : sequence.getAudioTrack(index))),
  );
}

/** The clips on a track (no gaps, no transitions). */
export async function readTrackItems(ppro: premierepro, track: AudioTrack): Promise<AudioClipTrackItem[]>;
export async function readTrackItems(ppro: premierepro, track: PremiereTrack): Promise<PremiereTrackItem[]>;
export async function readTrackItems(ppro: premierepro, track: PremiereTrack): Promise<PremiereTrackItem[]> {
  // Typed as synchronous, but Adobe's samples await it; awaiting is harmless either way.
  return await track.getTrackItems(ppro.Constants.TrackItemType.CLIP, false);
}

/** Where a clip sits in the sequence and its media, tick-exact. */
export async function readClipTicks(item: PremiereTrackItem): Promise<ClipTicks> {
  const [start, inPoint, speed] = await Promise.all([item.getStartTime(), item.getInPoint(), item.getSpeed()]);
  return { start, inPoint, speed };
}

async function readTimelineClip(ppro: premierepro, item: PremiereTrackItem, kind: TrackKind, trackIndex: number): Promise<TimelineClip> {
  const [name, projectItem, start, end, inPoint, speed, disabled] = await Promise.all([
    item.getName(),
    item.getProjectItem(),
    item.getStartTime(),
    item.getEndTime(),
    item.getInPoint(),
    item.getSpeed(),
    item.isDisabled(),
  ]);
  return {
    id: encodeClipId({ kind, trackIndex, startTicks: start.ticks }),
    trackKind: kind,
    trackIndex,
    name,
    mediaPath: await mediaPathOf(ppro, projectItem),
    projectItemId: projectItem.getId(),
    startSeconds: start.seconds,
    endSeconds: end.seconds,
    inPointSeconds: inPoint.seconds,
    speed,
    disabled,
  };
}

/** A snapshot of every track of one kind with its clips, sorted by start. */
export async function readTimelineTracks(ppro: premierepro, sequence: Sequence, kind: TrackKind): Promise<TimelineTrack[]> {
  const tracks = await readTracks(sequence, kind);
  return Promise.all(
    tracks.map(async (track, index): Promise<TimelineTrack> => {
      const items = await readTrackItems(ppro, track);
      const clips = await Promise.all(items.map((item) => readTimelineClip(ppro, item, kind, index)));
      return {
        kind,
        index,
        name: track.name,
        muted: await track.isMuted(),
        clips: clips.sort((a, b) => a.startSeconds - b.startSeconds),
      };
    }),
  );
}

/** The audio track item a clip id names, or null when the id is not an audio clip on this timeline. */
export async function findAudioTrackItem(ppro: premierepro, sequence: Sequence, clipId: string): Promise<AudioClipTrackItem | null> {
  const address = decodeClipId(clipId);
  if (address == null || address.kind !== 'audio') return null;
  if (address.trackIndex >= (await sequence.getAudioTrackCount())) return null;
  const track = await sequence.getAudioTrack(address.trackIndex);
  for (const item of await readTrackItems(ppro, track)) {
    if ((await item.getStartTime()).ticks === address.startTicks) return item;
  }
  return null;
}

export interface LocatedTrackItem {
  readonly item: PremiereTrackItem;
  readonly trackIndex: number;
}

/**
 * The track item of a project item starting at `startTicks` — how a placement is found again, since
 * Premiere's edit actions return nothing. Prefers `preferredTrackIndex`; otherwise the highest
 * matching track (a placement on index = count lands on the new last track).
 */
export async function findTrackItemOf(
  ppro: premierepro,
  sequence: Sequence,
  kind: TrackKind,
  projectItemId: string,
  startTicks: string,
  preferredTrackIndex: number,
): Promise<LocatedTrackItem | null> {
  const matches: LocatedTrackItem[] = [];
  const tracks = await readTracks(sequence, kind);
  for (const [trackIndex, track] of tracks.entries()) {
    for (const item of await readTrackItems(ppro, track)) {
      const [projectItem, start] = await Promise.all([item.getProjectItem(), item.getStartTime()]);
      if (projectItem.getId() === projectItemId && start.ticks === startTicks) matches.push({ item, trackIndex });
    }
  }
  return matches.find((match) => match.trackIndex === preferredTrackIndex) ?? matches.at(-1) ?? null;
}
