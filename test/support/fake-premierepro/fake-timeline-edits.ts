import { defaultAudioComponents, type TrackItemState, type TrackState } from './fake-state';
import type { FakeTrackKind, FakeWorld } from './fake-world';

/**
 * Overwrite semantics: whatever lies under [startTicks, endTicks) on the track is removed, and clips
 * that reach into the span are trimmed (a clip spanning it is split in two). Nothing moves.
 */
export function clearSpan(world: FakeWorld, track: TrackState, startTicks: number, endTicks: number): void {
  const kept: TrackItemState[] = [];
  for (const item of track.items) {
    if (item.endTicks <= startTicks || item.startTicks >= endTicks) {
      kept.push(item);
      continue;
    }
    if (item.startTicks < startTicks) kept.push({ ...item, endTicks: startTicks });
    if (item.endTicks > endTicks) {
      const headTrimTicks = (endTicks - item.startTicks) * item.speed;
      const tail = { ...structuredClone(item), uid: world.newUid(), startTicks: endTicks, inPointTicks: item.inPointTicks + headTrimTicks };
      if (world.options.keyframesRelativeToClipStart === true) {
        for (const param of tail.components.flatMap((component) => component.params)) {
          param.keyframes = param.keyframes.map((key) => ({ ...key, ticks: key.ticks - headTrimTicks }));
        }
      }
      kept.push(tail);
    }
  }
  track.items = kept;
}

/** The track at `index`; an index at or past the track count appends one new track, like Premiere. */
function targetTrack(world: FakeWorld, sequenceId: string, kind: FakeTrackKind, index: number): TrackState {
  const tracks = world.tracks(sequenceId, kind);
  const existing = tracks[index];
  if (existing != null) return existing;
  const created: TrackState = { name: `${kind === 'video' ? 'Video' : 'Audio'} ${tracks.length + 1}`, muted: false, items: [] };
  tracks.push(created);
  return created;
}

/** Places a project item's video and audio at `startTicks`, linked, overwriting what is there. */
export function overwriteProjectItem(
  world: FakeWorld,
  sequenceId: string,
  projectItemId: string,
  startTicks: number,
  videoIndex: number,
  audioIndex: number,
): void {
  const source = world.clipItem(projectItemId);
  const endTicks = startTicks + source.durationTicks;
  const linkGroup = world.newLinkGroup();
  const place = (kind: FakeTrackKind, index: number) => {
    const track = targetTrack(world, sequenceId, kind, index);
    clearSpan(world, track, startTicks, endTicks);
    track.items.push({
      uid: world.newUid(),
      projectItemId,
      name: source.name,
      startTicks,
      endTicks,
      inPointTicks: 0,
      speed: 1,
      disabled: false,
      linkGroup,
      components: kind === 'audio' ? defaultAudioComponents() : [],
    });
    track.items.sort((a, b) => a.startTicks - b.startTicks);
  };
  if (source.hasVideo) place('video', videoIndex);
  if (source.hasAudio) place('audio', audioIndex);
}
