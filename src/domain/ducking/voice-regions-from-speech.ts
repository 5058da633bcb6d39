import { mediaRangeToSequence, type ClipTimeBase } from './clip-time-mapping';
import { mergeRanges, type TimeRange } from './time-range';

/** The parts of a voice track needed to place detected speech; structurally a host TimelineTrack. */
export interface SpeechVoiceTrackLike {
  readonly muted: boolean;
  readonly clips: readonly (ClipTimeBase & { readonly disabled: boolean; readonly mediaPath: string | null })[];
}

/**
 * Where the voice speaks in the sequence, from speech detected in each voice clip's media: every
 * region is mapped through the clip's in point, speed and position and clipped to the clip; the
 * union is taken over every voice track. Muted tracks and disabled clips are ignored (an editor
 * who silenced them does not want them to duck anything). A clip whose media has no entry in
 * `speechByMediaPath` (not analysable, or synthetic media) counts by its whole extent, as
 * `voiceRegionsFromClips` would: ducking too much is audible, ducking nothing under a line is worse.
 */
export function voiceRegionsFromSpeech(
  tracks: readonly SpeechVoiceTrackLike[],
  speechByMediaPath: ReadonlyMap<string, readonly TimeRange[]>,
): TimeRange[] {
  const regions: TimeRange[] = [];
  for (const track of tracks) {
    if (track.muted) continue;
    for (const clip of track.clips) {
      if (clip.disabled) continue;
      const speech = clip.mediaPath == null ? undefined : speechByMediaPath.get(clip.mediaPath);
      if (speech == null) {
        regions.push({ startSeconds: clip.startSeconds, endSeconds: clip.endSeconds });
        continue;
      }
      for (const range of speech) {
        const mapped = mediaRangeToSequence(clip, range);
        if (mapped != null) regions.push(mapped);
      }
    }
  }
  return mergeRanges(regions);
}
