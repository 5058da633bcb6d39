import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../src/domain/preferences/panel-preferences';
import { PANEL_PREFERENCES_VOCABULARY } from '../../src/domain/preferences/panel-preferences-vocabulary';
import { presetPackSchema } from '../../src/domain/presets';
import { PRESET_PACK_VOCABULARY } from '../../src/domain/presets/preset-pack-vocabulary';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { createTranslator } from '../../src/shared/i18n/translator';
import { describeSchemaError, describeSchemaIssues } from '../../src/shared/schema-issue-sentences';

/** The sentences for a wrong pack or settings form in another language: the field named in that language, numbers its way. */
function problems(locale: AppLocale, input: Record<string, unknown>, kind: 'pack' | 'settings' = 'pack'): string[] {
  const formattingProblems: string[] = [];
  const translator = createTranslator(locale, (problem) => formattingProblems.push(problem.message));
  const schema = kind === 'pack' ? presetPackSchema : panelPreferencesSchema;
  const vocabulary = kind === 'pack' ? PRESET_PACK_VOCABULARY : PANEL_PREFERENCES_VOCABULARY;
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  const sentences = describeSchemaIssues(result.error.issues, { schema, vocabulary, input, translator });
  expect(formattingProblems).toEqual([]);
  return sentences;
}

const goodPreset = { id: 'interview', name: 'Interview', depthDb: -9, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 };
const pack = (presets: unknown[], extra: Record<string, unknown> = {}) => ({ schemaVersion: 3, name: 'Acme', presets, ...extra });

describe('a wrong field in a preset pack, in the editor\u2019s language', () => {
  it.each([
    ['fr', 'Préréglage « Interview » → profondeur d’atténuation : doit être entre −24 et −1 dB'],
    ['ca', 'Preajust «Interview» → profunditat de l’atenuació: ha de ser entre −24 i −1 dB'],
    ['pl', 'Preset „Interview” → głębokość wyciszenia: musi być z zakresu od −24 do −1 dB'],
    ['zh-Hans', '预设“Interview” → 闪避深度：必须是 −24 到 −1 dB 之间的值'],
  ] as const)('%s: the field and the range (a true minus sign)', (locale, expected) => {
    expect(problems(locale, pack([{ ...goodPreset, depthDb: 3 }]))).toEqual([expected]);
  });

  it('names a wrong type, a missing field, an unnamed entry and an unknown field in French', () => {
    expect(
      problems(
        'fr',
        pack([
          { ...goodPreset, attackSeconds: 'fast', volume: 3 },
          { ...goodPreset, name: '', holdSeconds: undefined },
        ]),
      ),
    ).toEqual([
      'Préréglage « Interview » → descente : doit être un nombre de secondes',
      'Préréglage « Interview » : « volume » n’est pas un champ connu',
      'Préréglage 2 → nom : ne doit pas être vide',
      'Préréglage 2 → maintien : est obligatoire',
    ]);
  });

  it('writes thousands and dollars the Polish way, and a Polish plural', () => {
    expect(problems('pl', pack([], { policy: { budget: { dailyUsd: -1 } } }))).toEqual([
      // Polish groups thousands with a no-break space and keeps the amount and its currency together with one.
      'Firmowy limit dzienny: musi być większe niż 0\u00a0USD i co najwyżej 100\u00a0000\u00a0USD',
    ]);
    const atMost = (maximum: number) =>
      describeSchemaIssues(
        [{ code: 'too_big', origin: 'array', maximum, inclusive: true, path: ['tags'], message: 'Too big', input: [] }],
        {
          translator: createTranslator('pl'),
        },
      );
    expect([1, 3, 5, 22].flatMap(atMost)).toEqual([
      'tags: może mieć co najwyżej 1 element',
      'tags: może mieć co najwyżej 3 elementy',
      'tags: może mieć co najwyżej 5 elementów',
      'tags: może mieć co najwyżej 22 elementy',
    ]);
  });

  it('runs Chinese sentences on with full-width stops', () => {
    const input = pack([{ ...goodPreset, depthDb: 'loud' }], { schemaVersion: 4 });
    const result = presetPackSchema.safeParse(input, { reportInput: true });
    expect(
      describeSchemaError(result.error!.issues, {
        schema: presetPackSchema,
        vocabulary: PRESET_PACK_VOCABULARY,
        input,
        translator: createTranslator('zh-Hans'),
      }),
    ).toBe('架构版本必须是 3。预设“Interview” → 闪避深度：必须是以分贝（dB）为单位的数字。');
  });
});

describe('the settings form in the editor\u2019s language', () => {
  it('names the Settings tab fields in French, with a whole-number range', () => {
    expect(problems('fr', { ...DEFAULT_PANEL_PREFERENCES, binTemplate: '', maxConcurrentPerProvider: 2.5 }, 'settings')).toEqual([
      'Chutiers : ne doit pas être vide',
      'Tâches simultanées par fournisseur : doit être un nombre entier entre 1 et 10',
    ]);
  });

  it('keeps a message a schema sets itself as written, after the field in Polish', () => {
    const [sentence] = problems('pl', { ...DEFAULT_PANEL_PREFERENCES, fileNameTemplate: '{client}_{slug}' }, 'settings');
    expect(sentence).toMatch(/^Nazwy plików: has unknown \{client\}/);
  });
});
