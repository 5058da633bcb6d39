import { describe, expect, it } from 'vitest';
import { intlSupportReport } from '../../src/shared/i18n/intl-support';

describe('intlSupportReport (Diagnostics)', () => {
  it('Node’s full-ICU Intl: every feature works for every locale, no polyfill needed', () => {
    const report = intlSupportReport(Intl);
    expect(report.features.map((feature) => [feature.name, feature.works, feature.locales.length])).toEqual([
      ['PluralRules', true, 5],
      ['NumberFormat', true, 5],
      ['DateTimeFormat', true, 5],
      ['RelativeTimeFormat', true, 5],
      ['ListFormat', true, 5],
    ]);
    expect(report.polyfillsNeeded).toEqual([]);
    expect(report.lines).toContain('Intl polyfills loaded: none');
    expect(report.lines[0]).toBe('Intl.PluralRules: ok (plural messages (1 klip, 2 klipy, 5 klipów))');
  });

  it('a runtime without PluralRules and ListFormat says so and names their polyfills', () => {
    const partial = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, RelativeTimeFormat: Intl.RelativeTimeFormat };
    const report = intlSupportReport(partial);
    expect(report.polyfillsNeeded).toEqual(['@formatjs/intl-pluralrules', '@formatjs/intl-listformat']);
    expect(report.lines).toContain('Intl.PluralRules: missing (plural messages (1 klip, 2 klipy, 5 klipów))');
  });

  it('a stub that exists but answers wrongly counts as missing; a feature without a locale’s data is named', () => {
    class StubPluralRules {
      select() {
        return 'other';
      }
      static supportedLocalesOf(locales: string[]) {
        return locales.filter((locale) => locale === 'en');
      }
    }
    const report = intlSupportReport({
      ...Object.fromEntries(
        ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'ListFormat'].map((name) => [
          name,
          (Intl as unknown as Record<string, unknown>)[name],
        ]),
      ),
      PluralRules: StubPluralRules,
    });
    expect(report.features[0]).toMatchObject({ name: 'PluralRules', works: false, locales: ['en'] });
  });

  it('a polyfill already loaded is not asked for again, and is listed', () => {
    const report = intlSupportReport({}, ['@formatjs/intl-pluralrules']);
    expect(report.polyfillsNeeded).not.toContain('@formatjs/intl-pluralrules');
    expect(report.polyfillsNeeded).toHaveLength(4);
    expect(report.lines).toContain('Intl polyfills loaded: @formatjs/intl-pluralrules');
  });

  it('no Intl at all: everything missing, nothing thrown', () => {
    expect(intlSupportReport(undefined).features.every((feature) => !feature.works)).toBe(true);
  });
});
