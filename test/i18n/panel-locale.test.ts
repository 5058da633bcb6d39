import { describe, expect, it } from 'vitest';
import { LANGUAGE_CHOICES, panelLocale } from '../../src/ui/i18n/panel-locale';
import { TRACK_ROLE_MESSAGE_IDS } from '../../src/ui/i18n/track-role-message-ids';
import { createTranslator } from '../../src/shared/i18n/translator';

describe('panelLocale', () => {
  it("follows Premiere's UI language (host.uiLocale)", () => {
    expect(panelLocale('auto', { uxp: { host: { uiLocale: 'zh_CN' } } })).toBe('zh-Hans');
    expect(panelLocale('auto', { uxp: { host: { uiLocale: 'fr_FR' } } })).toBe('fr');
  });
  it('English for a Premiere language we do not speak (de_DE, ja_JP), unless Settings says otherwise', () => {
    expect(panelLocale('auto', { uxp: { host: { uiLocale: 'de_DE' } } })).toBe('en');
    expect(panelLocale('pl', { uxp: { host: { uiLocale: 'de_DE' } } })).toBe('pl');
  });
  it("the sandbox follows the browser's languages in order, or navigator.language alone", () => {
    expect(panelLocale('auto', { navigator: { languages: ['es-ES', 'ca-ES', 'en'] } })).toBe('ca');
    expect(panelLocale('auto', { navigator: { language: 'pl-PL' } })).toBe('pl');
    expect(panelLocale('auto', {})).toBe('en');
  });
});

describe('LANGUAGE_CHOICES', () => {
  it('offers "same as Premiere" then every language in its own name', () => {
    expect(
      LANGUAGE_CHOICES.map((choice) => ('nativeName' in choice ? choice.nativeName : createTranslator('fr').t(choice.labelId))),
    ).toEqual(['Comme Premiere', 'English', 'Français', 'Català', 'Polski', '简体中文']);
  });
});

describe('TRACK_ROLE_MESSAGE_IDS', () => {
  it('covers the Duck tab’s roles in its order, with the English words it showed before translation', () => {
    const en = createTranslator('en');
    expect(TRACK_ROLE_MESSAGE_IDS.map(([role, id]) => [role, en.t(id)])).toEqual([
      ['voice', 'Voice/dialogue'],
      ['music', 'Music'],
      ['effects', 'Effects'],
      ['ambience', 'Ambience'],
      ['generated', 'Generated'],
      ['unknown', 'Other'],
    ]);
  });
});
