export { AudioFormatError } from './audio-format-error';
export type { AudioContainer, AudioStreamInfo, AudioDecodeSummary, DecodedAudioBlock, PcmSampleFormat } from './audio-stream-info';
export { createAudioDecoder, decodeAudioStream, type AudioDecoder, type AudioDecoderOptions } from './audio-decoder';
export { readExtendedFloat80 } from './extended-float';
export { RealFft } from './real-fft';
export { speechDetectionSchema, DEFAULT_SPEECH_DETECTION, type SpeechDetectionSettings } from '../domain/ducking/speech-detection-settings';
export { SpeechFrameFeatureExtractor, type SpeechFrameFeatures } from './speech-frame-features';
export { createSpeechDetector, type SpeechDetector, type SpeechDetectorOptions } from './speech-detector';
export { kWeightingCoefficients, type BiquadCoefficients, type KWeightingCoefficients } from './k-weighting';
export {
  createLoudnessMeter,
  gatedLoudness,
  loudnessOverRanges,
  blockPowersOverRanges,
  channelWeightsFor,
  powerToLufs,
  type LoudnessAnalysis,
  type LoudnessMeter,
  type LoudnessMeterOptions,
} from './loudness';
export { analyzeAudioStream, type AnalyzeAudioOptions, type AudioAnalysis, type AudioAnalysisProgress } from './analyze-audio-stream';
