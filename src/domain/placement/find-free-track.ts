/** The parts of a track placement needs; structurally compatible with the host's TimelineTrack. */
interface OccupiedTrack {
  readonly clips: readonly { readonly startSeconds: number; readonly endSeconds: number }[];
}

/**
 * Index of the first eligible track with nothing in [startSeconds, endSeconds); `tracks.length` (a new
 * track) when every eligible track is busy there. Touching edges are free: a clip may start where another
 * ends. `eligible` keeps tracks out whatever they hold (e.g. the voice-over).
 */
export function findFreeTrackIndex<Track extends OccupiedTrack>(
  tracks: readonly Track[],
  startSeconds: number,
  endSeconds: number,
  eligible: (track: Track, index: number) => boolean = () => true,
): number {
  const epsilonSeconds = 1e-6;
  const index = tracks.findIndex(
    (track, trackIndex) =>
      eligible(track, trackIndex) &&
      track.clips.every((clip) => clip.endSeconds <= startSeconds + epsilonSeconds || clip.startSeconds >= endSeconds - epsilonSeconds),
  );
  return index === -1 ? tracks.length : index;
}
