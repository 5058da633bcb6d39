import type { AudioClipTrackItem, AudioTrack, Sequence, VideoClipTrackItem, VideoTrack, premierepro } from '@adobe/premierepro';
import type { TimelineClip, TimelineTrack, TrackKind } from '../spec';
import { decodeClipId, encodeClipId } from './premiere-clip-id';
import type { ClipTicks } from './premiere-time';

type PremiereTrack = VideoTrack | AudioTrack;
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
  // eslint-disable-next-line @typescript-eslint/await-thenable -- the types say synchronous, Adobe's samples and some versions return a Promise
  return await track.getTrackItems(ppro.Constants.TrackItemType.CLIP, false);
}

/** Where a clip sits in the sequence and its media, tick-exact. */
export async function readClipTicks(item: PremiereTrackItem): Promise<ClipTicks> {
  const [start, inPoint, speed, reversed] = await Promise.all([item.getStartTime(), item.getInPoint(), item.getSpeed(), isReversed(item)]);
  return { start, inPoint, speed, reversed };
}

/**
 * A clip's project item and media file, or why its media cannot be read. Titles, graphics and
 * adjustment layers have no project item at all; nested sequences and merged clips have one without a
 * single file; offline media has a path that is not there (research Update 2026-12-06 item 4).
 * Nothing here throws: one such clip must not fail the read of the whole sequence.
 */
async function readClipSource(
  ppro: premierepro,
  item: PremiereTrackItem,
): Promise<Pick<TimelineClip, 'mediaPath' | 'projectItemId' | 'notAnalysable'>> {
  // Premiere refuses these calls for some kinds of item (adjustment layers, synthetic media): such a clip is reported as not analysable, with the reason, below.
  const projectItem = await item.getProjectItem().catch(() => null);
  if (projectItem == null) {
    const adjustment = await item.isAdjustmentLayer().catch(() => false);
    return {
      mediaPath: null,
      projectItemId: null,
      notAnalysable: adjustment ? 'an adjustment layer' : 'a title or graphic, with no media file',
    };
  }
  const projectItemId = projectItem.getId();
  const clip = ppro.ClipProjectItem.cast(projectItem);
  if (clip == null) return { mediaPath: null, projectItemId, notAnalysable: 'not a media clip' };
  const [mediaPath, isSequence, isMerged, isOffline] = await Promise.all([
    clip.getMediaFilePath().catch(() => ''),
    clip.isSequence().catch(() => false),
    clip.isMergedClip().catch(() => false),
    clip.isOffline().catch(() => false),
  ]);
  if (isSequence) return { mediaPath: null, projectItemId, notAnalysable: 'a nested sequence (analyse the clips inside it)' };
  if (isMerged) return { mediaPath: null, projectItemId, notAnalysable: 'a merged clip, which has no single media file' };
  if (mediaPath === '') return { mediaPath: null, projectItemId, notAnalysable: 'synthetic media with no file' };
  if (isOffline) return { mediaPath, projectItemId, notAnalysable: 'offline: its media file is missing (relink it in Premiere)' };
  return { mediaPath, projectItemId };
}

/** A clip as read, with whether it is in the Timeline selection (null when Premiere would not say). */
interface ReadClip {
  readonly clip: TimelineClip;
  readonly selected: boolean | null;
}

async function readTimelineClip(ppro: premierepro, item: PremiereTrackItem, kind: TrackKind, trackIndex: number): Promise<ReadClip> {
  const [name, source, start, end, inPoint, speed, reversed, disabled, selected] = await Promise.all([
    item.getName(),
    readClipSource(ppro, item),
    item.getStartTime(),
    item.getEndTime(),
    item.getInPoint(),
    item.getSpeed(),
    isReversed(item),
    item.isDisabled(),
    isSelected(item),
  ]);
  const clip: TimelineClip = {
    id: encodeClipId({ kind, trackIndex, startTicks: start.ticks }),
    trackKind: kind,
    trackIndex,
    name,
    ...source,
    startSeconds: start.seconds,
    endSeconds: end.seconds,
    inPointSeconds: inPoint.seconds,
    speed,
    ...(reversed ? { reversed } : {}),
    disabled,
  };
  return { clip, selected };
}

