export { presetPackSchema, type PresetPack, type PresetPackInput, type PackPreset } from './preset-pack-schema';

export { parsePresetPack } from './parse-preset-pack';
export { exportPresetPack } from './export-preset-pack';
export { PresetPackError, PASTED_PACK_SOURCE } from './preset-pack-error';

export { mergePresetLayers } from './merge-preset-layers';
export { BUILTIN_PRESET_PACK } from './builtin-preset-pack';
export { effectivePolicy } from './effective-policy';

export { storedPresetPackSchema } from './stored-preset-pack-schema';
