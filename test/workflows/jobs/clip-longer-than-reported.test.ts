import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import { describeLocalizedIn } from '../../../src/shared/i18n/describe-error-in';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { clipLongerThanReported } from '../../../src/workflows/jobs/clip-duration-check';

const say = (locale: AppLocale, words: LocalizedMessage) =>
  (createTranslator(locale).t as (id: string, values?: LocalizedMessage['values']) => string)(words.id, words.values);

/** Durations as providers report them: whole seconds, tenths (Kling), hundredths. */
const reported = fc.oneof(
  fc.integer({ min: 1, max: 600 }),
  fc.integer({ min: 1, max: 6000 }).map((tenths) => tenths / 10),
);

describe('the clip-longer-than-reported warning', () => {
  it('says in English, through the catalog, exactly the text the ledger and the CLI keep ("4.9 s")', () => {
    fc.assert(
      fc.property(reported, fc.double({ min: 0, max: 36_000, noNaN: true }), (reportedSeconds, fileSeconds) => {
        const warning = clipLongerThanReported('Kling', reportedSeconds, fileSeconds);
        expect(say('en', warning.localized)).toBe(warning.message);
      }),
    );
    expect(clipLongerThanReported('Kling', 5.1, 9.94).message).toBe('Kling reported a 5.1 s clip; the file is 9.9 s long.');
    expect(clipLongerThanReported('Kling', 5, 1234.56).message).toBe('Kling reported a 5 s clip; the file is 1234.6 s long.');
  });

  it('writes the seconds with the language’s decimal separator', () => {
    const warning = clipLongerThanReported('Kling', 5.1, 9.94);
    expect(describeLocalizedIn(createTranslator('fr'), warning.localized, warning.message)).toBe(
      'Kling annonçait un plan de 5,1 s ; le fichier dure 9,9 s.',
    );
    expect(describeLocalizedIn(createTranslator('pl'), warning.localized, warning.message)).toBe(
      'Kling podał klip o długości 5,1 s; plik trwa 9,9 s.',
    );
    expect(say('zh-Hans', warning.localized)).toContain('9.9 s');
  });

  it('a warning stored by an earlier build (the seconds as text) still reads, in the language’s numbers', () => {
    const stored: LocalizedMessage = {
      id: 'errors.clipLongerThanReported',
      values: { provider: 'Kling', reportedSeconds: '5', fileSeconds: '9.9' },
    };
    expect(say('en', stored)).toBe('Kling reported a 5 s clip; the file is 9.9 s long.');
    expect(say('fr', stored)).toBe('Kling annonçait un plan de 5 s ; le fichier dure 9,9 s.');
  });
});
