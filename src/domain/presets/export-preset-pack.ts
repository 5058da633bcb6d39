import { speechDetectionSchema } from '../ducking/speech-detection-settings';
import { duckPresetShape } from '../ducking/duck-preset';
import { presetPackFromJson } from './parse-preset-pack';
import type { PresetPack, PresetPackInput } from './preset-pack-schema';

const PACK_KEYS = [
  'schemaVersion',
  'name',
  'version',
  'updateRequired',
  'author',
  'organisation',
  'description',
  'policy',
  'prompts',
  'presets',
] as const;
const PRESET_KEYS = [...Object.keys(duckPresetShape), 'locked', 'lockedFields'];
const DETECTION_KEYS = Object.keys(speechDetectionSchema.shape);

/**
 * The pack as stable, pretty JSON: validated, keys in schema order (never in the order an object
 * happened to be built), two-space indent, trailing newline — so exporting the same pack twice
 * gives the same bytes and a diff shows only real changes. Every detection setting is written out,
 * defaults included: a locked preset pins its values even if a later ClipRelay changes a default.
 * Nested objects (policy, prompts) keep the order the schema gives them, which zod's output follows.
 * These bytes are what a signed pack signs (domain/packs/signed-pack.ts).
 * An older schema version is migrated and written as the current one. Throws PresetPackError (the
 * field that is wrong) for a pack that is not valid.
 */
export function exportPresetPack(pack: PresetPack | PresetPackInput): string {
  // A pack that would not load again is refused here, in the same words the import uses.
  const valid = presetPackFromJson(pack, 'the pack to export');
  const presets = valid.presets.map((preset) => pick({ ...preset, detection: pick(preset.detection, DETECTION_KEYS) }, PRESET_KEYS));
  // Overwriting `presets` keeps its position among the pack's keys.
  return `${JSON.stringify({ ...pick(valid, PACK_KEYS), presets }, null, 2)}\n`;
}

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) result[key] = record[key];
  return result;
}
