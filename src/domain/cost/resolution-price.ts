/**
 * What a model costs per second, as the catalog states it: one list price, and optionally a price
 * per output resolution where the vendor charges by resolution (Kling 3.0's 4K mode costs 3.75×
 * its 1080p mode). Structural, so the catalog entry itself can be passed; domain code does not
 * import the catalog.
 */
export interface ModelPricing {
  /** The price at the model's default resolution, used when the request names none. */
  readonly pricePerSecondUsd: number;
  /** @default undefined (one price for every resolution) */
  readonly pricePerSecondUsdByResolution?: Readonly<Record<string, number>>;
}

/**
 * The price per second of a clip at `resolution` (short side, e.g. "2160p"): its own price where
 * the model lists one; otherwise the model's single price, since a resolution the vendor does not
 * price separately costs what the model costs.
 */
export function pricePerSecondAtResolutionUsd(pricing: ModelPricing, resolution: string | undefined): number {
  if (resolution == null) return pricing.pricePerSecondUsd;
  return pricing.pricePerSecondUsdByResolution?.[resolution] ?? pricing.pricePerSecondUsd;
}
