import { describe, expect, it } from 'vitest';
import { moneyFromText } from '../../../src/ui/settings/money-text';

describe('a budget typed in the panel’s language', () => {
  it('reads English and Chinese as before: "$12", "1,000", a decimal point', () => {
    expect(moneyFromText('$12', 'en')).toBe(12);
    expect(moneyFromText('1,000', 'en')).toBe(1000);
    expect(moneyFromText(' 2.5 ', 'zh-Hans')).toBe(2.5);
    expect(moneyFromText('', 'en')).toBeUndefined();
  });

  it('reads a decimal comma and space or point grouping in French, Catalan and Polish', () => {
    expect(moneyFromText('12,50', 'fr')).toBe(12.5);
    expect(moneyFromText('1\u202f000,50 $', 'fr')).toBe(1000.5);
    expect(moneyFromText('1.000,5', 'ca')).toBe(1000.5);
    expect(moneyFromText('1 000', 'pl')).toBe(1000);
    expect(moneyFromText('1.000', 'fr')).toBe(1000);
  });

  it('reads a decimal point typed the English way in French, Catalan and Polish as a decimal point, not ×100', () => {
    expect(moneyFromText('12.50', 'fr')).toBe(12.5);
    expect(moneyFromText('$0.5', 'ca')).toBe(0.5);
    expect(moneyFromText('1000.25', 'pl')).toBe(1000.25);
  });

  it('leaves text that is not money as NaN, for the schema to name', () => {
    expect(moneyFromText('a lot', 'fr')).toBeNaN();
    expect(moneyFromText('ten', 'en')).toBeNaN();
  });
});
