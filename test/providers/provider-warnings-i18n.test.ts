import { describe, expect, it } from 'vitest';
import { buildBytePlusCreate } from '../../src/providers/byteplus/byteplus-create';
import { buildFalInput } from '../../src/providers/fal/fal-create';
import { buildGoogleOmniCreate } from '../../src/providers/google/google-omni-create';
import { buildGoogleVeoCreate } from '../../src/providers/google/google-veo-create';
import { buildKlingCreate } from '../../src/providers/kling/kling-create';
import { buildOpenAICreate } from '../../src/providers/openai/openai-video-provider';
import { buildRunwayCreate } from '../../src/providers/runway/runway-video-provider';
import type { ProviderWarning, ReferenceImage, VideoRequest } from '../../src/providers/spec';
import type { LocalizedMessage } from '../../src/shared/app-error';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { describeLocalizedIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { tinyPng } from '../support/tiny-png';

const image: ReferenceImage = { bytes: tinyPng(), mimeType: 'image/png', fileName: 'frame.png' };
const request = (overrides: Partial<VideoRequest>): VideoRequest => ({
  model: 'x',
  prompt: 'a heron lifts off',
  durationSeconds: 8,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: 'warn-1',
  ...overrides,
});

/** Every option some model cannot honour, one at a time and all at once. */
const ASKS: readonly Partial<VideoRequest>[] = [
  { audio: false },
  { seed: 1234567 },
  { negativePrompt: 'blur' },
  { resolution: '2160p' },
  { resolution: '480p' },
  { resolution: '1080p', durationSeconds: 4 },
  { referenceImage: image },
  { audio: false, seed: 7, negativePrompt: 'blur', resolution: '4k' },
];

/** The warnings a builder returns for each ask (an ask it refuses outright throws: no warning then). */
function warningsOf(build: (asked: Partial<VideoRequest>) => { warnings: readonly ProviderWarning[] }): ProviderWarning[] {
  return ASKS.flatMap((asked) => {
    try {
      return build(asked).warnings;
    } catch {
      return [];
    }
  });
}

const fal = { providerId: 'fal', providerName: 'fal' };
const VENDORS: Readonly<Record<string, () => ProviderWarning[]>> = {
  fal: () =>
    [
      'fal-ai/kling-video/v2.1/master/text-to-video',
      'fal-ai/kling-video/v3/pro/text-to-video',
      'fal-ai/wan/v2.7/text-to-video',
      'fal-ai/ltx-2.3/text-to-video',
      'minimax/h3/text-to-video',
    ].flatMap((model) =>
      [5, 6].flatMap((durationSeconds) => warningsOf((asked) => buildFalInput(request({ model, durationSeconds, ...asked }), fal))),
    ),
  kling: () => [
    ...warningsOf((asked) => buildKlingCreate(request({ model: 'kling-v1-6', durationSeconds: 5, ...asked }), 'pro')),
    ...warningsOf((asked) => buildKlingCreate(request({ model: 'kling-v3-omni', durationSeconds: 5, ...asked }), 'std')),
    ...warningsOf((asked) => buildKlingCreate(request({ model: 'kling-v3', durationSeconds: 5, ...asked, resolution: '1440p' }), 'std')),
  ],
  byteplus: () =>
    warningsOf((asked) => buildBytePlusCreate(request({ model: 'dreamina-seedance-2-0-260128', durationSeconds: 5, ...asked }))),
  veo: () =>
    warningsOf((asked) =>
      buildGoogleVeoCreate(request({ model: 'veo-3.1-generate-preview', ...asked }), {
        platform: 'gemini-api',
        providerId: 'google',
        providerName: 'Google Veo',
        outputStorageUri: 'gs://bucket/out',
      }),
    ),
  omni: () =>
    warningsOf((asked) =>
      buildGoogleOmniCreate(request({ model: 'gemini-omni-flash', ...asked }), { providerId: 'google-omni', providerName: 'Gemini Omni' }),
    ),
  runway: () =>
    ['gen4.5', 'veo3.1', 'gen4_turbo'].flatMap((model) =>
      warningsOf((asked) => buildRunwayCreate(request({ model, durationSeconds: 5, ...asked }))),
    ),
  openai: () => warningsOf((asked) => buildOpenAICreate(request({ model: 'sora-2', durationSeconds: 8, ...asked }))),
};

const say = (locale: AppLocale, warning: ProviderWarning) =>
  describeLocalizedIn(createTranslator(locale), warning.localized!, warning.details);

/** The catalog's English for a warning: its values, and its alternatives joined as English joins them ("A, B or C"). */
function catalogEnglish(localized: LocalizedMessage): string {
  const english = createTranslator('en');
  const values: Record<string, string | number> = { ...localized.values };
  for (const [name, items] of Object.entries(localized.alternatives ?? {})) values[name] = english.formatList(items, 'disjunction');
  return (english.t as (id: string, values?: object) => string)(localized.id, values);
}

describe('a provider warning in the editor’s language', () => {
  it.each(Object.keys(VENDORS))('%s: every warning has its catalog message, whose English is the warning word for word', (vendor) => {
    const warnings = VENDORS[vendor]!();
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.localized, warning.details).toBeDefined();
      expect(catalogEnglish(warning.localized!)).toBe(warning.details);
      expect(say('en', warning)).toBe(warning.details);
      for (const locale of ['fr', 'ca', 'pl', 'zh-Hans'] as const) {
        const said = say(locale, warning);
        expect(said, `${locale}: ${warning.details}`).not.toBe(warning.details);
        expect(said).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });

  it('is said in French, with the model, the value asked and the provider’s own names as they are', () => {
    const [silent] = buildFalInput(request({ model: 'fal-ai/kling-video/v2.1/master/text-to-video', durationSeconds: 5 }), fal).warnings;
    expect(say('fr', silent!)).toBe('fal-ai/kling-video/v2.1/master/text-to-video ne génère pas d’audio ; le clip sera muet.');
    const [resolution] = buildKlingCreate(request({ model: 'kling-v2-6', resolution: '4k', durationSeconds: 5 }), 'pro').warnings;
    expect(say('fr', resolution!)).toBe('Le modèle Kling kling-v2-6 rend en 720p ou 1080p, pas en 4k ; 1080p a été utilisé.');
  });

  it('counts reference images the Polish way', () => {
    const continuing = (count: number) =>
      buildGoogleOmniCreate(
        request({
          model: 'gemini-omni-flash',
          continueFrom: { mode: 'extend', providerJobId: 'interaction-1' },
          referenceImages: Array.from({ length: count }, () => image),
        }),
        { providerId: 'google-omni', providerName: 'Gemini Omni' },
      ).warnings.find((warning) => warning.feature === 'referenceImages')!;
    expect(say('pl', continuing(3))).toMatch(/3 obrazy referencyjne nie zostały wysłane\.$/);
    expect(say('pl', continuing(5))).toMatch(/5 obrazów referencyjnych nie zostało wysłanych\.$/);
    expect(say('en', continuing(3))).toMatch(/the 3 reference image\(s\) were not sent\.$/);
    expect(catalogEnglish(continuing(3).localized!)).toBe(continuing(3).details);
  });
});
