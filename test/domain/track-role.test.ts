import { describe, expect, it } from 'vitest';
import { trackRoleFromName, trackRoleOf, type TrackRole } from '../../src/domain/tracks/track-role';

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

describe('track role names do not match inside other words', () => {
  it.each(['Outlook', 'Lavender', 'Boomerang', 'Genre', 'Train', 'Glossy'])('"%s" is unknown', (name) => {
    expect(trackRoleFromName(name)).toBe('unknown');
  });
});
