import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/shared/i18n/translator';

describe('plurals per locale', () => {
  it('Polish picks one/few/many', () => {
    const { t } = createTranslator('pl');
    expect(t('generate.variationCount', { count: 1 })).toBe('1 klip');
    expect(t('generate.variationCount', { count: 3 })).toBe('3 klipy');
    expect(t('generate.variationCount', { count: 5 })).toBe('5 klipów');
    expect(t('generate.variationCount', { count: 22 })).toBe('22 klipy');
  });
  it('French counts zero and one as singular in its own rule; =0 wins where a message has it', () => {
    const { t } = createTranslator('fr');
    expect(t('generate.clipSeconds', { seconds: 1 })).toBe('1 seconde');
    expect(t('generate.clipSeconds', { seconds: 0 })).toBe('0 seconde');
    expect(t('jobs.runningCount', { count: 0 })).toBe('Rien en cours');
    expect(t('jobs.runningCount', { count: 2 })).toBe('2 tâches en cours');
  });
  it('English and Chinese', () => {
    expect(createTranslator('en').t('duck.clipsDucked', { count: 1 })).toBe('1 clip ducked');
    expect(createTranslator('zh-Hans').t('duck.clipsDucked', { count: 4 })).toBe('已闪避 4 个剪辑');
  });
});

describe('numbers, money, dates, durations per locale', () => {
  it('money (spend and budgets) in USD', () => {
    expect(createTranslator('en').formatMoney(1234.5)).toBe('$1,234.50');
    expect(createTranslator('fr').formatMoney(1234.5)).toMatch(/^1\s234,50\s\$US$/);
    expect(createTranslator('pl').formatMoney(12.5)).toMatch(/^12,50\sUSD$/);
    expect(createTranslator('zh-Hans').formatMoney(12.5)).toBe('US$12.50');
  });
  it('a budget line puts formatted money into the sentence', () => {
    const fr = createTranslator('fr');
    expect(fr.t('settings.spentToday', { spent: fr.formatMoney(3), cap: fr.formatMoney(20) })).toMatch(
      /^3,00\s\$US sur 20,00\s\$US aujourd’hui$/,
    );
  });
  it('decimal separators', () => {
    expect(createTranslator('ca').formatNumber(2.5)).toBe('2,5');
    expect(createTranslator('en').formatNumber(2.5)).toBe('2.5');
  });
  it('durations in short words', () => {
    const en = createTranslator('en');
    expect(en.formatDuration(42.5)).toBe('42.5 s');
    expect(en.formatDuration(185)).toBe('3 min 5 s');
    expect(en.formatDuration(4800)).toBe('1 h 20 min');
    expect(en.formatDuration(-3)).toBe('0 s');
    expect(createTranslator('fr').formatDuration(7.25)).toBe('7,3 s');
    expect(createTranslator('zh-Hans').formatDuration(185)).toBe('3 分 5 秒');
    expect(createTranslator('pl').formatDuration(4800)).toBe('1 godz. 20 min');
  });
  it('dates follow the locale', () => {
    const moment = Date.UTC(2026, 11, 6, 13, 5);
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(createTranslator('en').formatDate(moment, options)).toBe('December 6, 2026');
    expect(createTranslator('fr').formatDate(moment, options)).toBe('6 décembre 2026');
    expect(createTranslator('pl').formatDate(moment, options)).toBe('6 grudnia 2026');
    expect(createTranslator('zh-Hans').formatDate(moment, options)).toBe('2026年12月6日');
  });
  it('lists', () => {
    expect(createTranslator('fr').formatList(['voix', 'musique', 'effets'])).toBe('voix, musique et effets');
  });
});
