/** The parts of OpenTimelineIO's JSON (otio_json) ClipRelay reads; every other field is kept untouched. */
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value != null && !Array.isArray(value);
}

export function schemaOf(value: unknown): string | null {
  return isObject(value) && typeof value.OTIO_SCHEMA === 'string' ? value.OTIO_SCHEMA : null;
}

/** A `RationalTime.1` in seconds, or null when it is not one. */
function rationalSeconds(value: unknown): number | null {
  if (!isObject(value)) return null;
  const { value: count, rate } = value;
  if (typeof count !== 'number' || typeof rate !== 'number' || rate <= 0) return null;
  return count / rate;
}

export function rationalRate(value: unknown): number | null {
  return isObject(value) && typeof value.rate === 'number' && value.rate > 0 ? value.rate : null;
}

/** `TimeRange.1` → start and duration in seconds. */
export function rangeSeconds(value: unknown): { readonly startSeconds: number; readonly durationSeconds: number } | null {
  if (!isObject(value)) return null;
  const startSeconds = rationalSeconds(value.start_time);
  const durationSeconds = rationalSeconds(value.duration);
  return startSeconds == null || durationSeconds == null ? null : { startSeconds, durationSeconds };
}

/** The name Resolve gives its clip volume effect in OTIO exports (`metadata.Resolve_OTIO["Effect Name"]`). */
export const RESOLVE_VOLUME_EFFECT = 'Fairlight Clip Volume and Fades';

/** Where ClipRelay notes the keyframes it wrote, beside Resolve's data in the effect's metadata. */
export const CLIPRELAY_METADATA_KEY = 'ClipRelay';

/** Resolve's OTIO metadata of an effect, or null. */
function resolveMetadata(effect: JsonObject): JsonObject | null {
  const metadata = effect.metadata;
  if (!isObject(metadata)) return null;
  const resolve = metadata.Resolve_OTIO;
  return isObject(resolve) ? resolve : null;
}

export function isResolveVolumeEffect(effect: JsonObject): boolean {
  return resolveMetadata(effect)?.['Effect Name'] === RESOLVE_VOLUME_EFFECT;
}

export function volumeParameter(effect: JsonObject): JsonObject | null {
  const parameters = resolveMetadata(effect)?.Parameters;
  if (!Array.isArray(parameters)) return null;
  return (parameters.find((parameter) => isObject(parameter) && parameter['Parameter ID'] === 'volume') as JsonObject | undefined) ?? null;
}
