import { describe, expect, it } from 'vitest';
import { parsePresetPack, PresetPackError } from '../../../src/domain/presets';
import { createTranslator } from '../../../src/shared/i18n/translator';

/** A pasted pack refused in the panel names the wrong field in the panel's language; the CLI (no translator) keeps English. */
const badPack = JSON.stringify({
  schemaVersion: 3,
  name: 'Acme',
  presets: [{ id: 'interview', name: 'Interview', depthDb: 3, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 }],
});
const badV1Pack = JSON.stringify({
  schemaVersion: 1,
  name: 'Old',
  presets: [{ id: 'vo', name: 'VO', duckDb: 'deep', fadeDownMs: 100, fadeUpMs: 200, holdMs: 0 }],
});

function refusal(text: string, ...translator: Parameters<typeof createTranslator>[0][]): PresetPackError {
  try {
    parsePresetPack(text, 'the pasted pack', translator[0] == null ? undefined : createTranslator(translator[0]));
  } catch (error) {
    if (error instanceof PresetPackError) return error;
    throw error;
  }
  throw new Error('the pack was accepted');
}

describe('a refused preset pack in the panel\u2019s language', () => {
  it('keeps English without a translator (the CLI, logs), each issue with its path', () => {
    const error = refusal(badPack);
    expect(error.issues).toEqual([
      { path: 'presets[0].depthDb', message: "Preset 'Interview' → duck depth: must be between −24 and −1 dB" },
    ]);
  });

  it.each([
    ['fr', 'Préréglage « Interview » → profondeur d’atténuation : doit être entre −24 et −1 dB'],
    ['pl', 'Preset „Interview” → głębokość wyciszenia: musi być z zakresu od −24 do −1 dB'],
    ['zh-Hans', '预设“Interview” → 闪避深度：必须是 −24 到 −1 dB 之间的值'],
  ] as const)('%s names the field in that language', (locale, expected) => {
    const error = refusal(badPack, locale);
    expect(error.issues).toEqual([{ path: 'presets[0].depthDb', message: expected }]);
    expect(error.message).toContain(expected);
  });

  it('says a version 1 pack\u2019s field in French too', () => {
    expect(refusal(badV1Pack, 'fr').issues).toEqual([
      { path: 'presets[0].duckDb', message: 'Préréglage « VO » → profondeur d’atténuation : doit être un nombre de décibels (dB)' },
    ]);
  });
});
