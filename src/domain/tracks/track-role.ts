import { trackRoleFromClipTypes, type AudioClipType } from './audio-clip-type';

/**
 * What an audio track carries, in the words of Premiere's Essential Sound panel (Dialogue, Music, SFX,
 * Ambience) plus the clips ClipRelay generated. Placement never puts generated audio on a voice track,
 * and ducking lowers the roles the editor chose under the voice.
 */
export type TrackRole = 'voice' | 'music' | 'effects' | 'ambience' | 'generated' | 'unknown';

/**
 * Names editors actually give tracks, in English and the panel's other languages. Tested against a
 * table of real-world names in test/domain/track-role.test.ts; `unknown` is the honest answer for
 * "Audio 1".
 */
const ROLE_BY_NAME: readonly (readonly [TrackRole, RegExp])[] = [
  ['generated', /cliprelay|generated|\bai\b|\bgen\b/i],
  [
    'voice',
    /voice|\bv\.?o\b|\bvox\b|dialog|\bdia\b|\bdx\b|narrat|interview|speech|presenter|host mic|\blav\b|\bboom\b|voix|locuci[oó]|\bveu\b|lektor|\bg[lł]os\b|旁白|配音|对白/i,
  ],
  ['music', /music|\bmx\b|score|song|\bbed\b|musique|m[uú]sica|muzyka|音乐/i],
  ['effects', /\bsfx\b|\bfx\b|effects?|foley|\bsound design\b|bruitage|efectes|efekty|音效/i],
  ['ambience', /ambi|\bamb\b|room ?tone|atmos|\bbg\b|background|ambiance|ambient|\bt[lł]o\b|环境/i],
];

/** The role a track's name suggests, or `unknown`. */
export function trackRoleFromName(name: string): TrackRole {
  return ROLE_BY_NAME.find(([, pattern]) => pattern.test(name))?.[0] ?? 'unknown';
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
