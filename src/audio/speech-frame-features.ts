import { averageChannels } from './average-channels';
import { BandHighPass } from './band-high-pass';
import { HalfBandDecimator } from './half-band-decimator';
import { QuarterBandDecimator } from './quarter-band-decimator';
import { RealFft } from './real-fft';
import { StereoInt16QuarterDecimator } from './stereo-int16-quarter-decimator';

/**
 * What the detector measures in every analysis frame. One object per extractor, rewritten for every
 * frame: read it inside the callback, copy what must outlive it.
 */
export interface SpeechFrameFeatures {
  /**
   * Level of the speech band in a Hann window centred on the frame, in dB relative to a
   * full-scale square wave (a full-scale sine is −3): the signal through a high pass at the band's
   * lower edge (BandHighPass says why not FFT bins), up to the analysis rate's Nyquist frequency —
   * decimation keeps that near the band's upper edge (5.5–6 kHz for 4 kHz at 44.1 or 48 kHz).
   */
  bandDb: number;
  /** The same level as a mean square (0 for digital silence). */
  bandPower: number;
  /** Spectral flatness of the speech band: 0 for a pure tone, ≈0.56 for white noise, 1 for silence. */
  flatness: number;
  /**
   * Power in each of SUB_BAND_EDGES_HZ's bands on the spectrum's own (unnormalised) scale, never 0:
   * only ratios between frames and bands mean anything (the speech/music model's input).
   */
  readonly subBandPower: Float64Array;
  /**
   * How much of the band's spectrum is where it was 40 ms before: Σ min / Σ max of the two power
   * spectra, bin by bin. Held notes and pads score near 1; speech, whose harmonics glide and whose
   * formants move, scores lower.
   */
  stability: number;
  /**
   * The share of the band signal's energy over the frame in each of its parts (partsPerFrame: about
   * 5 ms each), summing to 1 (equal shares for silence): where in its first or last frame a region
   * starts or ends.
   */
  partShares: Float64Array;
}

const PART_SECONDS = 0.005;

/** A frame's parts for placing region boundaries inside it: about 5 ms each (four at the default 20 ms). */
export function partsPerFrame(frameSeconds: number): number {
  return Math.max(1, Math.min(8, Math.round(frameSeconds / PART_SECONDS)));
}

/** Log-spaced sub-bands of the speech band (Hz): the speech/music model sees their levels and shape. */
const SUB_BAND_EDGES_HZ = [200, 290, 420, 610, 890, 1290, 1870, 2720, 4000] as const;
export const SUB_BAND_COUNT = SUB_BAND_EDGES_HZ.length - 1;
/** Stability compares a frame's spectrum with the one this long before. */
const STABILITY_LAG_SECONDS = 0.04;

interface SpeechFrameFeatureOptions {
  readonly sampleRateHz: number;
  readonly frameSeconds: number;
  readonly bandLowHz: number;
  readonly bandHighHz: number;
}

/** Levels below this are digital silence; clamping keeps arithmetic on the floor finite. */
export const SILENCE_DB = -140;
export const SILENCE_POWER = 10 ** (SILENCE_DB / 10);
/** Decimate while the rate stays at least this many times the band's upper edge (room for the filter's skirt). */
const MIN_RATE_OVER_BAND = 2.5;
/** A 16-bit stereo frame's sample sum → the average of its channels as decoded (÷ 2 ÷ 32768). */
const STEREO_INT16_AVERAGE_SCALE = 2 ** -16;
/**
 * The band level's Hann window, centred on the frame. Longer than the FFT's, because mains hum is
 * a comb of harmonics 50 or 60 Hz apart, and a window's energy of two tones that close swings with
 * their phases by as much as its squared window's transform at that spacing: −4 to −6 dB for 21 ms
 * (the level of 60 Hz hum alone swung 9 dB over five 20 ms frames, every fifth frame counted as loud
 * and a whole file became one region), −16 dB at 50 Hz and −24 dB at 60 Hz for 40 ms.
 */
const LEVEL_WINDOW_SECONDS = 0.04;
/** The FFT window spans about this long (a power of two of samples at or above it: ≈21 ms at 12 kHz), whatever the hop. */
const WINDOW_SECONDS = 0.02;

