import { mergeRanges, type TimeRange } from './time-range';

/** The parts of a track the planner needs; structurally compatible with the host's TimelineTrack. */
interface VoiceTrackLike {
  readonly muted: boolean;
  readonly clips: readonly { readonly startSeconds: number; readonly endSeconds: number; readonly disabled: boolean }[];
}

/**
 * Where the voice-over speaks, taken from clip extents: the union over every voice track, ignoring
 * muted tracks and disabled clips (an editor who muted them does not want them to duck anything).
 */
export function voiceRegionsFromClips(tracks: readonly VoiceTrackLike[]): TimeRange[] {
  const ranges = tracks
    .filter((track) => !track.muted)
    .flatMap((track) => track.clips.filter((clip) => !clip.disabled))
    .map((clip) => ({ startSeconds: clip.startSeconds, endSeconds: clip.endSeconds }));
  return mergeRanges(ranges);
}
