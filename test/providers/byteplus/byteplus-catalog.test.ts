import { describe, expect, it } from 'vitest';
import { defaultCatalogModel, findCatalogModel, loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';
import { byteplusResolutions } from '../../../src/providers/byteplus';

const catalog = loadBuiltinCatalog();
const byteplusModels = catalog.models.filter((model) => model.provider === 'byteplus');
const valid = {
  model: 'dreamina-seedance-2-0-260128',
  prompt: 'waves at night, a foghorn',
  durationSeconds: 8,
  aspectRatio: '16:9' as const,
};

describe('BytePlus catalog entries', () => {
  it('offers Seedance 2.0 (default), Fast, Mini and 2.5, sharing families with Runway\u2019s Seedance', () => {
    expect(byteplusModels.map((model) => model.id)).toEqual([
      'dreamina-seedance-2-0-260128',
      'dreamina-seedance-2-0-fast-260128',
      'dreamina-seedance-2-0-mini-260615',
      'dreamina-seedance-2-5-260628',
    ]);
    expect(defaultCatalogModel(catalog, 'byteplus', '2026-12-06')?.id).toBe('dreamina-seedance-2-0-260128');
    for (const family of ['seedance-2.0', 'seedance-2.0-fast', 'seedance-2.0-mini']) {
      expect(catalog.models.filter((model) => model.family === family).map((model) => model.provider)).toEqual(
        expect.arrayContaining(['runway', 'byteplus']),
      );
    }
  });

  it('says every entry is unverified, with the vendor SDK for the API and graded third parties for the ids', () => {
    for (const model of byteplusModels) {
      expect(model.lifecycle).toMatchObject({ status: 'live', verified: false });
      const grades = model.lifecycle!.sources.map((source) => source.grade);
      expect(grades).toContain('S');
      expect(grades.filter((grade) => grade.startsWith('T')).length).toBeGreaterThanOrEqual(2);
      expect(model.lifecycle!.sources.every((source) => source.checkedOn === '2026-12-06')).toBe(true);
    }
  });

  it('has native audio on a switch, first-frame images, ModelArk\u2019s API host and its object-storage hosts', () => {
    for (const model of byteplusModels) {
      expect(model).toMatchObject({ audio: 'toggle', imageInput: 'optional', apiHosts: ['https://ark.ap-southeast.bytepluses.com'] });
      expect(model.downloadHosts).toContain('https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.volces.com');
    }
  });

  it('agrees with the adapter on which resolutions each model renders', () => {
    for (const model of byteplusModels) expect(model.resolutions).toEqual(byteplusResolutions(model.id));
  });
});

describe('BytePlus requests checked against the catalog before anything is sent', () => {
  it('accepts 4 to 15 s on 2.0 and up to 30 s on 2.5', () => {
    expect(validateVideoRequest(valid, catalog, 'byteplus')).toEqual([]);
    expect(validateVideoRequest({ ...valid, model: 'dreamina-seedance-2-5-260628', durationSeconds: 30 }, catalog, 'byteplus')).toEqual([]);
    expect(validateVideoRequest({ ...valid, durationSeconds: 16 }, catalog, 'byteplus').map((problem) => problem.field)).toEqual([
      'durationSeconds',
    ]);
    expect(validateVideoRequest({ ...valid, durationSeconds: 3 }, catalog, 'byteplus').map((problem) => problem.field)).toEqual([
      'durationSeconds',
    ]);
  });

  it('refuses 1080p on Fast, which renders up to 720p', () => {
    const problems = validateVideoRequest(
      { ...valid, model: 'dreamina-seedance-2-0-fast-260128', resolution: '1080p' },
      catalog,
      'byteplus',
    );
    expect(problems.map((problem) => problem.field)).toEqual(['resolution']);
    expect(validateVideoRequest({ ...valid, resolution: '1080p' }, catalog, 'byteplus')).toEqual([]);
  });

  it('refuses an aspect ratio Seedance does not render', () => {
    expect(findCatalogModel(catalog, valid.model)?.aspectRatios).not.toContain('2:1');
    expect(validateVideoRequest({ ...valid, aspectRatio: '2:1' }, catalog, 'byteplus').map((problem) => problem.field)).toEqual([
      'aspectRatio',
    ]);
  });
});
