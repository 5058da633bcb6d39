import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedDecimals } from '../../../src/ui/duck/fixed-decimals';

describe('fixedDecimals', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes seconds in the panel language with the decimals asked, never grouped', () => {
    expect(fixedDecimals(2.5, 2, 'en')).toBe('2.50');
    expect(fixedDecimals(2.5, 2, 'fr')).toBe('2,50');
    expect(fixedDecimals(3600.25, 1, 'en')).toBe('3600.3');
  });

  it('builds one formatter per language and number of decimals, however many spans a preview lists', () => {
    const built = vi.spyOn(Intl, 'NumberFormat');
    for (let index = 0; index < 500; index += 1) {
      fixedDecimals(index / 10, 1, 'pl');
      fixedDecimals(index / 10, 2, 'pl');
    }
    expect(built.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
