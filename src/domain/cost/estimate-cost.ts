/** The catalog's list price for a clip: price per second × seconds. An estimate, shown before Generate. */
export function estimateCostUsd(pricePerSecondUsd: number, durationSeconds: number): number {
  return Math.round(pricePerSecondUsd * durationSeconds * 10_000) / 10_000;
}
