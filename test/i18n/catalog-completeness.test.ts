import { describe, expect, it } from 'vitest';
import { APP_LOCALES, SOURCE_LOCALE } from '../../src/shared/i18n/app-locale';
import { CATALOGS, LOCALE_NATIVE_NAMES, type MessageId } from '../../src/shared/i18n/catalogs';
import { createTranslator } from '../../src/shared/i18n/translator';
import { placeholdersOf } from './message-placeholders';

const sourceIds = Object.keys(CATALOGS[SOURCE_LOCALE]).sort() as MessageId[];

/** Values for every placeholder a message names: numbers where ICU formats a number, plural or select. */
function sampleValues(message: string): Record<string, string | number> {
  return Object.fromEntries(
    [...placeholdersOf(message)].map((name) => [name, /count|seconds|regions|percent/.test(name) ? 2 : `«${name}»`]),
  );
}

describe('placeholdersOf (the checker itself)', () => {
  it('finds top-level and nested arguments, not branch text', () => {
    expect([...placeholdersOf('{count, plural, =0 {none} one {# clip in {bin}} other {# clips}} of {total}')].sort()).toEqual([
      'bin',
      'count',
      'total',
    ]);
  });
  it('refuses unbalanced braces', () => {
    expect(() => placeholdersOf('{count, plural, one {# clip}')).toThrow();
    expect(() => placeholdersOf('oops }')).toThrow();
  });
});

describe.each(APP_LOCALES)('catalog %s', (locale) => {
  const catalog = CATALOGS[locale];

  it('has every id of the source catalog and no other', () => {
    expect(Object.keys(catalog).sort()).toEqual(sourceIds);
  });

  it.each(sourceIds)('%s: not empty, same placeholders as English', (id) => {
    expect(catalog[id].trim()).not.toBe('');
    expect([...placeholdersOf(catalog[id])].sort()).toEqual([...placeholdersOf(CATALOGS[SOURCE_LOCALE][id])].sort());
  });

  it('every message parses and formats with no problem reported', () => {
    const problems: string[] = [];
    const translator = createTranslator(locale, (problem) => problems.push(`${problem.code}: ${problem.message}`));
    for (const id of sourceIds) {
      const formatted = (translator.t as (id: MessageId, values?: Record<string, string | number>) => string)(
        id,
        sampleValues(catalog[id]),
      );
      // A ComfyUI placeholder ({{seed}}) is shown as written; any other brace is an argument left unformatted.
      expect(formatted.replace(/\{\{\w+\}\}/g, '')).not.toContain('{');
    }
    expect(problems).toEqual([]);
  });

  it('has a native name for the language picker', () => {
    expect(LOCALE_NATIVE_NAMES[locale]).not.toBe('');
  });
});

describe('a message missing at runtime', () => {
  it('falls back to English and reports the problem', () => {
    const problems: string[] = [];
    const translator = createTranslator('fr', (problem) => problems.push(problem.code));
    const catalog = CATALOGS.fr as Record<string, string>;
    const saved = catalog['tab.duck'];
    delete catalog['tab.duck'];
    try {
      expect(translator.t('tab.duck')).toBe('Duck');
      expect(problems).toContain('MISSING_TRANSLATION');
    } finally {
      catalog['tab.duck'] = saved!;
    }
  });
});
