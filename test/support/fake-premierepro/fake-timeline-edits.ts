import { defaultAudioComponents, type ClipItemState, type TrackItemState, type TrackState } from './fake-state';
import { FakeFrameRate } from './fake-tick-time';
import type { FakeTrackKind, FakeWorld } from './fake-world';

/**
 * Overwrite semantics: whatever lies under [startTicks, endTicks) on the track is removed, and clips
 * that reach into the span are trimmed (a clip spanning it is split in two). Nothing moves.
 */
function clearSpan(world: FakeWorld, track: TrackState, startTicks: number, endTicks: number): void {
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

/** A start time snapped to the sequence's nearest frame, as Premiere places clips (`starts-snap-to-frames`). */
function snapToFrame(world: FakeWorld, sequenceId: string, ticks: number): number {
  const ticksPerFrame = new FakeFrameRate(world.sequence(sequenceId).frameRate).ticksPerFrame;
  return Math.round(Math.round(ticks / ticksPerFrame) * ticksPerFrame);
}

/** The track at `index`; for an insert, an index at or past the track count appends one new track. */
function targetTrack(world: FakeWorld, sequenceId: string, kind: FakeTrackKind, index: number, mayCreate: boolean): TrackState {
  const tracks = world.tracks(sequenceId, kind);
  const existing = tracks[index];
  if (existing != null) return existing;
  if (!mayCreate) return world.track(sequenceId, kind, index);
  const created: TrackState = { name: `${kind === 'video' ? 'Video' : 'Audio'} ${tracks.length + 1}`, muted: false, items: [] };
  tracks.push(created);
  return created;
}

function placedItem(world: FakeWorld, source: ClipItemState, kind: FakeTrackKind, startTicks: number, linkGroup: number): TrackItemState {
  return {
    uid: world.newUid(),
    projectItemId: source.id,
    name: source.name,
    startTicks,
    endTicks: startTicks + source.durationTicks,
    inPointTicks: 0,
    speed: 1,
    disabled: false,
    linkGroup,
    components: kind === 'audio' ? defaultAudioComponents() : [],
  };
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
  const start = snapToFrame(world, sequenceId, startTicks);
  const linkGroup = world.newLinkGroup();
  const place = (kind: FakeTrackKind, index: number) => {
    const track = targetTrack(world, sequenceId, kind, index, false);
    clearSpan(world, track, start, start + source.durationTicks);
    track.items.push(placedItem(world, source, kind, start, linkGroup));
    track.items.sort((a, b) => a.startTicks - b.startTicks);
  };
  if (source.hasVideo) place('video', videoIndex);
  if (source.hasAudio) place('audio', audioIndex);
}

/** Opens a gap of `lengthTicks` at `atTicks`: later clips move right, a clip spanning the point is split. */
function rippleTrack(world: FakeWorld, track: TrackState, atTicks: number, lengthTicks: number): void {
  const moved: TrackItemState[] = [];
  for (const item of track.items) {
    if (item.endTicks <= atTicks) {
      moved.push(item);
    } else if (item.startTicks >= atTicks) {
      moved.push({ ...item, startTicks: item.startTicks + lengthTicks, endTicks: item.endTicks + lengthTicks });
    } else {
      moved.push({ ...item, endTicks: atTicks });
      const headTrimTicks = (atTicks - item.startTicks) * item.speed;
      const tail = structuredClone(item);
      moved.push({
        ...tail,
        uid: world.newUid(),
        startTicks: atTicks + lengthTicks,
        endTicks: item.endTicks + lengthTicks,
        inPointTicks: item.inPointTicks + headTrimTicks,
      });
    }
  }
  track.items = moved.sort((a, b) => a.startTicks - b.startTicks);
}

/**
 * An insert edit at `startTicks` on the target tracks (created when the index is the track count).
 * With `limitShift` only the target tracks ripple; without it every track of the sequence does.
 */
export function insertProjectItem(
  world: FakeWorld,
  sequenceId: string,
  projectItemId: string,
  startTicks: number,
  videoIndex: number,
  audioIndex: number,
  limitShift: boolean,
): void {
  const source = world.clipItem(projectItemId);
  const start = snapToFrame(world, sequenceId, startTicks);
  const linkGroup = world.newLinkGroup();
  const targets: TrackState[] = [];
  if (source.hasVideo) targets.push(targetTrack(world, sequenceId, 'video', videoIndex, true));
  if (source.hasAudio) targets.push(targetTrack(world, sequenceId, 'audio', audioIndex, true));
  const sequence = world.sequence(sequenceId);
  const rippled = limitShift ? targets : [...sequence.videoTracks, ...sequence.audioTracks];
  for (const track of rippled) rippleTrack(world, track, start, source.durationTicks);
  if (source.hasVideo) targets[0]!.items.push(placedItem(world, source, 'video', start, linkGroup));
  if (source.hasAudio) targets.at(-1)!.items.push(placedItem(world, source, 'audio', start, linkGroup));
  for (const track of targets) track.items.sort((a, b) => a.startTicks - b.startTicks);
}
