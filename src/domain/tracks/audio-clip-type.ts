import type { TrackRole } from './track-role';

/**
 * What Essential Sound calls an audio clip's type (its Dialogue, Music, SFX and Ambience buttons). A host
 * that can read it puts it on the clip; Premiere's UXP API does not expose it as of 26.3 (docs/architecture.md).
 */
export type AudioClipType = 'dialogue' | 'music' | 'sfx' | 'ambience';

const ROLE_OF_CLIP_TYPE: Readonly<Record<AudioClipType, TrackRole>> = {
  dialogue: 'voice',
  music: 'music',
  sfx: 'effects',
  ambience: 'ambience',
};

/**
 * The role a track's typed clips agree on: the type most of them carry, or null when none is typed or
 * two types tie (a track mixing music and effects in equal parts says nothing for sure).
 */
export function trackRoleFromClipTypes(clips: readonly { readonly audioClipType?: AudioClipType }[]): TrackRole | null {
  const counts = new Map<AudioClipType, number>();
  for (const { audioClipType } of clips) if (audioClipType != null) counts.set(audioClipType, (counts.get(audioClipType) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first == null || (second != null && second[1] === first[1])) return null;
  return ROLE_OF_CLIP_TYPE[first[0]];
}
