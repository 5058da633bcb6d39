import type { InterchangeTrack } from './timeline-model';

/**
 * The tracks as a format whose clips play every channel of their media (FCPXML, OTIO) must have
 * them: FCP7 XML splits a stereo file into a clip per channel on two tracks, and writing both
 * whole would play the file twice (+6 dB). A clip is left out when an earlier track already has
 * one of the same media, at the same place, length, in-point and speed, playing another channel.
 */
export function wholeMediaClips(tracks: readonly InterchangeTrack[]): InterchangeTrack[] {
  // Channels written so far per media and placement: one look-up per clip, however long the timeline.
  const channelsAt = new Map<string, Set<number>>();
  return tracks.map((track) => {
    if (track.kind !== 'audio') return track;
    const clips = track.clips.filter((clip) => {
      if (clip.sourceChannel == null || clip.mediaPath == null) return true;
      const key = JSON.stringify([clip.mediaPath, clip.startSeconds, clip.endSeconds, clip.inPointSeconds, clip.speed]);
      const written = channelsAt.get(key) ?? new Set<number>();
      channelsAt.set(key, written);
      const sibling = [...written].some((channel) => channel !== clip.sourceChannel);
      written.add(clip.sourceChannel);
      return !sibling;
    });
    return clips.length === track.clips.length ? track : { ...track, clips };
  });
}
