import { formatSchemaIssues } from './format-schema-issues';
import { PresetPackError } from './preset-pack-error';
import { CURRENT_PRESET_PACK_VERSION, presetPackSchema, type PresetPack } from './preset-pack-schema';
import { migratePresetPackV1, presetPackV1Schema } from './preset-pack-v1';

/**
 * Reads a preset pack from its JSON text, migrating older schema versions to the current one.
 * Throws PresetPackError listing every wrong field (`presets[1].depthDb: must be between −24 and
 * −1 dB`), with paths as they are in the file that was read — a v1 file's errors name v1 fields.
 * `source` (a file name) starts the message.
 */
export function parsePresetPack(text: string, source = 'preset pack'): PresetPack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PresetPackError(
      source,
      [{ path: '', message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }],
      { cause: error },
    );
  }
  return presetPackFromJson(json, source);
}

/** The same as parsePresetPack for an already-parsed JSON value. */
export function presetPackFromJson(json: unknown, source = 'preset pack'): PresetPack {
  if (typeof json !== 'object' || json == null || Array.isArray(json)) {
    throw new PresetPackError(source, [{ path: '', message: 'must be a JSON object with schemaVersion, name and presets' }]);
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) {
    const v1 = presetPackV1Schema.safeParse(json, { reportInput: true });
    if (!v1.success) throw new PresetPackError(source, formatSchemaIssues(v1.error.issues));
    return validateCurrent(migratePresetPackV1(v1.data), source);
  }
  if (version === CURRENT_PRESET_PACK_VERSION) return validateCurrent(json, source);
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_PRESET_PACK_VERSION) {
    throw new PresetPackError(source, [
      {
        path: 'schemaVersion',
        message: `${version} is newer than this version of ClipRelay reads (${CURRENT_PRESET_PACK_VERSION}); update ClipRelay`,
      },
    ]);
  }
  throw new PresetPackError(source, [
    { path: 'schemaVersion', message: version === undefined ? 'is required (1 or 2)' : `must be 1 or ${CURRENT_PRESET_PACK_VERSION}` },
  ]);
}

function validateCurrent(json: unknown, source: string): PresetPack {
  const result = presetPackSchema.safeParse(json, { reportInput: true });
  if (!result.success) throw new PresetPackError(source, formatSchemaIssues(result.error.issues));
  return result.data;
}
