import type { TimeRange } from '../domain/ducking/time-range';
import type { AudioStreamInfo } from './audio-stream-info';
import { StereoPolarity } from './stereo-polarity';
import { decodeAudioStream } from './audio-decoder';
import { readAlignerOf } from './read-aligner';
import { createLoudnessMeter, type LoudnessAnalysis, type LoudnessMeter } from './loudness';
import { createSpeechDetector, type SpeechDetector } from './speech-detector';
import { DEFAULT_SPEECH_DETECTION, type SpeechDetectionSettings } from '../domain/ducking/speech-detection-settings';

interface AudioAnalysisProgress {
  /** 0…1; null when the file's header does not give its length. */
  readonly fraction: number | null;
  readonly decodedSeconds: number;
}

interface AnalyzeAudioOptions {
  /** Named in errors, e.g. "voice.wav". */
  readonly fileName: string;
  /** @default DEFAULT_SPEECH_DETECTION */
  readonly detection?: SpeechDetectionSettings;
  /** Measure BS.1770 loudness alongside speech (about a third of the work). @default true */
  readonly measureLoudness?: boolean;
  /** Called after every decoded block. */
  readonly onProgress?: (progress: AudioAnalysisProgress) => void;
  readonly signal?: AbortSignal;
}

/** Everything ClipRelay learns from one voice (or bed) recording. */
export interface AudioAnalysis {
  readonly info: AudioStreamInfo;
  readonly durationSeconds: number;
  /** The file ended before the samples its header announced; what was there was analysed. */
  readonly truncated: boolean;
  /** Float samples that were NaN or infinite, analysed as silence. */
  readonly nonFiniteSamples: number;
  /**
   * The two channels of a stereo file oppose (one polarity-inverted: they cancel in a mono mix),
   * so speech was found in their difference (StereoPolarity).
   */
  readonly channelsOpposed: boolean;
  /** Speech regions in media seconds, sorted, not overlapping. */
  readonly speech: readonly TimeRange[];
  /** Null when `measureLoudness` was false. */
  readonly loudness: LoudnessAnalysis | null;
}

/**
 * Decodes a WAV/AIFF byte stream and runs speech detection and loudness over it in one pass,
 * holding only a block of samples at a time. Throws AudioFormatError for files it cannot decode
 * and the abort reason when `signal` aborts.
 */
export async function analyzeAudioStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: AnalyzeAudioOptions,
): Promise<AudioAnalysis> {
  const speech: TimeRange[] = [];
  // Created from the first block's format (or the header alone, for a file without samples).
  let analysers: { detector: SpeechDetector; meter: LoudnessMeter | null } | null = null;
  const begin = (info: AudioStreamInfo) => ({
    detector: createSpeechDetector({
      sampleRateHz: info.sampleRateHz,
      settings: options.detection ?? DEFAULT_SPEECH_DETECTION,
      totalFrames: info.totalFrames,
    }),
    meter:
      options.measureLoudness === false
        ? null
        : createLoudnessMeter({ sampleRateHz: info.sampleRateHz, channelCount: info.channelCount, channelMask: info.channelMask }),
  });

  const polarity = new StereoPolarity();
  // Speech detection alone only needs the channels' average: decode straight to it — except for
  // stereo, whose channels may oppose (StereoPolarity needs them apart).
  const blocks = decodeAudioStream(abortable(chunks, options.signal), {
    fileName: options.fileName,
    mixToMono: (info) => options.measureLoudness === false && info.channelCount !== 2,
    // Each block is analysed before the next is decoded.
    reuseBlocks: true,
    // 16-bit stereo (the common case): the detector mixes and decimates the integers in one pass,
    // and the meter K-weights them, with no decoding into floats in between.
    stereoInt16Words: true,
    // The wrapper below hides the source's own: a reader that can start its chunks on frames spares the words a copy.
    readAligner: readAlignerOf(chunks),
  });
  for (;;) {
    const step = await blocks.next();
    if (step.done === true) {
      const { info, framesDecoded, truncated, nonFiniteSamples } = step.value;
      const { detector, meter } = analysers ?? begin(info);
      speech.push(...detector.finish());
      const loudness = meter?.finish() ?? null;
      const channelsOpposed = polarity.opposed;
      return { info, durationSeconds: framesDecoded / info.sampleRateHz, truncated, nonFiniteSamples, channelsOpposed, speech, loudness };
    }
    const block = step.value;
    analysers ??= begin(block.info);
    const words = block.stereoInt16;
    if (words != null) {
      analysers.meter?.pushStereoInt16(words);
      speech.push(...analysers.detector.pushStereoInt16(polarity.words(words)));
    } else {
      analysers.meter?.push(block.channels);
      speech.push(...analysers.detector.push(polarity.channels(block.channels)));
    }
    options.onProgress?.({
      fraction: analysers.detector.progress,
      decodedSeconds: analysers.detector.framesPushed / block.info.sampleRateHz,
    });
  }
}

/**
 * Stops between chunks when the signal aborts; the reader's own cleanup runs through `return`.
 * Reads one chunk ahead: the next read (a file read on a worker thread, a network fetch) runs
 * while this chunk is decoded and analysed, instead of after. Sources hand out a fresh buffer
 * per chunk (ReadMedia's contract), so the chunk being analysed is never overwritten.
 */
async function* abortable(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  // Not signal.throwIfAborted(): older runtimes (UXP) may not have it. A function, because the
  // signal can abort while we await.
  const aborted = () => signal?.aborted === true;
  if (aborted()) throw signal?.reason;
  if (!(Symbol.asyncIterator in chunks)) {
    for (const chunk of chunks) {
      yield chunk;
      if (aborted()) throw signal?.reason;
    }
    return;
  }
  const iterator = chunks[Symbol.asyncIterator]();
  let finished = false;
  try {
    let ahead = iterator.next();
    for (;;) {
      const step = await ahead;
      if (step.done === true) {
        finished = true;
        return;
      }
      ahead = iterator.next();
      // Awaited on the next turn; until then a failed read must not count as unhandled.
      ahead.catch(() => undefined);
      yield step.value;
      if (aborted()) throw signal?.reason;
    }
  } finally {
    // Stopped early (metadata after the samples, an abort, a decode error): close the source.
    if (!finished) await iterator.return?.();
  }
}
