import { describe, expect, it } from 'vitest';
import { estimateClipCostUsd } from '../../src/domain/cost/estimate-cost';
import { pricePerSecondAtResolutionUsd } from '../../src/domain/cost/resolution-price';
import { findCatalogModel, loadBuiltinCatalog } from '../../src/providers/catalog';

describe('clip cost by resolution', () => {
  const klingLike = { pricePerSecondUsd: 0.112, pricePerSecondUsdByResolution: { '720p': 0.084, '1080p': 0.112, '2160p': 0.42 } };

  it('prices each resolution at its own rate', () => {
    expect(estimateClipCostUsd(klingLike, { durationSeconds: 10, resolution: '2160p' })).toBe(4.2);
    expect(estimateClipCostUsd(klingLike, { durationSeconds: 10, resolution: '720p' })).toBe(0.84);
  });

  it('uses the model price when the request names no resolution, or one the model does not price apart', () => {
    expect(estimateClipCostUsd(klingLike, { durationSeconds: 5 })).toBe(0.56);
    expect(pricePerSecondAtResolutionUsd(klingLike, '360p')).toBe(0.112);
    expect(estimateClipCostUsd({ pricePerSecondUsd: 0.13 }, { durationSeconds: 8, resolution: '2160p' })).toBe(1.04);
  });

  it('estimates the catalog’s Kling 3.0 in 4K at 3.75× its 1080p price (Kling units 3.0 vs 0.8 per second)', () => {
    const kling = findCatalogModel(loadBuiltinCatalog(), 'kling-v3')!;
    const at1080 = estimateClipCostUsd(kling, { durationSeconds: 10, resolution: '1080p' });
    const at2160 = estimateClipCostUsd(kling, { durationSeconds: 10, resolution: '2160p' });
    expect(at2160 / at1080).toBeCloseTo(3.75, 6);
  });

  it('prices only resolutions a model renders', () => {
    for (const model of loadBuiltinCatalog().models) {
      const priced = Object.keys(model.pricePerSecondUsdByResolution ?? {});
      expect(
        priced.filter((resolution) => !(model.resolutions ?? []).includes(resolution)),
        model.id,
      ).toEqual([]);
    }
  });
});
