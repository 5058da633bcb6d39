import { formatSchemaIssues } from './format-schema-issues';
import { LockedPresetError, PresetPackError } from './preset-pack-error';
import { PRESET_FIELDS } from './preset-pack-vocabulary';
import { packPresetSchema, type PackPreset, type PackPresetInput } from './preset-pack-schema';

/** One source of presets, e.g. the built-ins, an agency pack, the user's own. */
export interface PresetLayer {
  /** Shown when an override is refused, e.g. "Acme house mix" or "your presets". */
  readonly source: string;
  readonly presets: readonly PackPreset[];
}

export interface MergedPreset {
  readonly preset: PackPreset;
  /** The layer the preset came from. */
  readonly source: string;
}

/** A preset a later layer tried to replace while an earlier layer had locked it. */
export interface RefusedOverride {
  readonly id: string;
  readonly source: string;
  readonly lockedBy: string;
}

export interface MergedPresets {
  /** In order of first appearance, so built-ins stay first and a user override keeps its place. */
  readonly presets: readonly MergedPreset[];
  readonly refused: readonly RefusedOverride[];
}

/**
 * Merges preset layers from lowest to highest priority (built-ins, then agency packs, then the
 * user's presets): a later preset replaces an earlier one with the same id — unless the earlier
 * one is locked, in which case the override is refused and reported, never silently applied.
 */
export function mergePresetLayers(layers: readonly PresetLayer[]): MergedPresets {
  const byId = new Map<string, MergedPreset>();
  const refused: RefusedOverride[] = [];
  for (const layer of layers) {
    for (const preset of layer.presets) {
      const existing = byId.get(preset.id);
      if (existing?.preset.locked === true) {
        refused.push({ id: preset.id, source: layer.source, lockedBy: existing.source });
        continue;
      }
      byId.set(preset.id, { preset, source: layer.source });
    }
  }
  return { presets: [...byId.values()], refused };
}

/**
 * A preset with some fields changed, validated. Throws LockedPresetError for a locked preset
 * (`lockedBy` names who pinned it) and PresetPackError naming each invalid value. `id` and `locked` cannot be
 * changed here: a new id is a new preset, and only whoever owns the pack sets the lock.
 */
export function editPreset(
  preset: PackPreset,
  changes: Partial<Omit<PackPresetInput, 'id' | 'locked'>>,
  lockedBy = 'its preset pack',
): PackPreset {
  if (preset.locked) throw new LockedPresetError(preset.id, lockedBy);
  const input = { ...preset, ...changes, id: preset.id, locked: false };
  const result = packPresetSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = formatSchemaIssues(result.error.issues, { schema: packPresetSchema, vocabulary: { fields: PRESET_FIELDS }, input });
  throw new PresetPackError({ source: `preset '${preset.name}'`, issues });
}
