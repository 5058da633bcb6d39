import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema, storablePreferences } from '../../../src/domain/preferences/panel-preferences';

/** The schema of the builds before the language setting: strict, so an unknown field sets the whole file aside. */
const schemaBeforeLanguage = panelPreferencesSchema.omit({ language: true });

describe('storablePreferences (what is written to disk)', () => {
  it('leaves the language out while it follows the host, so an older build still reads every other setting', () => {
    const preferences = { ...DEFAULT_PANEL_PREFERENCES, budget: { dailyUsd: 40 }, maxConcurrentPerProvider: 3 };
    const written = JSON.parse(JSON.stringify(storablePreferences(preferences))) as unknown;
    expect(written).not.toHaveProperty('language');
    expect(schemaBeforeLanguage.parse(written)).toMatchObject({ budget: { dailyUsd: 40 }, maxConcurrentPerProvider: 3 });
    expect(panelPreferencesSchema.parse(written)).toEqual(preferences);
  });

  it('keeps a chosen language, and reads it back', () => {
    const preferences = { ...DEFAULT_PANEL_PREFERENCES, language: 'pl' as const };
    const written = JSON.parse(JSON.stringify(storablePreferences(preferences))) as unknown;
    expect(written).toHaveProperty('language', 'pl');
    expect(panelPreferencesSchema.parse(written)).toEqual(preferences);
  });
});
