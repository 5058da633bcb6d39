export {
  duckPresetSchema,
  duckPresetShape,
  depthRangeIsOrdered,
  DEPTH_RANGE_ORDER_ISSUE,
  BUILTIN_DUCK_PRESETS,
  type DuckPreset,
} from './duck-preset';
export { mergeRanges, type TimeRange } from './time-range';
export { voiceRegionsFromClips, type VoiceTrackLike } from './voice-regions-from-clips';
export { voiceRegionsFromSpeech, type SpeechVoiceTrackLike } from './voice-regions-from-speech';
export { mediaRangeToSequence, sequenceRangeToMedia, type ClipTimeBase } from './clip-time-mapping';
export { planClipDucking, gainAt, type PlannedGainPoint } from './plan-clip-ducking';
export { planTargetGapDepth, allowedDepthRange, type TargetGapDepth, type TargetGapOutcome } from './plan-target-gap-depth';
