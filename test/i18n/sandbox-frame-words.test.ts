import { describe, expect, it } from 'vitest';
import { EN_SANDBOX } from '../../src/shared/i18n/catalogs/en/sandbox';
import { createTranslator } from '../../src/shared/i18n/translator';

describe('the sandbox frame’s words', () => {
  it('keep the English the browser tests and the README read, word for word', () => {
    const en = createTranslator('en');
    expect([en.t('sandbox.play'), en.t('sandbox.stop'), en.t('sandbox.undo'), en.t('sandbox.resetDemo')]).toEqual([
      'Play',
      'Stop',
      'Undo',
      'Reset demo',
    ]);
    expect([en.t('sandbox.rulesPremiere'), en.t('sandbox.rulesResolve'), en.t('sandbox.themeLight'), en.t('sandbox.themeDarkest')]).toEqual(
      ['Rules: Premiere Pro', 'Rules: DaVinci Resolve', 'Theme: light', 'Theme: darkest'],
    );
    expect(en.t('sandbox.history', { labels: 'Import › ClipRelay: duck Standard' })).toBe('History: Import › ClipRelay: duck Standard');
    expect(en.t('sandbox.historyEmpty')).toBe('History: —');
  });

  it('are said in French, with undo labels and file names as they came', () => {
    const fr = createTranslator('fr');
    expect(fr.t('sandbox.resetDemo')).toBe('Réinitialiser la démo');
    expect(fr.t('sandbox.undoTitle', { label: "ClipRelay: duck {x}'#" })).toBe("Annuler ClipRelay: duck {x}'#");
    expect(fr.t('sandbox.silentFiles', { files: '/sandbox/media/a.mp4' })).toBe(
      'Aucun son de /sandbox/media/a.mp4 : le navigateur n’a pas pu le décoder.',
    );
    expect(fr.t('sandbox.bin')).toBe('Chutier ClipRelay :');
    // Every message of the frame has a French of its own (a forgotten copy of the English would show here).
    const values = { label: 'L', labels: 'L', files: 'F', problem: 'P' };
    const say = (translator: ReturnType<typeof createTranslator>, id: string) =>
      (translator.t as (id: string, values?: Readonly<Record<string, string>>) => string)(id, values);
    const english = createTranslator('en');
    const same = Object.keys(EN_SANDBOX).filter((id) => id !== 'sandbox.binSeparator' && say(fr, id) === say(english, id));
    expect(same).toEqual([]);
  });
});