/**
 * `getIsSelected()` (audiocliptrackitem.md, videocliptrackitem.md, since 25.0) asks the item itself, so
 * a video and an audio clip at the same place are never confused (the items `Sequence.getSelection()`
 * returns do not say their kind). Null when this Premiere does not answer.
 */
async function isSelected(item: PremiereTrackItem): Promise<boolean | null> {
  // Documented since 25.0; a Premiere that lacks or refuses it leaves the selection unknown rather than failing the read.
  if (typeof item.getIsSelected !== 'function') return null;
  return item.getIsSelected().then(Boolean, () => null);
}

/** `isSpeedReversed()` is typed `Promise<number>` (26.3 `.d.ts`); a negative speed also means reversed. */
async function isReversed(item: PremiereTrackItem): Promise<boolean> {
  // A host that does not answer isSpeedReversed still reports a negative speed for a reversed clip.
  const [flag, speed] = await Promise.all([item.isSpeedReversed().catch(() => 0), item.getSpeed()]);
  return Boolean(flag) || speed < 0;
}

/** Every track of one kind with its clips sorted by start, and the ids of its selected clips (null when Premiere would not say). */
export async function readTimelineTracks(
  ppro: premierepro,
  sequence: Sequence,
  kind: TrackKind,
): Promise<{ readonly tracks: TimelineTrack[]; readonly selectedClipIds: string[] | null }> {
  const tracks = await readTracks(sequence, kind);
  const read = await Promise.all(
    tracks.map(async (track, index) => {
      const items = await readTrackItems(ppro, track);
      const clips = await Promise.all(items.map((item) => readTimelineClip(ppro, item, kind, index)));
      const timelineTrack: TimelineTrack = {
        kind,
        index,
        name: track.name,
        muted: await track.isMuted(),
        clips: clips.map((read) => read.clip).sort((a, b) => a.startSeconds - b.startSeconds),
      };
      return { timelineTrack, clips };
    }),
  );
  const clips = read.flatMap((track) => track.clips);
  return {
    tracks: read.map((track) => track.timelineTrack),
    selectedClipIds: clips.some((clip) => clip.selected == null)
      ? null
      : clips.filter((clip) => clip.selected === true).map((clip) => clip.clip.id),
  };
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

interface LocatedTrackItem {
  readonly item: PremiereTrackItem;
  readonly trackIndex: number;
  /** Where Premiere actually put it: a frame boundary near the time asked for. */
  readonly startTicks: string;
}

/**
 * The track item of a project item starting within `toleranceTicks` of `startTicks` — how a placement
 * is found again, since Premiere's edit actions return nothing and it snaps starts to frames (a public
 * plugin that ran on 26.3 matches within 0.05 s; ClipRelay allows half a frame). Prefers
 * `preferredTrackIndex`; otherwise the highest matching track (a new track is the last one).
 */
export async function findTrackItemOf(
  ppro: premierepro,
  sequence: Sequence,
  kind: TrackKind,
  projectItemId: string,
  startTicks: string,
  preferredTrackIndex: number,
  toleranceTicks: number,
): Promise<LocatedTrackItem | null> {
  const matches: Array<LocatedTrackItem & { readonly distance: number }> = [];
  const tracks = await readTracks(sequence, kind);
  const wanted = Number(startTicks);
  for (const [trackIndex, track] of tracks.entries()) {
    for (const item of await readTrackItems(ppro, track)) {
      // An item Premiere cannot describe has no project item, so it is not the one looked for.
      const [projectItem, start] = await Promise.all([item.getProjectItem().catch(() => null), item.getStartTime()]);
      const distance = Math.abs(start.ticksNumber - wanted);
      if (projectItem?.getId() === projectItemId && distance <= toleranceTicks)
        matches.push({ item, trackIndex, startTicks: start.ticks, distance });
    }
  }
  const closest = (candidates: typeof matches) =>
    candidates.reduce<(typeof matches)[number] | null>(
      (best, match) => (best == null || match.distance < best.distance ? match : best),
      null,
    );
  const onPreferred = closest(matches.filter((match) => match.trackIndex === preferredTrackIndex));
  const found =
    onPreferred ?? closest(matches.filter((match) => match.trackIndex === Math.max(...matches.map((candidate) => candidate.trackIndex))));
  return found == null ? null : { item: found.item, trackIndex: found.trackIndex, startTicks: found.startTicks };
}
