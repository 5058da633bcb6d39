import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { fixedDecimals } from '../../../src/ui/duck/fixed-decimals';

/** Runs `body` as in a runtime without Intl.NumberFormat (UXP's Intl is undocumented). */
function withoutNumberFormat<T>(body: () => T): T {
  const original = Intl.NumberFormat;
  Object.defineProperty(Intl, 'NumberFormat', { value: undefined, configurable: true, writable: true });
  try {
    return body();
  } finally {
    Object.defineProperty(Intl, 'NumberFormat', { value: original, configurable: true, writable: true });
  }
}

describe('fixedDecimals', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes seconds in the panel language with the decimals asked, never grouped', () => {
    expect(fixedDecimals(2.5, 2, createTranslator('en'))).toBe('2.50');
    expect(fixedDecimals(2.5, 2, createTranslator('fr'))).toBe('2,50');
    expect(fixedDecimals(3600.25, 1, createTranslator('en'))).toBe('3600.3');
    expect(fixedDecimals(3600.25, 1, createTranslator('pl'))).toBe('3600,3');
  });

  it('keeps no formatter of its own: the translator’s cache serves it, however many spans a preview lists', () => {
    const polish = createTranslator('pl');
    // Warm the shared cache the way the translator itself asks for these formats.
    polish.formatNumber(0, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    polish.formatNumber(0, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
    const built = vi.spyOn(Intl, 'NumberFormat');
    for (let index = 0; index < 500; index += 1) {
      fixedDecimals(index / 10, 1, polish);
      fixedDecimals(index / 10, 2, createTranslator('pl'));
    }
    expect(built).not.toHaveBeenCalled();
  });

  it('still fixes the decimals where the runtime has no Intl.NumberFormat', () => {
    const english = createTranslator('en');
    expect(
      withoutNumberFormat(() => [fixedDecimals(2.5, 2, english), fixedDecimals(3600.25, 1, english), fixedDecimals(7, 0, english)]),
    ).toEqual(['2.50', '3600.3', '7']);
  });

  it('writes what English Intl writes, with or without Intl.NumberFormat', () => {
    const english = createTranslator('en');
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((number) => !Object.is(number, -0));
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 3 }), (seconds, digits) => {
        expect(withoutNumberFormat(() => fixedDecimals(seconds, digits, english))).toBe(fixedDecimals(seconds, digits, english));
      }),
    );
  });
});