/**
 * Cuts a mono stream (or the average of several channels) into frames of `frameSeconds` and
 * measures each: the speech band's level from the band signal (BandHighPass) in a Hann window of
 * about 21 ms centred on the frame, and the spectral cues from a real FFT over the same window.
 * Everything is taken after halving the rate while the band still fits (48 kHz → 12 kHz for a
 * 4 kHz band): the same window in time costs a sixteenth of the FFT work. The window's length is
 * fixed in time; the default 20 ms frames need one FFT per 20 ms, half the work of 10 ms frames
 * with the same window. Per sample, the work is kept to three passes over each block: averaging
 * the channels into the decimator's own buffer, decimating by four, and the band's high pass.
 */
export class SpeechFrameFeatureExtractor {
  /** Frame hop in input samples; frame i covers input samples [i · hop, (i + 1) · hop). */
  readonly hopSamples: number;
  readonly fftSize: number;
  /** The rate the spectrum is taken at, after decimation. */
  readonly analysisRateHz: number;
  private readonly decimation: number;
  /** The first two halvings in one pass, when there are at least two. */
  private readonly quarter: QuarterBandDecimator | null;
  /** `quarter`'s integer twin, for a stream pushed as 16-bit stereo words (pushStereoInt16); created on the first such push. */
  private intQuarter: StereoInt16QuarterDecimator | null = null;
  /** How the stream comes in: each decimator keeps its own history, so one stream takes one kind. */
  private pushedAs: 'channels' | 'stereo-int16' | null = null;
  /** The mono mix of 16-bit stereo words at rates without a quarter-band stage. */
  private monoScratch = new Float32Array(0);
  /** The halvings after `quarter` (or all of them, when there is only one). */
  private readonly halvings: HalfBandDecimator[] = [];
  /** Input of `halvings[i]`, reused between pushes. */
  private readonly stageInputs: Float32Array[] = [];
  private readonly fft: RealFft;
  private readonly window: Float64Array;
  private readonly windowPowerSum: number;
  /** The band level's window (LEVEL_WINDOW_SECONDS) and the sum of its squares. */
  private readonly levelWindow: Float64Array;
  private readonly levelWindowPowerSum: number;
  private readonly lowBin: number;
  private readonly highBin: number;
  /** A window's samples with silence around them, for the frames at the file's start and end. */
  private readonly edgeFrame: Float32Array;
  private readonly power: Float64Array;
  /** First bin of each sub-band, and one past the last band's end. */
  private readonly subBandBins: Int32Array;
  /**
   * The speech band's bins in runs that add to one sub-band each (or to none): run r ends before
   * bin `runEnds[r]` and adds to sub-band `runSubBands[r]` (−1: none). A sum per run, kept in a
   * local, instead of a look-up and a read-modify-write of the sub-band's total per bin.
   */
  private readonly runEnds: Int32Array;
  private readonly runSubBands: Int8Array;
  private readonly subBandSums = new Float64Array(SUB_BAND_COUNT);
  /**
   * How far before and after a frame's middle its FFT window, level window and parts reach
   * together, in analysis samples: what must be buffered before the frame is measured.
   */
  private readonly reachBefore: number;
  private readonly reachAfter: number;
  /** Parts per frame (partsPerFrame) and analysis samples per part. */
  private readonly parts: number;
  private readonly partSamples: number;
  /** Frames between the two spectra stability compares. */
  private readonly stabilityLagFrames: number;
  /** The band's power spectra of the last stabilityLagFrames + 1 frames, one row per frame. */
  private readonly recentSpectra: Float64Array;
  private readonly features: SpeechFrameFeatures = {
    bandDb: 0,
    bandPower: 0,
    flatness: 1,
    subBandPower: new Float64Array(SUB_BAND_COUNT),
    stability: 1,
    partShares: new Float64Array(0),
  };
  /** Decimated samples not yet fully used, starting at absolute analysis index `bufferStart`. */
  private buffer = new Float32Array(0);
  /** `buffer` through the band's high pass (the band level's signal), as far as `filteredLength`. */
  private filtered = new Float32Array(0);
  private filteredLength = 0;
  private readonly highPass: BandHighPass;
  private bufferStart = 0;
  private bufferLength = 0;
  private nextFrame = 0;
  private inputSamples = 0;

