/** The parts of a track placement needs; structurally compatible with the host's TimelineTrack. */
export interface OccupiedTrack {
  readonly clips: readonly { readonly startSeconds: number; readonly endSeconds: number }[];
}

/**
 * Index of the first track with nothing in [startSeconds, endSeconds); `tracks.length` (a new track)
 * when every track is busy there. Touching edges are free: a clip may start where another ends.
 */
export function findFreeTrackIndex(tracks: readonly OccupiedTrack[], startSeconds: number, endSeconds: number): number {
  const epsilonSeconds = 1e-6;
  const index = tracks.findIndex((track) =>
    track.clips.every((clip) => clip.endSeconds <= startSeconds + epsilonSeconds || clip.startSeconds >= endSeconds - epsilonSeconds),
  );
  return index === -1 ? tracks.length : index;
}
