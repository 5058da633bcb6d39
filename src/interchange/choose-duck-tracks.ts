import { isVoiceRole, trackRoleFromName, type TrackRole } from '../domain/tracks/track-role';
import { TrackChoiceError } from './interchange-error';
import type { InterchangeTrack } from './timeline-model';

/** Which audio tracks carry the voice and which are lowered under it. */
interface DuckTrackChoice {
  readonly voice: readonly InterchangeTrack[];
  readonly duck: readonly InterchangeTrack[];
}

/**
 * The role a track plays: its name first (as in the panel), then the FCPXML audio roles of its clips
 * ("dialogue" is voice, "music" music, "effects" effects).
 */
export function roleOfTrack(track: InterchangeTrack): TrackRole {
  const byName = trackRoleFromName(track.name);
  if (byName !== 'unknown') return byName;
  const roles = track.roles.map((role) => role.split('.')[0]!.toLowerCase());
  if (roles.length > 0 && roles.every((role) => role === 'dialogue')) return 'voice';
  if (roles.includes('music')) return 'music';
  if (roles.includes('effects')) return 'effects';
  return 'unknown';
}

/**
 * Finds the tracks an editor named: `A2` (audio tracks counted from 1), a track name, or a role
 * (`voice`, `music`, `dialogue`…). Unknown names are refused, listing the tracks that exist.
 */
function findTracks(audioTracks: readonly InterchangeTrack[], names: readonly string[], flag: string): InterchangeTrack[] {
  const found: InterchangeTrack[] = [];
  for (const name of names) {
    const matches = matchTrack(audioTracks, name);
    if (matches.length === 0) {
      const known = audioTracks.map((track) => `A${track.index + 1} "${track.name}"`).join(', ');
      throw new TrackChoiceError(`${flag} ${name} names no audio track; the timeline has ${known === '' ? 'none' : known}.`);
    }
    for (const track of matches) if (!found.includes(track)) found.push(track);
  }
  return found;
}

function matchTrack(tracks: readonly InterchangeTrack[], name: string): InterchangeTrack[] {
  const numbered = /^a(\d+)$/i.exec(name.trim());
  if (numbered != null) return tracks.filter((track) => track.index === Number(numbered[1]) - 1);
  const lower = name.trim().toLowerCase();
  const byName = tracks.filter((track) => track.name.toLowerCase() === lower);
  if (byName.length > 0) return byName;
  const role = lower === 'dialogue' || lower === 'vo' ? 'voice' : lower;
  return tracks.filter((track) => roleOfTrack(track) === role || track.roles.some((r) => r.toLowerCase().split('.')[0] === lower));
}

/**
 * The editor's choice, with defaults: voice = tracks whose name or role says voice/VO/dialogue;
 * duck = every other audio track, never a voice track (even one not picked as the voice).
 */
export function chooseDuckTracks(
  audioTracks: readonly InterchangeTrack[],
  voiceNames: readonly string[],
  duckNames: readonly string[],
): DuckTrackChoice {
  const voice =
    voiceNames.length > 0 ? findTracks(audioTracks, voiceNames, '--voice') : audioTracks.filter((t) => isVoiceRole(roleOfTrack(t)));
  if (voice.length === 0) {
    const known = audioTracks.map((t) => `A${t.index + 1} "${t.name}"`).join(', ');
    throw new TrackChoiceError(
      `No audio track is named or marked as voice; say which with --voice A1 (the timeline has ${known === '' ? 'none' : known}).`,
    );
  }
  if (duckNames.length === 0)
    return { voice, duck: audioTracks.filter((track) => !voice.includes(track) && !isVoiceRole(roleOfTrack(track))) };
  const named = findTracks(audioTracks, duckNames, '--duck');
  // Asked for by name, a voice track is refused out loud rather than left out in silence.
  const refused = named.filter((track) => voice.includes(track) || isVoiceRole(roleOfTrack(track)));
  if (refused.length > 0) {
    const names = refused.map((track) => `A${track.index + 1} "${track.name}"`).join(', ');
    throw new TrackChoiceError(
      `--duck names ${names}, ${refused.length === 1 ? 'a voice track' : 'voice tracks'} by ${refused.length === 1 ? 'its' : 'their'} name or role; ClipRelay never writes onto voice or dialogue. Name only the tracks to lower (or rename a track that is not voice).`,
    );
  }
  return { voice, duck: named };
}
