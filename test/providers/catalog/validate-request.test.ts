import { describe, expect, it } from 'vitest';
import {
  defaultCatalogModel,
  findCatalogModel,
  loadBuiltinCatalog,
  modelCatalogSchema,
  validateVideoRequest,
} from '../../../src/providers/catalog';

const catalog = loadBuiltinCatalog();
const valid = { model: 'kling-v2-6', prompt: 'a heron lifting off a lake', durationSeconds: 5, aspectRatio: '16:9' as const };

describe('built-in catalog', () => {
  it('holds the Kling models with kling-v2-6 as the default', () => {
    expect(catalog.models.filter((model) => model.provider === 'kling').map((model) => model.id)).toEqual([
      'kling-v2-6',
      'kling-v2-5-turbo',
      'kling-v3',
      'kling-v3-omni',
      'kling-v4',
    ]);
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
    [{ model: 'kling-v9' }, 'Unknown model "kling-v9". Known models: kling-v2-6, kling-v2-5-turbo, kling-v3, kling-v3-omni, kling-v4.'],
  ])('explains %j', (overrides, message) => {
    expect(validateVideoRequest({ ...valid, ...overrides }, catalog, 'kling').map((problem) => problem.message)).toEqual([message]);
  });

  it('reports every problem at once, each with its field', () => {
    const problems = validateVideoRequest({ ...valid, durationSeconds: 8, aspectRatio: '21:9' }, catalog);
    expect(problems.map((problem) => problem.field)).toEqual(['durationSeconds', 'aspectRatio']);
  });

  it('refuses a model of another provider', () => {
    expect(validateVideoRequest(valid, catalog, 'openai')).toEqual([
      { field: 'provider', message: 'Kling 2.6 belongs to provider "kling", not "openai".' },
    ]);
  });
});

describe('validateVideoRequest: resolution and reference image', () => {
  const image = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: 'image/png' as const, fileName: 'frame.png' };

  it('accepts a resolution the model offers, and none at all', () => {
    expect(validateVideoRequest({ ...valid, resolution: '720p' }, catalog, 'kling')).toEqual([]);
    expect(
      validateVideoRequest({ ...valid, model: 'veo-3.1-generate-001', durationSeconds: 8, resolution: '1080p' }, catalog, 'google-vertex'),
    ).toEqual([]);
  });

  it('refuses a resolution the model lacks, naming what it offers', () => {
    expect(validateVideoRequest({ ...valid, resolution: '4k' }, catalog, 'kling')).toMatchObject([
      { field: 'resolution', message: 'Kling 2.6 offers 720p or 1080p; 4k was asked.' },
    ]);
    expect(
      validateVideoRequest({ ...valid, model: 'gen4.5', durationSeconds: 8, resolution: '1080p' }, catalog, 'runway').map(
        (problem) => problem.message,
      ),
    ).toEqual(['Runway Gen-4.5 offers 720p; 1080p was asked.']);
  });

  it('leaves a resolution to the adapter when the catalog does not know the model\u2019s', () => {
    expect(findCatalogModel(catalog, 'veo3.1')?.resolutions).toBeUndefined();
    expect(validateVideoRequest({ ...valid, model: 'veo3.1', durationSeconds: 8, resolution: '1080p' }, catalog, 'runway')).toEqual([]);
  });

  it('refuses an image for a text-only model, and takes one where the model does', () => {
    expect(validateVideoRequest({ ...valid, referenceImage: image }, catalog, 'kling')).toEqual([]);
    expect(
      validateVideoRequest({ ...valid, model: 'fal-ai/veo3.1/fast', durationSeconds: 8, referenceImage: image }, catalog, 'fal'),
    ).toMatchObject([
      {
        field: 'referenceImage',
        message: 'Veo 3.1 Fast (fal) makes video from text only; clear the reference image or pick another model.',
      },
    ]);
  });

  it('refuses a strict-schema typo in the new fields', () => {
    const base = catalog.models[0]!;
    expect(modelCatalogSchema.safeParse({ models: [{ ...base, resolutions: ['1080'] }] }).success).toBe(false);
    expect(modelCatalogSchema.safeParse({ models: [{ ...base, imageInput: 'sometimes' }] }).success).toBe(false);
  });
});
