import { pricePerSecondAtResolutionUsd, type ModelPricing } from './resolution-price';

/** The catalog's list price for a clip: price per second × seconds. An estimate, shown before Generate. */
export function estimateCostUsd(pricePerSecondUsd: number, durationSeconds: number): number {
  return Math.round(pricePerSecondUsd * durationSeconds * 10_000) / 10_000;
}

/**
 * The list price of one clip of a model at the resolution the request asks for (or the model's
 * default when it names none): what the Generate tab, the CLI and the budget caps should use, so a
 * 4K clip is not estimated at the 1080p price.
 */
export function estimateClipCostUsd(
  pricing: ModelPricing,
  clip: { readonly durationSeconds: number; readonly resolution?: string },
): number {
  return estimateCostUsd(pricePerSecondAtResolutionUsd(pricing, clip.resolution), clip.durationSeconds);
}
