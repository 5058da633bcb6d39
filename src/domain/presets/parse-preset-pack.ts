import type { DescribeIssuesOptions } from '../../shared/schema-issue-sentences';
import { formatSchemaIssues } from './format-schema-issues';
import { jsonSyntaxIssue } from './json-syntax-issue';
import { PresetPackError } from './preset-pack-error';
import { CURRENT_PRESET_PACK_VERSION, presetPackSchema, type PresetPack } from './preset-pack-schema';
import { migratePresetPackV1, presetPackV1Schema } from './preset-pack-v1';
import { migratePresetPackV2 } from './preset-pack-v2';
import { PRESET_PACK_V1_VOCABULARY, PRESET_PACK_VOCABULARY } from './preset-pack-vocabulary';

/**
 * Reads a preset pack from its JSON text, migrating older schema versions to the current one.
 * Throws PresetPackError listing every wrong field in the panel's words ("Preset 'Interview' → duck
 * depth: must be between −24 and −1 dB"), each with its path as it is in the file that was read —
 * a v1 file's errors name v1 fields. `source` (a file name) starts the message. `translator`: the language of the
 * field sentences (the panel's; English by default, as the CLI and logs keep it).
 */
export function parsePresetPack(text: string, source = 'preset pack', translator?: DescribeIssuesOptions['translator']): PresetPack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PresetPackError({ source, issues: [jsonSyntaxIssue(error, text)], cause: error });
  }
  return presetPackFromJson(json, source, translator);
}

/** The same as parsePresetPack for an already-parsed JSON value. */
export function presetPackFromJson(json: unknown, source = 'preset pack', translator?: DescribeIssuesOptions['translator']): PresetPack {
  if (typeof json !== 'object' || json == null || Array.isArray(json)) {
    throw new PresetPackError({
      source,
      issues: [
        {
          path: '',
          message: 'It must be a JSON object with schemaVersion, name and presets',
          localized: { id: 'packs.notAnObject' },
        },
      ],
    });
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) {
    const v1 = presetPackV1Schema.safeParse(json, { reportInput: true });
    if (!v1.success)
      throw new PresetPackError({
        source,
        issues: formatSchemaIssues(v1.error.issues, {
          schema: presetPackV1Schema,
          vocabulary: PRESET_PACK_V1_VOCABULARY,
          input: json,
          translator,
        }),
      });
    return validateCurrent(migratePresetPackV1(v1.data), source, translator);
  }
  if (version === 2) {
    const v2 = migratePresetPackV2(json as Record<string, unknown>);
    if (v2.issues.length > 0) throw new PresetPackError({ source, issues: v2.issues });
    return validateCurrent(v2.pack, source, translator);
  }
  if (version === CURRENT_PRESET_PACK_VERSION) return validateCurrent(json, source, translator);
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_PRESET_PACK_VERSION) {
    throw new PresetPackError({
      source,
      issues: [
        {
          path: 'schemaVersion',
          message: `Schema version ${version} is newer than this version of ClipRelay reads (${CURRENT_PRESET_PACK_VERSION}); update ClipRelay`,
          localized: { id: 'packs.versionNewer', values: { version: String(version), current: String(CURRENT_PRESET_PACK_VERSION) } },
        },
      ],
    });
  }
  throw new PresetPackError({
    source,
    issues: [
      {
        path: 'schemaVersion',
        message:
          version === undefined
            ? `Schema version is required (1, 2 or ${CURRENT_PRESET_PACK_VERSION})`
            : `Schema version must be 1, 2 or ${CURRENT_PRESET_PACK_VERSION}`,
        localized: {
          id: version === undefined ? 'packs.versionRequired' : 'packs.versionUnknown',
          values: { current: String(CURRENT_PRESET_PACK_VERSION) },
        },
      },
    ],
  });
}

/** Validates a current-version pack (no migration), refusing it with PresetPackError naming every wrong field. */
function validateCurrent(json: unknown, source: string, translator: DescribeIssuesOptions['translator']): PresetPack {
  const result = presetPackSchema.safeParse(json, { reportInput: true });
  if (!result.success)
    throw new PresetPackError({
      source,
      issues: formatSchemaIssues(result.error.issues, {
        schema: presetPackSchema,
        vocabulary: PRESET_PACK_VOCABULARY,
        input: json,
        translator,
      }),
    });
  return result.data;
}
