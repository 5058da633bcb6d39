import { trackRoleFromClipTypes, type AudioClipType } from './audio-clip-type';
import { foldTrackName, lexiconNamesRole } from './track-role-lexicon';

/**
 * What an audio track carries, in the words of Premiere's Essential Sound panel (Dialogue, Music, SFX,
 * Ambience) plus the clips ClipRelay generated. Placement never puts generated audio on a voice track,
 * and ducking lowers the roles the editor chose under the voice.
 */
export type TrackRole = 'voice' | 'music' | 'effects' | 'ambience' | 'generated' | 'unknown';

/**
 * English names editors actually give tracks (abbreviations and stems included); the other four languages are
 * in track-role-lexicon.ts. Tested against tables of real-world names in test/domain/track-role.test.ts and
 * test/domain/tracks/; `unknown` is the honest answer for "Audio 1". Checked in this order, so "Music voice" is voice.
 */
const ENGLISH_ROLE_PATTERNS: readonly (readonly [TrackRole, RegExp])[] = [
  ['generated', /cliprelay|generated|\bai\b|\bgen\b/i],
  ['voice', /voice|\bv\.?o\b|\bvox\b|dialog|\bdia\b|\bdx\b|narrat|interview|speech|presenter|host mic|\blav\b|\bboom\b|locucion/i],
  ['music', /music|\bmx\b|score|song|\bbed\b/i],
  ['effects', /\bsfx\b|\bfx\b|effects?|foley|\bsound design\b/i],
  ['ambience', /ambi|\bamb\b|room ?tone|atmos|\bbg\b|background/i],
];

/** The role a track's name suggests in any of the five languages (case and diacritics ignored), or `unknown`. */
export function trackRoleFromName(name: string): TrackRole {
  const folded = foldTrackName(name);
  return ENGLISH_ROLE_PATTERNS.find(([role, pattern]) => pattern.test(folded) || lexiconNamesRole(folded, role))?.[0] ?? 'unknown';
}

/** Roles the editor set by hand, by audio track index; they win over names. Remembered per sequence by the caller. */
export type TrackRoleChoices = Readonly<Record<number, TrackRole>>;

/** A track as the classifier reads it: its clips' Essential Sound types count where the host reads them. */
interface ClassifiedTrack {
  readonly index: number;
  readonly name: string;
  readonly clips?: readonly { readonly audioClipType?: AudioClipType }[];
}

/** What ClipRelay would call a track by itself: its clips' Essential Sound types where the host reads them, else its name. */
export function automaticTrackRole(track: Omit<ClassifiedTrack, 'index'>): TrackRole {
  return trackRoleFromClipTypes(track.clips ?? []) ?? trackRoleFromName(track.name);
}

/**
 * A track's role: the editor's choice when there is one, else the type its clips carry in Essential Sound
 * (where the host can read it), else what its name suggests.
 */
export function trackRoleOf(track: ClassifiedTrack, choices: TrackRoleChoices = {}): TrackRole {
  return choices[track.index] ?? automaticTrackRole(track);
}

/** Voice and dialogue tracks: ClipRelay never writes there (no placement, no gain change). */
export function isVoiceRole(role: TrackRole): boolean {
  return role === 'voice';
}
