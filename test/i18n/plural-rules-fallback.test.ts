import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { installPluralRulesFallback } from '../../src/shared/i18n/plural-rules-fallback';
import { createTranslator, loadedIntlFallbacks } from '../../src/shared/i18n/translator';

const native = Intl.PluralRules;
afterEach(() => {
  Object.defineProperty(Intl, 'PluralRules', { value: native, configurable: true, writable: true });
});

function withoutPluralRules() {
  Object.defineProperty(Intl, 'PluralRules', { value: undefined, configurable: true, writable: true });
}

describe('the plural rules fallback, for a runtime without Intl.PluralRules', () => {
  it('is not installed where Intl has PluralRules', () => {
    expect(installPluralRulesFallback(Intl)).toBe(false);
    expect(Intl.PluralRules).toBe(native);
  });

  it('agrees with CLDR (Node’s ICU) for every integer and one-decimal number in our five languages', () => {
    withoutPluralRules();
    expect(installPluralRulesFallback(Intl)).toBe(true);
    const fallback = Intl.PluralRules;
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'fr', 'ca', 'pl', 'zh-Hans'),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.boolean(),
        (locale, whole, decimal) => {
          const value = decimal ? whole + 0.5 : whole;
          expect(new fallback(locale).select(value)).toBe(new native(locale).select(value));
        },
      ),
    );
    for (const value of [1_000_000, 2_000_000, 1_000_000.5, 0, 0.5, 1.5, 12, 112, 1_000_012])
      for (const locale of ['fr', 'ca', 'pl'])
        // ca 3,000,000 was once the random counterexample (CLDR "many")
        expect(new fallback(locale).select(value), `${locale} ${value}`).toBe(new native(locale).select(value));
  });

  it('turns plural messages into words instead of their ICU source, and Diagnostics learns it was loaded', () => {
    withoutPluralRules();
    const { t } = createTranslator('pl');
    expect(t('generate.variationCount', { count: 5 })).toBe('5 klipów');
    expect(t('generate.variationCount', { count: 22 })).toBe('22 klipy');
    expect(loadedIntlFallbacks()).toContain('ClipRelay plural rules (en, fr, ca, pl, zh)');
  });
});
