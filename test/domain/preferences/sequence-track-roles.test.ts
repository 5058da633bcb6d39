import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../../src/domain/preferences/panel-preferences';
import { migrateTrackRoleKey, sequenceRoleKey, trackRoleChoicesFor } from '../../../src/domain/preferences/sequence-track-roles';
import type { TrackRole } from '../../../src/domain/tracks/track-role';

const sequence = (projectPath: string, projectName: string, name: string) => ({ projectPath, projectName, name });

describe('track roles remembered per sequence', () => {
  it('keys a sequence by its project (path, or name when unsaved) and its name', () => {
    const promo = sequenceRoleKey(sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 30s'));
    expect(sequenceRoleKey(sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 30s'))).toBe(promo);
    expect(sequenceRoleKey(sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 60s'))).not.toBe(promo);
    expect(sequenceRoleKey(sequence('/q/Harbour.prproj', 'Harbour.prproj', 'Promo 30s'))).not.toBe(promo);
    expect(sequenceRoleKey(sequence('', 'Untitled', 'Sequence 01'))).not.toBe(sequenceRoleKey(sequence('', 'Other', 'Sequence 01')));
  });

  it('reads one sequence’s choices by track index, and nothing for a sequence never set', () => {
    const stored = { a: { '0': 'voice', '3': 'music' } } as const;
    expect(trackRoleChoicesFor(stored, 'a')).toEqual({ 0: 'voice', 3: 'music' });
    expect(trackRoleChoicesFor(stored, 'b')).toEqual({});
  });

  it('defaults to none in the preferences, keeps stored ones and refuses a role that does not exist', () => {
    expect(DEFAULT_PANEL_PREFERENCES.trackRolesBySequence).toEqual({});
    expect(panelPreferencesSchema.parse({ trackRolesBySequence: { a: { '1': 'effects' } } }).trackRolesBySequence).toEqual({
      a: { '1': 'effects' },
    });
    const wrong = panelPreferencesSchema.safeParse({ trackRolesBySequence: { a: { '1': 'drums' } } });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['trackRolesBySequence', 'a', '1']);
  });
});

describe('track roles follow a sequence by its stable id (Premiere’s guid)', () => {
  const withId = (name: string, projectPath = '/p/Harbour.prproj') => ({
    projectPath,
    projectName: 'Harbour.prproj',
    name,
    sequenceId: 'guid-42',
  });

  it('keys by the id, so renaming the sequence or moving the project keeps the key', () => {
    expect(sequenceRoleKey(withId('Promo 30s'))).toBe(sequenceRoleKey(withId('Promo 30s v2')));
    expect(sequenceRoleKey(withId('Promo 30s'))).toBe(sequenceRoleKey(withId('Promo 30s', '/q/Harbour copy.prproj')));
    expect(sequenceRoleKey({ ...withId('Promo 30s'), sequenceId: 'guid-43' })).not.toBe(sequenceRoleKey(withId('Promo 30s')));
    // A host without ids (or an empty one) falls back to the names.
    expect(sequenceRoleKey({ ...withId('Promo 30s'), sequenceId: '' })).toBe(
      sequenceRoleKey(sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 30s')),
    );
  });

  it('finds choices stored under the names before ids, and prefers the id’s', () => {
    const byNames = sequenceRoleKey(sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 30s'));
    expect(trackRoleChoicesFor({ [byNames]: { '2': 'music' } }, withId('Promo 30s'))).toEqual({ 2: 'music' });
    expect(
      trackRoleChoicesFor({ [byNames]: { '2': 'music' }, [sequenceRoleKey(withId('Promo 30s'))]: { '1': 'effects' } }, withId('Promo 30s')),
    ).toEqual({ 1: 'effects' });
  });

  it('migrates name-keyed choices to the id once, and a rename afterwards keeps them', () => {
    const byNames = sequenceRoleKey(sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 30s'));
    const stored: Record<string, Record<string, TrackRole>> = { [byNames]: { '2': 'music' }, other: { '0': 'voice' } };
    const migrated = migrateTrackRoleKey(stored, withId('Promo 30s'));
    expect(migrated).toEqual({ other: { '0': 'voice' }, [sequenceRoleKey(withId('Promo 30s'))]: { '2': 'music' } });
    expect(migrateTrackRoleKey(migrated, withId('Promo 30s'))).toBe(migrated);
    expect(trackRoleChoicesFor(migrated, withId('Renamed for the client'))).toEqual({ 2: 'music' });
    // Without an id there is nothing to move to.
    expect(migrateTrackRoleKey(stored, sequence('/p/Harbour.prproj', 'Harbour.prproj', 'Promo 30s'))).toBe(stored);
  });

  it('never loses a choice when migrating: every stored role is still found for its sequence', () => {
    const role = fc.constantFrom('voice', 'music', 'effects', 'ambience', 'generated', 'unknown' as const);
    const choices = fc.dictionary(fc.integer({ min: 0, max: 9 }).map(String), role);
    fc.assert(
      fc.property(choices, choices, fc.string(), (underNames, underId, name) => {
        const identity = { projectPath: '', projectName: 'Untitled', name, sequenceId: 'guid-1' };
        const legacy = sequenceRoleKey({ projectPath: '', projectName: 'Untitled', name });
        const stored: Record<string, Record<string, (typeof underNames)[string]>> = { [legacy]: underNames };
        if (Object.keys(underId).length > 0) stored[sequenceRoleKey(identity)] = underId;
        const migrated = migrateTrackRoleKey(stored, identity);
        const expected = Object.fromEntries(Object.entries({ ...underNames, ...underId }).map(([index, value]) => [Number(index), value]));
        expect(trackRoleChoicesFor(migrated, identity)).toEqual(expected);
        expect(migrated[legacy]).toBeUndefined();
      }),
    );
  });
});
