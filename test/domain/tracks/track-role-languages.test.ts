import { describe, expect, it } from 'vitest';
import { foldTrackName, TRACK_ROLE_LEXICON, type LexiconLanguage } from '../../../src/domain/tracks/track-role-lexicon';
import { trackRoleFromName, trackRoleOf, type TrackRole } from '../../../src/domain/tracks/track-role';

/** Names as editors type them in each language: capitals, accents, numbers and separators included. */
const NAMED: Readonly<Record<LexiconLanguage, readonly (readonly [name: string, role: TrackRole])[]>> = {
  fr: [
    ['Voix off', 'voice'],
    ['VOIX-OFF 2', 'voice'],
    ['Dialogue', 'voice'],
    ['Dialogues_FR', 'voice'],
    ['Narratrice', 'voice'],
    ['Musique', 'music'],
    ['Musique 1', 'music'],
    ['Effets', 'effects'],
    ['Effets sonores', 'effects'],
    ['Bruitages', 'effects'],
    ['Ambiance', 'ambience'],
    ['Ambiances ville', 'ambience'],
  ],
  ca: [
    ['Veu en off', 'voice'],
    ['VEU', 'voice'],
    ['Diàleg', 'voice'],
    ['Dialeg 2', 'voice'],
    ['Locució', 'voice'],
    ['Música', 'music'],
    ['Banda sonora', 'music'],
    ['Efectes', 'effects'],
    ['Efectes sonors', 'effects'],
    ['Ambient', 'ambience'],
    ['Ambientació', 'ambience'],
  ],
  pl: [
    ['Lektor', 'voice'],
    ['LEKTORA', 'voice'],
    ['Głos', 'voice'],
    ['Glos 1', 'voice'],
    ['Dialogi', 'voice'],
    ['Muzyka', 'music'],
    ['Podkład muzyczny', 'music'],
    ['Efekty', 'effects'],
    ['Efekty dźwiękowe', 'effects'],
    ['Tło', 'ambience'],
    ['Atmosfera', 'ambience'],
    ['Ambient', 'ambience'],
    ['Dźwięki otoczenia', 'ambience'],
  ],
  'zh-Hans': [
    ['旁白', 'voice'],
    ['旁白 1', 'voice'],
    ['对白', 'voice'],
    ['中文配音', 'voice'],
    ['音乐', 'music'],
    ['背景音乐', 'music'],
    ['音效', 'effects'],
    ['拟音 2', 'effects'],
    ['环境', 'ambience'],
    ['环境声', 'ambience'],
    ['氛围', 'ambience'],
  ],
};

describe.each(Object.keys(NAMED) as LexiconLanguage[])('track names in %s', (language) => {
  it.each(NAMED[language])('"%s" is %s', (name, role) => {
    expect(trackRoleFromName(name)).toBe(role);
  });

  it.each(Object.entries(TRACK_ROLE_LEXICON[language]).flatMap(([role, words]) => words.map((word) => [word, role] as const)))(
    'every listed word: "%s" is %s, in capitals too',
    (word, role) => {
      expect(trackRoleFromName(word)).toBe(role);
      expect(trackRoleFromName(word.toUpperCase())).toBe(role);
    },
  );
});

describe('negatives: one role is not read as another, and words are whole in Latin scripts', () => {
  it.each([
    ['Musique', 'music'],
    ['Música', 'music'],
    ['Muzyka', 'music'],
    ['音乐', 'music'],
    ['Ambiance', 'ambience'],
    ['Efekty', 'effects'],
    ['Voix off', 'voice'],
  ] as const)('"%s" is %s, nothing else', (name, role) => {
    expect(trackRoleFromName(name)).toBe(role);
  });

  it.each(['Veure', 'Glosa', 'Tlok', 'Vieux', 'Effetto', 'Efektywny', 'Lektorium', 'Audio 3', 'Piste 2', 'Pista 4', 'Ścieżka 5', '音频 1'])(
    '"%s" is unknown',
    (name) => {
      expect(trackRoleFromName(name)).toBe('unknown');
    },
  );
});

describe('foldTrackName', () => {
  it('drops case and diacritics, including letters Unicode does not decompose', () => {
    expect(foldTrackName('Diàleg ŁĄKA Œuvre')).toBe('dialeg laka oeuvre');
    expect(foldTrackName('ＶＯＩＸ')).toBe('voix');
  });
});

describe('the editor’s choice still wins in every language', () => {
  it.each([
    ['Musique', 'voice'],
    ['Lektor', 'music'],
    ['旁白', 'effects'],
  ] as const)('"%s" chosen as %s', (name, chosen) => {
    expect(trackRoleOf({ index: 0, name }, { 0: chosen })).toBe(chosen);
  });
});
