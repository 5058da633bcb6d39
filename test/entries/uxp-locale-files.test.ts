import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogFromPluginFolder } from '../../src/entries/uxp-locale-files';

const ENGLISH = { 'tab.generate': 'Generate', 'tab.jobs': 'Jobs' } as const;
const FRENCH = { 'tab.generate': 'Générer', 'tab.jobs': 'Tâches' };

describe('catalogFromPluginFolder (non-English messages read from the Premiere plugin folder)', () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads locales/<folder>.js with UXP's require once, and hands back the named catalog", () => {
    const requireFile = vi.fn(() => ({ FR_MESSAGES: FRENCH }));
    expect(catalogFromPluginFolder('fr-read', 'FR_MESSAGES', ENGLISH, { requireFile })).toEqual(FRENCH);
    expect(catalogFromPluginFolder('fr-read', 'FR_MESSAGES', ENGLISH, { requireFile })).toEqual(FRENCH);
    expect(requireFile).toHaveBeenCalledTimes(1);
    expect(requireFile).toHaveBeenCalledWith('./locales/fr-read.js');
  });

  it('stays in English, said on the console, when the file cannot be read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = () => {
      throw new Error("Cannot find module './locales/pl-missing.js'");
    };
    expect(catalogFromPluginFolder('pl-missing', 'PL_MESSAGES', ENGLISH, { requireFile: missing })).toBe(ENGLISH);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/locales\/pl-missing\.js could not be read .*Cannot find module.*stays in English/),
    );
  });

  it('stays in English when the file holds something else than that catalog', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(catalogFromPluginFolder('ca-other', 'CA_MESSAGES', ENGLISH, { requireFile: () => ({ FR_MESSAGES: FRENCH }) })).toBe(ENGLISH);
    expect(
      catalogFromPluginFolder('ca-junk', 'CA_MESSAGES', ENGLISH, { requireFile: () => ({ CA_MESSAGES: { 'tab.generate': 42 } }) }),
    ).toBe(ENGLISH);
    expect(
      catalogFromPluginFolder('ca-foreign', 'CA_MESSAGES', ENGLISH, { requireFile: () => ({ CA_MESSAGES: { 'not.an.id': 'x' } }) }),
    ).toBe(ENGLISH);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it("accepts ids of the areas English's main script leaves out (Diagnostics, the CLI's), and no others", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const withReport = { ...FRENCH, 'diagnostics.title': 'Diagnostic', 'cli.warning': 'Attention' };
    const areasLeftOut = ['diagnostics', 'cli'];
    expect(
      catalogFromPluginFolder('fr-areas', 'FR_MESSAGES', ENGLISH, { areasLeftOut, requireFile: () => ({ FR_MESSAGES: withReport }) }),
    ).toBe(withReport);
    const other = { ...FRENCH, 'diagnosticsx.title': 'x' };
    expect(
      catalogFromPluginFolder('fr-prefix', 'FR_MESSAGES', ENGLISH, { areasLeftOut, requireFile: () => ({ FR_MESSAGES: other }) }),
    ).toBe(ENGLISH);
    expect(catalogFromPluginFolder('fr-none', 'FR_MESSAGES', ENGLISH, { requireFile: () => ({ FR_MESSAGES: withReport }) })).toBe(ENGLISH);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
