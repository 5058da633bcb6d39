import type { PresetPackIssue } from './preset-pack-error';

/** Fields schema version 3 added, by path: a version 2 file that uses one is refused, naming it. */
const V3_ONLY_FIELDS: readonly (readonly string[])[] = [
  ['version'],
  ['updateRequired'],
  ['prompts'],
  ['policy', 'clients'],
  ['policy', 'reportPrompts'],
  ['policy', 'budget', 'perClientMonthlyUsd'],
];

/**
 * Schema version 2 is version 3 without the release number, client tagging, prompt privacy, the
 * per-client cap and the prompt library: every version 2 pack is a version 3 pack at release 1, so
 * the migration only restamps it (the v3 schema then checks every field, with the same paths a v2
 * file has). Fields version 3 added are refused in a version 2 file rather than read silently.
 */
export function migratePresetPackV2(json: Readonly<Record<string, unknown>>): {
  readonly pack: Record<string, unknown>;
  readonly issues: readonly PresetPackIssue[];
} {
  const issues = V3_ONLY_FIELDS.filter((path) => valueAt(json, path) !== undefined).map((path): PresetPackIssue => ({
    path: path.join('.'),
    message: `“${path.join('.')}” is a schema version 3 field; set schemaVersion to 3 to use it`,
    localized: { id: 'packs.versionThreeField', values: { field: path.join('.') } },
  }));
  return { pack: { ...json, schemaVersion: 3 }, issues };
}

/**
 * A stored pack (the panel's preferences keep installed packs) written by a build that spoke
 * version 2, restamped as version 3; anything else as it is.
 */
export function upgradeStoredPresetPack(value: unknown): unknown {
  if (typeof value !== 'object' || value == null || (value as { schemaVersion?: unknown }).schemaVersion !== 2) return value;
  return { ...value, schemaVersion: 3 };
}

function valueAt(json: unknown, path: readonly string[]): unknown {
  let current: unknown = json;
  for (const key of path) {
    if (typeof current !== 'object' || current == null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
