import { describe, expect, it } from 'vitest';
import { cliLocale, takeLangFlag } from '../../src/cli/cli-locale';

describe('cliLocale', () => {
  it('English with no locale variables (scripts get the words they parse)', () => {
    expect(cliLocale(undefined, {})).toBe('en');
  });
  it('LANG when it is the only one', () => {
    expect(cliLocale(undefined, { LANG: 'pl_PL.UTF-8' })).toBe('pl');
  });
  it('POSIX order: LC_ALL, then LC_MESSAGES, then LANG; the first set one decides alone', () => {
    expect(cliLocale(undefined, { LC_ALL: 'ca_ES.UTF-8', LC_MESSAGES: 'fr_FR', LANG: 'pl_PL' })).toBe('ca');
    expect(cliLocale(undefined, { LC_MESSAGES: 'fr_FR', LANG: 'pl_PL' })).toBe('fr');
    expect(cliLocale(undefined, { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale(undefined, { LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
  });
  it('--lang wins over the environment', () => {
    expect(cliLocale('fr', { LANG: 'pl_PL.UTF-8' })).toBe('fr');
  });
  it('an unknown --lang is a usage error naming the languages', () => {
    expect(() => cliLocale('de', {})).toThrow(/en, fr, ca, pl or zh-Hans/);
  });
});

describe('takeLangFlag', () => {
  it('takes --lang X and --lang=X out of argv, leaving the rest in order', () => {
    expect(takeLangFlag(['duck', '--lang', 'fr', '--in', 'a.xml'])).toEqual({ lang: 'fr', rest: ['duck', '--in', 'a.xml'] });
    expect(takeLangFlag(['--lang=pl', 'analyze', 'vo.wav'])).toEqual({ lang: 'pl', rest: ['analyze', 'vo.wav'] });
  });
  it('leaves everything after -- alone', () => {
    expect(takeLangFlag(['generate', '--', '--lang', 'fr'])).toEqual({ lang: undefined, rest: ['generate', '--', '--lang', 'fr'] });
  });
});
