export { AudioFormatError } from './audio-format-error';

export { createAudioDecoder, decodeAudioStream } from './audio-decoder';
export { readExtendedFloat80 } from './extended-float';
export { RealFft } from './real-fft';
export { speechDetectionSchema, DEFAULT_SPEECH_DETECTION, type SpeechDetectionSettings } from '../domain/ducking/speech-detection-settings';

export { createSpeechDetector } from './speech-detector';
export { kWeightingCoefficients } from './k-weighting';
export {
  createLoudnessMeter,
  gatedLoudness,
  loudnessOverRanges,
  blockPowersOverRanges,
  channelWeightsFor,
  type LoudnessAnalysis,
} from './loudness';
export { analyzeAudioStream, type AudioAnalysis } from './analyze-audio-stream';
