/** How samples are stored in the file, as the decoder found it. */
export interface PcmSampleFormat {
  /** 'uint' only for 8-bit WAV and AIFF-C 'raw ', which store unsigned bytes. */
  readonly kind: 'int' | 'uint' | 'float';
  /** Bytes one sample occupies in the file (the container size, not the valid bits). */
  readonly bytesPerSample: number;
  /** Meaningful bits, e.g. 20 in a 24-bit container; equal to the container size when unstated. */
  readonly validBits: number;
  readonly littleEndian: boolean;
}

export type AudioContainer = 'wav' | 'rf64' | 'bw64' | 'aiff' | 'aifc';

/** What the header says about a stream, known once the decoder reached the samples. */
export interface AudioStreamInfo {
  readonly container: AudioContainer;
  readonly sampleRateHz: number;
  readonly channelCount: number;
  readonly sampleFormat: PcmSampleFormat;
  /**
   * WAVE_FORMAT_EXTENSIBLE speaker mask (bit 0 front left … bit 3 LFE …), or null when the file
   * does not say; loudness uses it to weight surround channels and drop the LFE.
   */
  readonly channelMask: number | null;
  /** Null when the header does not say (a WAV written to a pipe with an unknown data size). */
  readonly totalFrames: number | null;
}

/** Decoded samples: one Float32Array per channel, all the same length, nominally in [−1, 1]. */
export interface DecodedAudioBlock {
  readonly info: AudioStreamInfo;
  /** Index of this block's first frame in the stream. */
  readonly startFrame: number;
  /** One array per channel; a single one (their average) from a decoder created with `mixToMono`. */
  readonly channels: readonly Float32Array[];
  /**
   * From a decoder created with `stereoInt16Words`, for 16-bit stereo in the host's byte order:
   * the block's frames undecoded, one 32-bit word per frame (left sample in the low half on a
   * little-endian host), valid until the next push; `channels` is then empty. A view of the pushed
   * chunk when it starts on a frame at a 4-byte-aligned offset (a source with a ReadAligner makes
   * that the rule), else a copy in a reused aligned scratch (a frame split across chunks, odd alignment).
   */
  readonly stereoInt16?: Int32Array;
}

/** How a stream ended. */
export interface AudioDecodeSummary {
  readonly info: AudioStreamInfo;
  readonly framesDecoded: number;
  /**
   * The file ended before the sample data its header announced: a crashed or partial recording.
   * Not claimed when the header's size is a placeholder (unfilled-size.ts): the length was never recorded.
   */
  readonly truncated: boolean;
  /** Float samples that were NaN or ±Infinity, read as silence (one would stall every filter after it). */
  readonly nonFiniteSamples: number;
}
