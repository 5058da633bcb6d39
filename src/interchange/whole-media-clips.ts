import type { InterchangeClip, InterchangeTrack } from './timeline-model';

/**
 * The tracks as a format whose clips play every channel of their media (FCPXML, OTIO) must have
 * them: FCP7 XML splits a stereo file into a clip per channel on two tracks, and writing both
 * whole would play the file twice (+6 dB). A clip is left out when an earlier track already has
 * one of the same media, at the same place, length, in-point and speed, playing another channel.
 */
export function wholeMediaClips(tracks: readonly InterchangeTrack[]): InterchangeTrack[] {
  const written: InterchangeClip[] = [];
  return tracks.map((track) => {
    if (track.kind !== 'audio') return track;
    const clips = track.clips.filter((clip) => {
      const sibling = clip.sourceChannel != null && written.some((other) => isChannelSibling(other, clip));
      if (!sibling) written.push(clip);
      return !sibling;
    });
    return clips.length === track.clips.length ? track : { ...track, clips };
  });
}

function isChannelSibling(a: InterchangeClip, b: InterchangeClip): boolean {
  return (
    a.sourceChannel != null &&
    a.sourceChannel !== b.sourceChannel &&
    a.mediaPath != null &&
    a.mediaPath === b.mediaPath &&
    a.startSeconds === b.startSeconds &&
    a.endSeconds === b.endSeconds &&
    a.inPointSeconds === b.inPointSeconds &&
    a.speed === b.speed
  );
}
