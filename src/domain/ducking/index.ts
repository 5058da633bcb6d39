export { duckPresetSchema, BUILTIN_DUCK_PRESETS, type DuckPreset } from './duck-preset';
export { mergeRanges, type TimeRange } from './time-range';
export { voiceRegionsFromClips } from './voice-regions-from-clips';
export { voiceRegionsFromSpeech, type SpeechVoiceTrackLike } from './voice-regions-from-speech';
export { mediaRangeToSequence, sequenceRangeToMedia, type ClipTimeBase } from './clip-time-mapping';
export { planClipDucking, gainAt } from './plan-clip-ducking';
export { planTargetGapDepth, type TargetGapOutcome } from './plan-target-gap-depth';
