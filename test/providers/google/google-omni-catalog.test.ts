import { describe, expect, it } from 'vitest';
import { GOOGLE_OMNI_MODELS } from '../../../src/emulators/google';
import { defaultCatalogModel, findCatalogModel, loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';

const catalog = loadBuiltinCatalog();
const TODAY = '2026-12-06';
const base = { prompt: 'harbour at dawn', aspectRatio: '16:9' as const, audio: true };

describe('Gemini Omni in the catalog', () => {
  it('is the Gemini API default, with sound always on and both continuation modes', () => {
    expect(defaultCatalogModel(catalog, 'google', TODAY)?.id).toBe('gemini-omni-1.2-flash');
    for (const id of ['gemini-omni-1.2-flash', 'gemini-omni-1.1-flash']) {
      expect(findCatalogModel(catalog, id)).toMatchObject({ provider: 'google', audio: 'always', continuation: ['extend', 'edit'] });
    }
    // Families as the other providers' entries name them, so each is offered as the other's alternative:
    // fal's Omni 1.2 endpoint, and Runway's gemini_omni_flash (3–10 s at 720p like 1.1; that they are
    // the same model is our inference).
    expect(findCatalogModel(catalog, 'gemini-omni-1.2-flash')?.family).toBe('gemini-omni-1.2-flash');
    expect(findCatalogModel(catalog, 'gemini-omni-1.1-flash')?.family).toBe('gemini-omni-flash');
    expect(catalog.models.filter((model) => model.family === 'gemini-omni-flash').map((model) => model.provider)).toEqual(
      expect.arrayContaining(['google', 'runway']),
    );
  });

  it('says what the emulator enforces: durations and resolutions per model (2160p is Google\u2019s "4k")', () => {
    for (const [id, rules] of Object.entries(GOOGLE_OMNI_MODELS)) {
      const model = findCatalogModel(catalog, id)!;
      expect(model.durationsSeconds).toEqual(
        Array.from({ length: rules.maxSeconds - rules.minSeconds + 1 }, (_, index) => rules.minSeconds + index),
      );
      expect(model.resolutions).toEqual(rules.resolutions.map((resolution) => (resolution === '4k' ? '2160p' : resolution)));
    }
  });

  it('accepts a continuation for Omni and refuses it, naming the field, for a model without the capability', () => {
    const extend = { mode: 'extend' as const, providerJobId: 'v1_abc' };
    expect(
      validateVideoRequest({ ...base, model: 'gemini-omni-1.2-flash', durationSeconds: 8, continueFrom: extend }, catalog, 'google', {
        today: TODAY,
      }),
    ).toEqual([]);
    expect(
      validateVideoRequest({ ...base, model: 'veo-3.1-generate-001', durationSeconds: 8, continueFrom: extend }, catalog, 'google-vertex', {
        today: TODAY,
      }),
    ).toEqual([{ field: 'continueFrom', message: 'Veo 3.1 (Vertex AI) cannot continue an earlier generation; start a new one.' }]);
  });

  it('holds Omni 1.1 to 10 seconds and 720p before anything is sent', () => {
    const problems = validateVideoRequest(
      { ...base, model: 'gemini-omni-1.1-flash', durationSeconds: 12, resolution: '1080p' },
      catalog,
      'google',
      { today: TODAY },
    );
    expect(problems.map((problem) => problem.field)).toEqual(['durationSeconds', 'resolution']);
  });

  it('rests on vendor or SDK sources where it says verified', () => {
    for (const id of ['gemini-omni-1.2-flash', 'gemini-omni-1.1-flash', 'veo-3.1-lite-generate-001']) {
      const lifecycle = findCatalogModel(catalog, id)!.lifecycle!;
      expect(lifecycle.verified).toBe(true);
      expect(lifecycle.sources.some((source) => /^[VS]/.test(source.grade))).toBe(true);
    }
    expect(findCatalogModel(catalog, 'veo-3.1-lite-generate-001')?.lifecycle?.status).toBe('preview');
  });
});
