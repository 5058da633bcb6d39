import { isVoiceRole, trackRoleOf, type TrackRoleChoices } from '../../domain/tracks/track-role';
import type { TimelineTrack } from '../../hosts/spec';

/**
 * The audio track to offer as the voice-over first: the first whose role is voice (the editor's
 * choice, else its name: "VO", "Dialogue", "Narration", "Voix off"…), else the first track.
 */
export function defaultVoiceTrackIndex(
  audioTracks: readonly Pick<TimelineTrack, 'index' | 'name'>[],
  roleChoices: TrackRoleChoices = {},
): number {
  return audioTracks.find((track) => isVoiceRole(trackRoleOf(track, roleChoices)))?.index ?? 0;
}
