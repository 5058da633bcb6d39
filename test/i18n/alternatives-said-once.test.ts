import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../src/shared/app-error';
import { APP_LOCALES } from '../../src/shared/i18n/app-locale';
import { describeErrorIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { describeSchemaError } from '../../src/shared/schema-issue-sentences';

/** Runs `body` as in a runtime without Intl.ListFormat (UXP may lack it). */
function withoutListFormat<T>(body: () => T): T {
  const original = Intl.ListFormat;
  Object.defineProperty(Intl, 'ListFormat', { value: undefined, configurable: true, writable: true });
  try {
    return body();
  } finally {
    Object.defineProperty(Intl, 'ListFormat', { value: original, configurable: true, writable: true });
  }
}

describe('the translator’s "or" list', () => {
  it('says alternatives the locale’s way, English as our sentences always wrote them (no serial comma)', () => {
    const durations = ['5', '8', '10'];
    expect(createTranslator('en').formatList(durations, 'disjunction')).toBe('5, 8 or 10');
    expect(createTranslator('en').formatList(['5', '10'], 'disjunction')).toBe('5 or 10');
    expect(createTranslator('en').formatList(['5'], 'disjunction')).toBe('5');
    expect(createTranslator('fr').formatList(durations, 'disjunction')).toBe('5, 8 ou 10');
    expect(createTranslator('pl').formatList(durations, 'disjunction')).toBe('5, 8 lub 10');
    expect(createTranslator('zh-Hans').formatList(durations, 'disjunction')).toBe('5、8或10');
    // "and" lists are unchanged.
    expect(createTranslator('en').formatList(['voice', 'music', 'effects'])).toBe('voice, music, and effects');
  });

  it('falls back to commas where Intl.ListFormat is missing; English keeps its "or"', () => {
    expect(withoutListFormat(() => createTranslator('fr').formatList(['5', '8', '10'], 'disjunction'))).toBe('5, 8, 10');
    expect(withoutListFormat(() => createTranslator('en').formatList(['5', '8', '10'], 'disjunction'))).toBe('5, 8 or 10');
  });
});

describe('a refusal’s choices and a schema’s allowed values are one "or" list', () => {
  // A letter first: zod lists integer-like enum values first, whatever their order in the schema.
  const token = fc.stringMatching(/^[a-z][a-z0-9:]{0,5}$/);
  const choices = fc.uniqueArray(token, { minLength: 1, maxLength: 5 });

  function said(locale: (typeof APP_LOCALES)[number], items: readonly string[]) {
    const translator = createTranslator(locale);
    const refusal = new AppError(`Kling accepts aspect ratios ${items.join(', ')}; 4:5 was asked.`, {
      localized: { id: 'errors.aspectChoices', values: { model: 'Kling', asked: '4:5' }, alternatives: { ratios: items } },
    });
    const allowed = z.object({ mode: z.enum(items as [string, ...string[]]) }).safeParse({ mode: 'NOT ONE' });
    if (allowed.success) throw new Error('the enum accepted a value outside it');
    return {
      refusal: describeErrorIn(translator, refusal),
      schema: describeSchemaError(allowed.error.issues, { translator }),
      list: translator.formatList(items, 'disjunction'),
      quotedList: translator.formatList(
        items.map((item) => `"${item}"`),
        'disjunction',
      ),
    };
  }

  it.each([false, true])('in every language (without Intl.ListFormat: %s)', (missing) => {
    fc.assert(
      fc.property(fc.constantFrom(...APP_LOCALES), choices, (locale, items) => {
        const { refusal, schema, list, quotedList } = missing ? withoutListFormat(() => said(locale, items)) : said(locale, items);
        // Enum values are letters first: zod would list integer-like keys first. English is the error's own message (the domain's words); every other language says the translator's list.
        if (locale !== 'en') expect(refusal).toContain(list);
        expect(schema).toContain(quotedList);
      }),
    );
  });
});
