export { duckPresetSchema, BUILTIN_DUCK_PRESETS, findBuiltinPreset, type DuckPreset } from './duck-preset';
export { mergeRanges, type TimeRange } from './time-range';
export { voiceRegionsFromClips, type VoiceTrackLike } from './voice-regions-from-clips';
export { planClipDucking, gainAt, type PlannedGainPoint } from './plan-clip-ducking';
