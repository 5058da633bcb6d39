import { describe, expect, it } from 'vitest';
import {
  defaultCatalogModel,
  effectiveModelStatus,
  familyAlternatives,
  findCatalogModel,
  isModelOffered,
  loadBuiltinCatalog,
  modelCatalogSchema,
  offeredModels,
  validateVideoRequest,
} from '../../../src/providers/catalog';

const catalog = loadBuiltinCatalog();
const TODAY = '2026-12-06';
const model = (id: string) => findCatalogModel(catalog, id)!;

describe('model lifecycle in the built-in catalog', () => {
  it('gives every model a status with at least one graded, dated source', () => {
    for (const entry of catalog.models) {
      expect(entry.lifecycle, entry.id).toBeDefined();
      expect(entry.lifecycle!.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('names, for every retired or deprecated model, a replacement the catalog offers today', () => {
    for (const entry of catalog.models.filter((candidate) => ['retired', 'deprecated'].includes(candidate.lifecycle!.status))) {
      const replacement = entry.lifecycle!.replacement!;
      const target = findCatalogModel(catalog, replacement.model);
      expect(target?.provider, entry.id).toBe(replacement.provider);
      expect(isModelOffered(target!, TODAY), entry.id).toBe(true);
    }
  });

  it('retires every OpenAI Sora entry (API shut down 2026-09-24; Azure sora-2 retired 2026-10-15)', () => {
    const openai = catalog.models.filter((entry) => entry.provider === 'openai');
    expect(openai.map((entry) => entry.id)).toEqual(['sora-2', 'sora-2-pro']);
    for (const entry of openai) expect(entry.lifecycle).toMatchObject({ status: 'retired', retiredOn: '2026-09-24' });
    expect(defaultCatalogModel(catalog, 'openai', TODAY)).toBeUndefined();
  });

  it('retires the Gemini API Veo ids with Vertex veo-3.1-generate-001 (or its Fast sibling) as replacement', () => {
    expect(model('veo-3.1-generate-preview').lifecycle).toMatchObject({
      status: 'retired',
      retiredOn: '2026-10-22',
      replacement: { provider: 'google-vertex', model: 'veo-3.1-generate-001' },
    });
    expect(model('veo-3.1-fast-generate-preview').lifecycle).toMatchObject({
      status: 'retired',
      retiredOn: '2026-10-22',
      replacement: { provider: 'google-vertex', model: 'veo-3.1-fast-generate-001' },
    });
    expect(model('veo-3.0-generate-001').lifecycle).toMatchObject({
      status: 'retired',
      retiredOn: '2026-06-30',
      replacement: { provider: 'google-vertex', model: 'veo-3.1-generate-001' },
    });
    expect(model('veo-3.1-generate-preview').lifecycle!.sources[0]!.grade).toBe('T');
  });

  it('keeps what the sandbox and the e2e tests pick live: Kling (the sandbox default) and Runway', () => {
    expect(defaultCatalogModel(catalog, 'kling', TODAY)?.id).toBe('kling-v2-6');
    expect(effectiveModelStatus(model('kling-v2-6'), TODAY)).toBe('live');
    expect(defaultCatalogModel(catalog, 'runway', TODAY)?.id).toBe('veo3.1');
    expect(catalog.models.some((entry) => entry.provider === 'runway' && entry.id === 'veo3')).toBe(false);
  });

  it('offers no retired model', () => {
    const offered = offeredModels(catalog, TODAY).map((entry) => entry.id);
    expect(offered).not.toContain('sora-2');
    expect(offered).not.toContain('veo-3.1-generate-preview');
    expect(offered).toContain('veo-3.1-generate-001');
    expect(offered).toContain('fal-ai/veo3'); // deprecated, still offered with its note
  });
});

describe('effectiveModelStatus', () => {
  const base = catalog.models[0]!;
  const source = { ref: 'https://example.com/notice', grade: 'V', checkedOn: '2026-01-01' };

  it('turns a deprecated model retired once its retirement day has come', () => {
    const deprecated = {
      ...base,
      lifecycle: { status: 'deprecated' as const, retiredOn: '2027-01-15', sources: [source], verified: true },
    };
    expect(effectiveModelStatus(deprecated, '2027-01-14')).toBe('deprecated');
    expect(effectiveModelStatus(deprecated, '2027-01-15')).toBe('retired');
    expect(isModelOffered(deprecated, '2027-01-15')).toBe(false);
  });

  it('counts a model without lifecycle data (a newer catalog) as live', () => {
    const { lifecycle: _, ...bare } = base;
    expect(effectiveModelStatus(bare, TODAY)).toBe('live');
  });
});

describe('validateVideoRequest: lifecycle and constraints', () => {
  const base = { prompt: 'a heron', aspectRatio: '16:9' as const, durationSeconds: 8 };

  it('refuses a retired model, naming when it ended and the replacement (on another provider)', () => {
    expect(validateVideoRequest({ ...base, model: 'veo-3.1-generate-preview' }, catalog, 'google', { today: TODAY })).toEqual([
      {
        field: 'model',
        message:
          "Veo 3.1 (google veo-3.1-generate-preview) was retired on 2026-10-22 (Google shut the Gemini API's Veo 3.1 preview ids down; Veo 3.1 stays on Vertex AI, Runway and fal). " +
          'Use Veo 3.1 (Vertex AI) (google-vertex veo-3.1-generate-001) instead.',
      },
    ]);
    expect(validateVideoRequest({ ...base, model: 'sora-2' }, catalog, 'openai', { today: TODAY })[0]!.message).toMatch(
      /^Sora 2 \(openai sora-2\) was retired on 2026-09-24 \(OpenAI shut the Sora API down.*\)\. Use Kling 3\.0 \(kling kling-v3\) instead\.$/,
    );
  });

  it('lists only offered models as known, and says "none" for a provider with none', () => {
    expect(validateVideoRequest({ ...base, model: 'sora-3' }, catalog, 'openai', { today: TODAY })[0]!.message).toBe(
      'Unknown model "sora-3". Known models: none.',
    );
  });

  it('explains Kling 2.6 sound at 720p (pro mode only) before anything is sent', () => {
    const kling = { ...base, model: 'kling-v2-6', durationSeconds: 5 };
    expect(validateVideoRequest({ ...kling, resolution: '720p', audio: true }, catalog, 'kling', { today: TODAY })).toEqual([
      { field: 'audio', message: 'Kling 2.6 makes sound only at 1080p (pro mode); pick 1080p or turn sound off.' },
    ]);
    expect(validateVideoRequest({ ...kling, resolution: '720p', audio: false }, catalog, 'kling', { today: TODAY })).toEqual([]);
    expect(validateVideoRequest({ ...kling, resolution: '1080p', audio: true }, catalog, 'kling', { today: TODAY })).toEqual([]);
    // No resolution: the adapter's default applies (Kling: pro).
    expect(validateVideoRequest({ ...kling, audio: true }, catalog, 'kling', { today: TODAY })).toEqual([]);
  });

  it('lets Kling 3.0 make sound at 720p (std)', () => {
    expect(
      validateVideoRequest({ ...base, model: 'kling-v3', durationSeconds: 5, resolution: '720p', audio: true }, catalog, 'kling', {
        today: TODAY,
      }),
    ).toEqual([]);
  });
});

describe('familyAlternatives', () => {
  it('offers the same model on other providers, optionally only those configured', () => {
    const preview = model('veo-3.1-generate-preview');
    expect(familyAlternatives(preview, catalog, TODAY).map((entry) => `${entry.provider} ${entry.id}`)).toEqual([
      'google-vertex veo-3.1-generate-001',
      'runway veo3.1',
      'fal fal-ai/veo3.1',
    ]);
    expect(familyAlternatives(preview, catalog, TODAY, ['runway']).map((entry) => entry.id)).toEqual(['veo3.1']);
  });
});

describe('catalog schema for lifecycle data', () => {
  const base = catalog.models[0]!;
  it.each([
    ['a status that is not one of the four', { ...base, lifecycle: { ...base.lifecycle!, status: 'sunset' } }],
    ['a date that is not ISO', { ...base, lifecycle: { ...base.lifecycle!, retiredOn: '24/09/2026' } }],
    [
      'a grade that is not V, S, T or I',
      { ...base, lifecycle: { ...base.lifecycle!, sources: [{ ref: 'x', grade: 'high', checkedOn: TODAY }] } },
    ],
    ['a lifecycle without a source', { ...base, lifecycle: { status: 'live', sources: [] } }],
    [
      'a constraint with a typo',
      { ...base, constraints: [{ when: { audio: true }, allowedResolution: ['1080p'], message: 'x', sources: base.lifecycle!.sources }] },
    ],
  ])('refuses %s', (_label, entry) => {
    expect(modelCatalogSchema.safeParse({ models: [entry] }).success).toBe(false);
  });
});