  constructor(options: SpeechFrameFeatureOptions) {
    this.hopSamples = Math.max(1, Math.round(options.frameSeconds * options.sampleRateHz));
    let decimation = 1;
    let stages = 0;
    while (options.sampleRateHz / (decimation * 2) >= MIN_RATE_OVER_BAND * options.bandHighHz && this.hopSamples / (decimation * 2) >= 8) {
      decimation *= 2;
      stages++;
    }
    this.quarter = stages >= 2 ? new QuarterBandDecimator() : null;
    for (let stage = stages >= 2 ? 2 : 0; stage < stages; stage++) {
      this.halvings.push(new HalfBandDecimator());
      this.stageInputs.push(new Float32Array(0));
    }
    this.decimation = decimation;
    this.analysisRateHz = options.sampleRateHz / decimation;
    let size = 16;
    while (size < Math.round(WINDOW_SECONDS * this.analysisRateHz)) size *= 2;
    this.fftSize = size;
    this.fft = new RealFft(size);
    this.window = new Float64Array(size);
    let powerSum = 0;
    for (let n = 0; n < size; n++) {
      const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * (n + 0.5)) / size);
      this.window[n] = w;
      powerSum += w * w;
    }
    this.windowPowerSum = powerSum;
    const levelLength = Math.max(2, Math.round(LEVEL_WINDOW_SECONDS * this.analysisRateHz));
    this.levelWindow = Float64Array.from({ length: levelLength }, (_, n) => 0.5 - 0.5 * Math.cos((2 * Math.PI * (n + 0.5)) / levelLength));
    this.levelWindowPowerSum = this.levelWindow.reduce((sum, w) => sum + w * w, 0);
    const binHz = this.analysisRateHz / size;
    this.lowBin = Math.max(1, Math.ceil(options.bandLowHz / binHz));
    // At 8 or 16 kHz the band may reach past Nyquist; it is cut there.
    this.highBin = Math.max(this.lowBin, Math.min(size / 2 - 1, Math.floor(options.bandHighHz / binHz)));
    this.edgeFrame = new Float32Array(size);
    this.power = new Float64Array(this.fft.binCount);
    this.subBandBins = Int32Array.from(SUB_BAND_EDGES_HZ, (hz) => Math.min(size / 2, Math.ceil(hz / binHz)));
    // Which sub-band each bin of the speech band adds to (−1: none), so one pass sums both.
    const subBandOfBin = new Int8Array(this.fft.binCount).fill(-1);
    for (let band = 0; band < SUB_BAND_COUNT; band++) {
      for (let bin = this.subBandBins[band]!; bin < this.subBandBins[band + 1]!; bin++) subBandOfBin[bin] = band;
    }
    const runEnds: number[] = [];
    const runSubBands: number[] = [];
    for (let bin = this.lowBin; bin <= this.highBin; bin++) {
      if (bin === this.lowBin || subBandOfBin[bin] !== runSubBands.at(-1)) {
        runEnds.push(bin + 1);
        runSubBands.push(subBandOfBin[bin]!);
      } else {
        runEnds[runEnds.length - 1] = bin + 1;
      }
    }
    this.runEnds = Int32Array.from(runEnds);
    this.runSubBands = Int8Array.from(runSubBands);
    this.highPass = new BandHighPass(options.bandLowHz, this.analysisRateHz);
    this.parts = partsPerFrame(this.hopSamples / options.sampleRateHz);
    this.partSamples = Math.max(1, Math.floor(this.hopSamples / decimation / this.parts));
    this.features.partShares = new Float64Array(this.parts);
    const partsHalf = Math.floor((this.parts * this.partSamples) / 2);
    const levelHalf = Math.floor(this.levelWindow.length / 2);
    this.reachBefore = Math.max(size / 2, partsHalf, levelHalf);
    this.reachAfter = Math.max(size / 2, this.parts * this.partSamples - partsHalf, this.levelWindow.length - levelHalf);
    this.stabilityLagFrames = Math.max(1, Math.round(STABILITY_LAG_SECONDS / (this.hopSamples / options.sampleRateHz)));
    this.recentSpectra = new Float64Array((this.stabilityLagFrames + 1) * (this.highBin + 1));
  }

  /** Appends input samples and reports every frame whose analysis window is now complete. */
  push(samples: Float32Array, onFrame: (features: SpeechFrameFeatures) => void): void {
    this.pushChannels([samples], onFrame);
  }

  /** Like `push` with the average of `channels` (all the same length). */
  pushChannels(channels: readonly Float32Array[], onFrame: (features: SpeechFrameFeatures) => void): void {
    const length = channels[0]?.length ?? 0;
    if (length === 0) return;
    this.takeStreamAs('channels');
    const quarter = this.quarter;
    if (quarter != null) {
      averageChannels(channels, length, quarter.inputArea(length));
      this.afterQuarter(length, (target, offset) => quarter.commit(length, target, offset), onFrame);
      return;
    }
    const input = this.stageInput(0, length);
    averageChannels(channels, length, input);
    this.inputSamples += length;
    this.halveAndReport(input, onFrame);
  }

  /**
   * Like `pushChannels` with 16-bit stereo frames as 32-bit words (DecodedAudioBlock's `stereoInt16`):
   * the same features to the bit, with the first two halvings done in integers straight from the words.
   */
  pushStereoInt16(words: Int32Array, onFrame: (features: SpeechFrameFeatures) => void): void {
    const length = words.length;
    if (length === 0) return;
    if (this.quarter == null) {
      // Rates too low for two halvings: mix to floats (exactly as the decoder would) and go the usual way.
      if (this.monoScratch.length < length) this.monoScratch = new Float32Array(length);
      const mono = this.monoScratch.subarray(0, length);
      for (let index = 0; index < length; index++) {
        const word = words[index]!;
        mono[index] = (((word << 16) >> 16) + (word >> 16)) * STEREO_INT16_AVERAGE_SCALE;
      }
      this.pushChannels([mono], onFrame);
      return;
    }
    this.takeStreamAs('stereo-int16');
    const quarter = (this.intQuarter ??= new StereoInt16QuarterDecimator());
    this.afterQuarter(length, (target, offset) => quarter.push(words, target, offset), onFrame);
  }

  private takeStreamAs(kind: 'channels' | 'stereo-int16'): void {
    this.pushedAs ??= kind;
    if (this.pushedAs !== kind) throw new RangeError('one stream is pushed either as channels or as 16-bit stereo words, not both');
  }

  /** `length` input samples went into the quarter-band stage; `quarterInto` writes its outputs to a target and returns how many. */
  private afterQuarter(
    length: number,
    quarterInto: (target: Float32Array, targetOffset: number) => number,
    onFrame: (features: SpeechFrameFeatures) => void,
  ): void {
    this.inputSamples += length;
    const room = Math.ceil(length / 4) + 1;
    if (this.halvings.length === 0) {
      this.bufferLength += quarterInto(this.reserve(room), this.bufferLength);
      this.reportFrames(onFrame);
      return;
    }
    const target = this.stageInput(0, room);
    const count = quarterInto(target, 0);
    this.halveAndReport(target.subarray(0, count), onFrame);
  }

  /** Runs the halvings (if any) over `decimated`, appends the result to the buffer and reports the frames now complete. */
  private halveAndReport(decimated: Float32Array, onFrame: (features: SpeechFrameFeatures) => void): void {
    if (this.halvings.length === 0) this.append(decimated);
    for (let stage = 0; stage < this.halvings.length; stage++) {
      const last = stage === this.halvings.length - 1;
      const room = Math.ceil(decimated.length / 2) + 2;
      const target = last ? this.reserve(room) : this.stageInput(stage + 1, room);
      const count = this.halvings[stage]!.pushInto(decimated, target, last ? this.bufferLength : 0);
      if (last) this.bufferLength += count;
      else decimated = target.subarray(0, count);
    }
    this.reportFrames(onFrame);
  }

  private reportFrames(onFrame: (features: SpeechFrameFeatures) => void): void {
    this.filterNew();
    const available = this.bufferStart + this.bufferLength;
    const completeHops = Math.floor(this.inputSamples / this.hopSamples);
    while (this.nextFrame < completeHops && this.frameEnd(this.nextFrame) <= available) {
      onFrame(this.analyse(this.nextFrame++, available));
    }
    this.discardUsed();
  }

  /** Reports the remaining frames (the last one may be partial), treating what follows as silence. */
  finish(onFrame: (features: SpeechFrameFeatures) => void): void {
    if (this.quarter != null) {
      let tail = (this.intQuarter ?? this.quarter).finish();
      for (const later of this.halvings) tail = later.push(tail);
      this.append(tail);
    }
    for (let stage = 0; stage < this.halvings.length; stage++) {
      let tail = this.halvings[stage]!.finish();
      for (const later of this.halvings.slice(stage + 1)) tail = later.push(tail);
      this.append(tail);
    }
    this.filterNew();
    const available = this.bufferStart + this.bufferLength;
    while (this.nextFrame * this.hopSamples < this.inputSamples) onFrame(this.analyse(this.nextFrame++, available));
  }

  /** Scratch input of halving `stage` (or of the whole chain, without decimation), at least `length` long. */
  private stageInput(stage: number, length: number): Float32Array {
    if (this.stageInputs.length === 0) this.stageInputs.push(new Float32Array(0));
    let input = this.stageInputs[stage]!;
    if (input.length < length) {
      input = new Float32Array(length);
      this.stageInputs[stage] = input;
    }
    return input.subarray(0, length);
  }

  /** Analysis sample at frame i's middle: its window and its parts are centred on it. */
  private frameMiddle(frameIndex: number): number {
    return Math.floor((frameIndex * this.hopSamples + this.hopSamples / 2) / this.decimation);
  }

  /** First analysis sample of frame i's window. */
  private windowStart(frameIndex: number): number {
    return this.frameMiddle(frameIndex) - this.fftSize / 2;
  }

  /** First analysis sample of frame i's parts (centred on its middle like the window). */
  private partsStart(frameIndex: number): number {
    return this.frameMiddle(frameIndex) - Math.floor((this.parts * this.partSamples) / 2);
  }

  /** First analysis sample frame i needs (the earliest of its FFT window, level window and parts). */
  private frameStart(frameIndex: number): number {
    return this.frameMiddle(frameIndex) - this.reachBefore;
  }

  /** First analysis sample of frame i's level window. */
  private levelWindowStart(frameIndex: number): number {
    return this.frameMiddle(frameIndex) - Math.floor(this.levelWindow.length / 2);
  }

  /** One past the last analysis sample frame i needs. */
  private frameEnd(frameIndex: number): number {
    return this.frameMiddle(frameIndex) + this.reachAfter;
  }

  private analyse(frameIndex: number, available: number): SpeechFrameFeatures {
    const { bufferStart, fftSize, power, lowBin, highBin } = this;
    // The sub-bands are fixed; the speech band is a setting: take the spectrum over both.
    const fromBin = Math.min(lowBin, this.subBandBins[0]!);
    const toBin = Math.max(highBin, this.subBandBins[SUB_BAND_COUNT]! - 1);
    const start = this.windowStart(frameIndex);
    if (start >= bufferStart && start + fftSize <= available) {
      this.fft.windowedPowerSpectrum(this.buffer, start - bufferStart, this.window, power, fromBin, toBin);
    } else {
      this.edgeSpectrum(start, available, fromBin, toBin);
    }

    // Σ and Σlog over the band; logs of products of 8 bins keep Math.log off the hot path
    // (the floor inside keeps digital silence finite and perfectly "flat").
    const epsilon = SILENCE_POWER * this.windowPowerSum;
    // This frame's spectrum goes in its row of the ring; the row it overwrites is the frame
    // stabilityLagFrames + 1 before, so the one to compare with is the next row.
    const rowLength = highBin + 1;
    const lag = this.stabilityLagFrames;
    const rows = lag + 1;
    const recent = this.recentSpectra;
    const row = (frameIndex % rows) * rowLength;
    const lagged = frameIndex >= lag ? ((frameIndex + 1) % rows) * rowLength : row;
    let bandSum = 0;
    let logSum = 0;
    let product = 1;
    let inProduct = 0;
    let minSum = 0;
    let maxSum = 0;
    // Each sub-band the speech band reaches is one run, rewritten below; the others stay 0 from the start.
    const subSums = this.subBandSums;
    const { runEnds, runSubBands } = this;
    const lagKnown = frameIndex >= lag;
    for (let run = 0, bin = lowBin; run < runEnds.length; run++) {
      let subSum = 0;
      for (const end = runEnds[run]!; bin < end; bin++) {
        const value = power[bin]! + epsilon;
        bandSum += value;
        subSum += value;
        product *= value;
        if (++inProduct === 8) {
          logSum += Math.log(product);
          product = 1;
          inProduct = 0;
        }
        const before = lagKnown ? recent[lagged + bin]! : value;
        recent[row + bin] = value;
        // Not an if/else: whether a bin rose or fell is a coin toss, and a mispredicted branch per
        // bin cost more than the rest of this loop (the same sums either way).
        minSum += Math.min(value, before);
        maxSum += Math.max(value, before);
      }
      const subBand = runSubBands[run]!;
      if (subBand >= 0) subSums[subBand] = subSum;
    }
    logSum += Math.log(product);
    const binCount = highBin - lowBin + 1;
    const bandPower = this.windowedBandPower(this.levelWindowStart(frameIndex), available);
    const features = this.features;
    const edges = this.subBandBins;
    for (let band = 0; band < SUB_BAND_COUNT; band++) {
      let sum = subSums[band]!;
      // Bins of the sub-band outside the speech band setting (none with the defaults).
      for (let bin = edges[band]!; bin < edges[band + 1]! && bin < lowBin; bin++) sum += power[bin]! + epsilon;
      for (let bin = Math.max(edges[band]!, highBin + 1); bin < edges[band + 1]!; bin++) sum += power[bin]! + epsilon;
      features.subBandPower[band] = sum > 0 ? sum : epsilon;
    }
    features.bandPower = bandPower <= SILENCE_POWER ? SILENCE_POWER : bandPower;
    features.bandDb = bandPower <= SILENCE_POWER ? SILENCE_DB : 10 * Math.log10(bandPower);
    features.flatness = Math.min(1, Math.exp(logSum / binCount) / (bandSum / binCount));
    features.stability = minSum / maxSum;
    this.measurePartShares(frameIndex, available);
    return features;
  }

  /** features.partShares of frame `frameIndex`, from the band signal; equal shares where it is silent or outside the buffer. */
  private measurePartShares(frameIndex: number, available: number): void {
    const { filtered, bufferStart, parts, partSamples } = this;
    const shares = this.features.partShares;
    const start = this.partsStart(frameIndex);
    let total = 0;
    if (start >= bufferStart && start + parts * partSamples <= available) {
      for (let part = 0, at = start - bufferStart; part < parts; part++) {
        let energy = 0;
        for (const end = at + partSamples; at < end; at++) energy += filtered[at]! * filtered[at]!;
        shares[part] = energy;
        total += energy;
      }
    }
    for (let part = 0; part < parts; part++) shares[part] = total > 0 ? shares[part]! / total : 1 / parts;
  }

  /**
   * The power spectrum of a window that reaches before the file's start or after its end, where
   * the signal is silence: a method of its own, so that `analyse`, run for every frame, compiles small.
   */
  private edgeSpectrum(start: number, available: number, fromBin: number, toBin: number): void {
    const { bufferStart, fftSize } = this;
    const frame = this.edgeFrame;
    const first = Math.max(0, bufferStart - start);
    const last = Math.min(fftSize, available - start);
    frame.fill(0);
    for (let n = first; n < last; n++) frame[n] = this.buffer[start + n - bufferStart]!;
    this.fft.windowedPowerSpectrum(frame, 0, this.window, this.power, fromBin, toBin);
  }

  /** High-passes the samples appended since the last call into `filtered`. */
  private filterNew(): void {
    if (this.filtered.length < this.buffer.length) {
      const grown = new Float32Array(this.buffer.length);
      grown.set(this.filtered.subarray(0, this.filteredLength));
      this.filtered = grown;
    }
    this.highPass.filter(this.buffer, this.filtered, this.filteredLength, this.bufferLength);
    this.filteredLength = this.bufferLength;
  }

  /** Mean square of the band signal in the level's Hann window from analysis sample `start`: Σ (w·y)² / Σ w². */
  private windowedBandPower(start: number, available: number): number {
    const { levelWindow, filtered, bufferStart } = this;
    // Outside the buffer (before the file's start, after its end) is silence.
    const from = Math.max(0, bufferStart - start);
    const to = Math.min(levelWindow.length, available - start);
    const offset = start - bufferStart;
    let sum = 0;
    for (let n = from; n < to; n++) {
      const value = filtered[offset + n]! * levelWindow[n]!;
      sum += value * value;
    }
    return sum / this.levelWindowPowerSum;
  }

  /** Makes room for `count` more samples in `buffer`; returns the buffer. */
  private reserve(count: number): Float32Array {
    const needed = this.bufferLength + count;
    if (needed > this.buffer.length) {
      const grown = new Float32Array(Math.max(needed, this.buffer.length * 2, this.fftSize * 2));
      grown.set(this.buffer.subarray(0, this.bufferLength));
      this.buffer = grown;
    }
    return this.buffer;
  }

  private append(samples: Float32Array): void {
    this.reserve(samples.length).set(samples, this.bufferLength);
    this.bufferLength += samples.length;
  }

  /** Drops samples no later frame needs, keeping about one FFT window. */
  private discardUsed(): void {
    // Never past the samples received: with frames longer than the window, the next frame may start after them.
    const keepFrom = Math.min(this.bufferStart + this.bufferLength, Math.max(this.bufferStart, this.frameStart(this.nextFrame)));
    const drop = keepFrom - this.bufferStart;
    if (drop > 0) {
      this.buffer.copyWithin(0, drop, this.bufferLength);
      this.filtered.copyWithin(0, drop, this.filteredLength);
      this.filteredLength -= drop;
      this.bufferLength -= drop;
      this.bufferStart = keepFrom;
    }
  }
}
