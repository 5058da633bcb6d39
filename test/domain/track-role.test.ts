import { describe, expect, it } from 'vitest';
import { trackRoleFromClipTypes, type AudioClipType } from '../../src/domain/tracks/audio-clip-type';
import { automaticTrackRole, trackRoleFromName, trackRoleOf, type TrackRole } from '../../src/domain/tracks/track-role';

/** Track names seen in editors' templates and exported project files, and what they carry. */
const NAMED: [name: string, role: TrackRole][] = [
  ['VO', 'voice'],
  ['V.O.', 'voice'],
  ['Voice Over', 'voice'],
  ['Dialogue', 'voice'],
  ['DX 1', 'voice'],
  ['DIA', 'voice'],
  ['Narration', 'voice'],
  ['Interview - Lav', 'voice'],
  ['Boom', 'voice'],
  ['Voix off', 'voice'],
  ['Locución', 'voice'],
  ['Lektor', 'voice'],
  ['旁白', 'voice'],
  ['Music', 'music'],
  ['MX', 'music'],
  ['Score stems', 'music'],
  ['Music bed', 'music'],
  ['Musique', 'music'],
  ['SFX', 'effects'],
  ['FX 2', 'effects'],
  ['Foley', 'effects'],
  ['Ambience', 'ambience'],
  ['Room tone', 'ambience'],
  ['Atmos', 'ambience'],
  ['BG', 'ambience'],
  ['ClipRelay generated', 'generated'],
  ['AI', 'generated'],
  ['Audio 1', 'unknown'],
  ['A3', 'unknown'],
  ['', 'unknown'],
];

describe('track roles', () => {
  it.each(NAMED)('names "%s" as %s', (name, role) => {
    expect(trackRoleFromName(name)).toBe(role);
  });

  it('lets the editor override what the name says', () => {
    expect(trackRoleOf({ index: 2, name: 'Audio 3' }, { 2: 'voice' })).toBe('voice');
    expect(trackRoleOf({ index: 2, name: 'VO' }, { 2: 'music' })).toBe('music');
    expect(trackRoleOf({ index: 1, name: 'VO' }, { 2: 'music' })).toBe('voice');
  });
});

describe('Essential Sound clip types, where the host reads them, come between the editor’s choice and the name', () => {
  const typed = (...types: (AudioClipType | undefined)[]) => types.map((audioClipType) => (audioClipType == null ? {} : { audioClipType }));

  it('maps Dialogue, Music, SFX and Ambience onto roles and beats the track name', () => {
    expect(trackRoleOf({ index: 0, name: 'Audio 1', clips: typed('dialogue') })).toBe('voice');
    expect(trackRoleOf({ index: 0, name: 'VO', clips: typed('music', 'music') })).toBe('music');
    expect(trackRoleOf({ index: 0, name: 'Audio 3', clips: typed('sfx', undefined) })).toBe('effects');
    expect(trackRoleOf({ index: 0, name: 'Audio 4', clips: typed('ambience') })).toBe('ambience');
  });

  it('lets the editor’s choice win over the clip type', () => {
    expect(trackRoleOf({ index: 0, name: 'Audio 1', clips: typed('dialogue') }, { 0: 'music' })).toBe('music');
  });

  it('goes by the type most clips carry, and by the name when no clip is typed or two types tie', () => {
    expect(trackRoleFromClipTypes(typed('music', 'sfx', 'music'))).toBe('music');
    expect(trackRoleFromClipTypes(typed('music', 'sfx'))).toBeNull();
    expect(trackRoleFromClipTypes(typed(undefined, undefined))).toBeNull();
    expect(automaticTrackRole({ name: 'Music', clips: typed('music', 'sfx') })).toBe('music');
    expect(automaticTrackRole({ name: 'Audio 2', clips: [] })).toBe('unknown');
  });
});

describe('track role names do not match inside other words', () => {
  it.each(['Outlook', 'Lavender', 'Boomerang', 'Genre', 'Train', 'Glossy'])('"%s" is unknown', (name) => {
    expect(trackRoleFromName(name)).toBe('unknown');
  });
});
