import type { PackPreset } from './preset-pack-schema';

/** One source of presets, e.g. the built-ins, an agency pack, the user's own. */
interface PresetLayer {
  /** Shown when an override is refused, e.g. "Acme house mix" or "your presets". */
  readonly source: string;
  readonly presets: readonly PackPreset[];
}

interface MergedPreset {
  readonly preset: PackPreset;
  /** The layer the preset came from. */
  readonly source: string;
}

/** A preset a later layer tried to replace while an earlier layer had locked it. */
interface RefusedOverride {
  readonly id: string;
  readonly source: string;
  readonly lockedBy: string;
}

interface MergedPresets {
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
