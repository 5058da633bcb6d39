export {
  presetPackSchema,
  packPresetSchema,
  packPolicySchema,
  CURRENT_PRESET_PACK_VERSION,
  type PresetPack,
  type PresetPackInput,
  type PackPreset,
  type PackPresetInput,
} from './preset-pack-schema';
export { presetPackV1Schema, migratePresetPackV1, type PresetPackV1 } from './preset-pack-v1';
export { parsePresetPack, presetPackFromJson } from './parse-preset-pack';
export { exportPresetPack } from './export-preset-pack';
export { PresetPackError, type PresetPackIssue } from './preset-pack-error';
export { formatSchemaIssues, formatPath } from './format-schema-issues';
export { mergePresetLayers, type PresetLayer, type MergedPreset, type MergedPresets, type RefusedOverride } from './merge-preset-layers';
export { BUILTIN_PRESET_PACK } from './builtin-preset-pack';
export { effectivePolicy, type EffectivePolicy } from './effective-policy';
