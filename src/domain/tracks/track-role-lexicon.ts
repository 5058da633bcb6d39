import type { TrackRole } from './track-role';

/** The languages whose track names ClipRelay reads (the panel's five). English lives in track-role.ts's patterns. */
export type LexiconLanguage = 'fr' | 'ca' | 'pl' | 'zh-Hans';

/**
 * Words editors put in track names, per language and role, written folded (lower case, no diacritics, `ł` → `l`):
 * names are folded the same way before matching, so "VOIX OFF", "Diàleg" and "Głos" match. Latin words match whole
 * words only (so "Effets" is not inside another word); Chinese has no spaces, so its words match anywhere in a name.
 * Inflected forms are listed where editors use them ("Lektora", "Dialogi", "Muzyki").
 */
export const TRACK_ROLE_LEXICON: Readonly<Record<LexiconLanguage, Readonly<Partial<Record<TrackRole, readonly string[]>>>>> = {
  fr: {
    voice: [
      'voix',
      'voix off',
      'voix-off',
      'dialogue',
      'dialogues',
      'narration',
      'narrateur',
      'narratrice',
      'commentaire',
      'entretien',
      'doublage',
    ],
    music: ['musique', 'musiques', 'musical', 'partition'],
    effects: ['effet', 'effets', 'effets sonores', 'bruitage', 'bruitages'],
    ambience: ['ambiance', 'ambiances', 'ambiant', 'son seuil'],
  },
  ca: {
    voice: [
      'veu',
      'veus',
      'veu en off',
      'dialeg',
      'dialegs',
      'locucio',
      'locutor',
      'locutora',
      'narracio',
      'narrador',
      'narradora',
      'entrevista',
    ],
    music: ['musica', 'musiques', 'banda sonora'],
    effects: ['efecte', 'efectes', 'efectes sonors'],
    ambience: ['ambient', 'ambients', 'ambientacio', 'so ambient'],
  },
  pl: {
    voice: ['lektor', 'lektora', 'lektorka', 'glos', 'glosy', 'dialog', 'dialogi', 'narracja', 'narrator', 'wywiad', 'komentarz'],
    music: ['muzyka', 'muzyki', 'muzyczny', 'podklad', 'podklad muzyczny'],
    effects: ['efekt', 'efekty', 'efekty dzwiekowe', 'efekty specjalne'],
    ambience: ['atmosfera', 'tlo', 'ambient', 'otoczenie', 'otoczenia'],
  },
  'zh-Hans': {
    voice: ['旁白', '配音', '对白', '对话', '人声', '解说', '采访', '语音'],
    music: ['音乐', '配乐', '背景音乐'],
    effects: ['音效', '效果', '拟音'],
    ambience: ['环境', '环境声', '环境音', '氛围', '背景声', '背景音'],
  },
};

/** Letters with no Unicode decomposition that editors type anyway. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** A name as the lexicon is written: compatibility forms unified (full-width "ＶＯ"), lower case, no diacritics. */
export function foldTrackName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœ]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

const HAN = /\p{Script=Han}/u;
const escapeForPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_\\-–—.]+');

/** One matcher per role over every language: whole words for Latin scripts, substrings for Chinese. */
function matcherFor(role: TrackRole): (folded: string) => boolean {
  const words = Object.values(TRACK_ROLE_LEXICON).flatMap((byRole) => byRole[role] ?? []);
  const hanWords = words.filter((word) => HAN.test(word));
  const latinWords = words.filter((word) => !HAN.test(word));
  const latin =
    latinWords.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${latinWords.map(escapeForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (folded) => hanWords.some((word) => folded.includes(word)) || (latin?.test(folded) ?? false);
}

const MATCHERS = new Map<TrackRole, (folded: string) => boolean>(
  (['voice', 'music', 'effects', 'ambience'] as const).map((role) => [role, matcherFor(role)]),
);

/** Whether a folded name carries one of `role`'s words in any of the lexicon's languages. */
export function lexiconNamesRole(folded: string, role: TrackRole): boolean {
  return MATCHERS.get(role)?.(folded) ?? false;
}
