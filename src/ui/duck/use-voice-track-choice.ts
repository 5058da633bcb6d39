import { useState } from 'react';
import type { TrackRoleChoices } from '../../domain/tracks/track-role';
import type { TimelineTrack } from '../../hosts/spec';
import { defaultVoiceTrackIndex } from './voice-track';

/**
 * The voice-over track's index: chosen by role from the first tracks read, then whatever the
 * editor picks; later reads never move it. Null until tracks have been read.
 */
export function useVoiceTrackChoice(audioTracks: readonly TimelineTrack[] | undefined, roleChoices: TrackRoleChoices = {}) {
  const [voiceIndex, setVoiceIndex] = useState<number | null>(null);
  // Set during render (not in an effect) so the default is there in the same commit as the tracks.
  if (voiceIndex == null && audioTracks != null) setVoiceIndex(defaultVoiceTrackIndex(audioTracks, roleChoices));
  return [voiceIndex, setVoiceIndex] as const;
}
