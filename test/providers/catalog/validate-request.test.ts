import { describe, expect, it } from 'vitest';
import { defaultCatalogModel, findCatalogModel, loadBuiltinCatalog, modelCatalogSchema, validateVideoRequest } from '../../../src/providers/catalog';

const catalog = loadBuiltinCatalog();
const valid = { model: 'kling-v2-6', prompt: 'a heron lifting off a lake', durationSeconds: 5, aspectRatio: '16:9' as const };

describe('built-in catalog', () => {
  it('holds the Kling models with kling-v2-6 as the default', () => {
    expect(catalog.models.filter((model) => model.provider === 'kling').map((model) => model.id)).toEqual(['kling-v2-6', 'kling-v2-5-turbo', 'kling-v3']);
    expect(defaultCatalogModel(catalog, 'kling')?.id).toBe('kling-v2-6');
    expect(findCatalogModel(catalog, 'kling-v2-5-turbo')?.audio).toBe('none');
    expect(findCatalogModel(catalog, 'kling-v3')?.durationsSeconds).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('lists Kling\u2019s API host and both download CDNs on every Kling model', () => {
    for (const model of catalog.models.filter((candidate) => candidate.provider === 'kling')) {
      expect(model.apiHosts).toContain('https://api-singapore.klingai.com');
      expect(model.downloadHosts).toEqual(expect.arrayContaining(['https://*.klingai.com', 'https://*.kwimgs.com']));
    }
  });

  it('refuses a catalog entry with a typo or a non-https host', () => {
    const base = catalog.models[0]!;
    expect(modelCatalogSchema.safeParse({ models: [{ ...base, audo: 'none' }] }).success).toBe(false);
    expect(modelCatalogSchema.safeParse({ models: [{ ...base, apiHosts: ['http://api.example.com'] }] }).success).toBe(false);
    expect(modelCatalogSchema.safeParse({ models: [{ ...base, audio: 'sometimes' }] }).success).toBe(false);
  });
});

describe('validateVideoRequest', () => {
  it('accepts a valid request', () => {
    expect(validateVideoRequest(valid, catalog, 'kling')).toEqual([]);
  });

  it.each([
    [{ durationSeconds: 7 }, 'Kling 2.6 accepts 5 or 10 seconds; 7 s was asked.'],
    [{ model: 'kling-v3', durationSeconds: 20 }, 'Kling 3.0 accepts 3 to 15 seconds; 20 s was asked.'],
    [{ aspectRatio: '4:3' as const }, 'Kling 2.6 accepts aspect ratios 16:9, 9:16 or 1:1; 4:3 was asked.'],
    [{ prompt: '   ' }, 'The prompt is empty.'],
    [{ model: 'kling-v9' }, 'Unknown model "kling-v9". Known models: kling-v2-6, kling-v2-5-turbo, kling-v3.'],
  ])('explains %j', (overrides, message) => {
    expect(validateVideoRequest({ ...valid, ...overrides }, catalog, 'kling').map((problem) => problem.message)).toEqual([message]);
  });

  it('reports every problem at once, each with its field', () => {
    const problems = validateVideoRequest({ ...valid, durationSeconds: 8, aspectRatio: '21:9' }, catalog);
    expect(problems.map((problem) => problem.field)).toEqual(['durationSeconds', 'aspectRatio']);
  });

  it('refuses a model of another provider', () => {
    expect(validateVideoRequest(valid, catalog, 'openai')).toEqual([{ field: 'provider', message: 'Kling 2.6 belongs to provider "kling", not "openai".' }]);
  });
});
