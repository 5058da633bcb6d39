import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_LOCALES } from '../../src/shared/i18n/app-locale';
import { bestFitLocale, chooseLocale } from '../../src/shared/i18n/best-fit-locale';
import { hostUiLocaleOf } from '../../src/shared/i18n/host-ui-locale';

describe('bestFitLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr_FR', 'fr'],
    ['fr_BE.UTF-8', 'fr'],
    ['ca', 'ca'],
    ['ca-ES', 'ca'],
    ['ca_ES.UTF-8@valencia', 'ca'],
    ['pl', 'pl'],
    ['pl_PL', 'pl'],
    ['PL-pl', 'pl'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
  ])('%s → %s', (tag, expected) => {
    expect(bestFitLocale(tag)).toBe(expected);
  });

  it.each(['de-DE', 'es', 'ja_JP', 'C', 'POSIX', 'C.UTF-8', '', '   ', 'zh-TW', 'zh-Hant', 'zh-Hant-HK', 'zh_HK'])(
    '%j fits none of ours',
    (tag) => {
      expect(bestFitLocale(tag)).toBeNull();
    },
  );

  it('answers a supported locale or null for any string, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const fit = bestFitLocale(tag);
        expect(fit === null || APP_LOCALES.includes(fit)).toBe(true);
      }),
    );
  });
});

describe('chooseLocale', () => {
  it('follows the first runtime tag that fits (navigator.languages order)', () => {
    expect(chooseLocale('auto', ['de-DE', 'pl-PL', 'fr'])).toBe('pl');
  });
  it('a Traditional-Chinese browser falls through to its next language', () => {
    expect(chooseLocale('auto', ['zh-TW', 'fr-CA'])).toBe('fr');
  });
  it('unknown or missing runtime languages → English', () => {
    expect(chooseLocale('auto', ['ja', null, undefined])).toBe('en');
    expect(chooseLocale('auto', [])).toBe('en');
  });
  it('the preference wins over the runtime', () => {
    expect(chooseLocale('ca', ['fr_FR'])).toBe('ca');
    expect(chooseLocale('en', ['zh_CN'])).toBe('en');
  });
});

describe("hostUiLocaleOf (require('uxp'))", () => {
  it('reads host.uiLocale when UXP gives one, and feeds chooseLocale', () => {
    const uxp = { host: { name: 'premierepro', version: '26.3.0', uiLocale: 'fr_FR' } };
    expect(hostUiLocaleOf(uxp)).toBe('fr_FR');
    expect(chooseLocale('auto', [hostUiLocaleOf(uxp)])).toBe('fr');
  });
  it.each([undefined, null, 42, {}, { host: null }, { host: {} }, { host: { uiLocale: 7 } }, { host: { uiLocale: ' ' } }])(
    'null when the runtime does not say (%j)',
    (uxp) => {
      expect(hostUiLocaleOf(uxp)).toBeNull();
    },
  );
});
