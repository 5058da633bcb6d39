import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogFromPluginFolder } from '../../src/entries/uxp-locale-files';

const ENGLISH = { 'tab.generate': 'Generate', 'tab.jobs': 'Jobs' } as const;
const FRENCH = { 'tab.generate': 'Générer', 'tab.jobs': 'Tâches' };

describe('catalogFromPluginFolder (non-English messages read from the Premiere plugin folder)', () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads locales/<folder>.js with UXP's require once, and hands back the named catalog", () => {
    const requireFile = vi.fn(() => ({ FR_MESSAGES: FRENCH }));
    expect(catalogFromPluginFolder('fr-read', 'FR_MESSAGES', ENGLISH, requireFile)).toEqual(FRENCH);
    expect(catalogFromPluginFolder('fr-read', 'FR_MESSAGES', ENGLISH, requireFile)).toEqual(FRENCH);
    expect(requireFile).toHaveBeenCalledTimes(1);
    expect(requireFile).toHaveBeenCalledWith('./locales/fr-read.js');
  });

  it('stays in English, said on the console, when the file cannot be read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = () => {
      throw new Error("Cannot find module './locales/pl-missing.js'");
    };
    expect(catalogFromPluginFolder('pl-missing', 'PL_MESSAGES', ENGLISH, missing)).toBe(ENGLISH);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/locales\/pl-missing\.js could not be read .*Cannot find module.*stays in English/),
    );
  });

  it('stays in English when the file holds something else than that catalog', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(catalogFromPluginFolder('ca-other', 'CA_MESSAGES', ENGLISH, () => ({ FR_MESSAGES: FRENCH }))).toBe(ENGLISH);
    expect(catalogFromPluginFolder('ca-junk', 'CA_MESSAGES', ENGLISH, () => ({ CA_MESSAGES: { 'tab.generate': 42 } }))).toBe(ENGLISH);
    expect(catalogFromPluginFolder('ca-foreign', 'CA_MESSAGES', ENGLISH, () => ({ CA_MESSAGES: { 'not.an.id': 'x' } }))).toBe(ENGLISH);
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
