import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../../src/domain/preferences/panel-preferences';
import { sequenceRoleKey, trackRoleChoicesFor } from '../../../src/domain/preferences/sequence-track-roles';

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
