import type { TimelineTrack } from '../../hosts/spec';

/** Track names editors give the voice-over: "VO", "Voice", "Dialogue", "Narration", "Interview". */
const VOICE_TRACK_NAME = /voice|\bvo\b|dialog|narrat|interview/i;

/** The audio track to offer as the voice-over first: the first named like one, else the first track. */
export function defaultVoiceTrackIndex(audioTracks: readonly Pick<TimelineTrack, 'index' | 'name'>[]): number {
  return audioTracks.find((track) => VOICE_TRACK_NAME.test(track.name))?.index ?? 0;
}
