import { HalfBandDecimator } from './half-band-decimator';
import { RealFft } from './real-fft';

/** What the detector measures in every analysis frame. */
export interface SpeechFrameFeatures {
  /** Full-band RMS over the frame's hop, in dB relative to a full-scale square wave (a full-scale sine is −3). */
  readonly rmsDb: number;
  /** Level of the speech band in a Hann window centred on the frame, on the same scale as rmsDb. */
  readonly bandDb: number;
  /** Spectral flatness of the speech band: 0 for a pure tone, ≈0.56 for white noise, 1 for silence. */
  readonly flatness: number;
}

export interface SpeechFrameFeatureOptions {
  readonly sampleRateHz: number;
  readonly frameSeconds: number;
  readonly bandLowHz: number;
  readonly bandHighHz: number;
}

/** Levels below this are digital silence; clamping keeps arithmetic on the floor finite. */
export const SILENCE_DB = -140;
const SILENCE_POWER = 10 ** (SILENCE_DB / 10);
/** Decimate while the rate stays at least this many times the band's upper edge (room for the filter's skirt). */
const MIN_RATE_OVER_BAND = 2.5;
/** The FFT window spans about two hops: ≈21 ms at 10 ms frames. */
const WINDOW_HOPS = 2;

/**
 * Cuts a mono stream into frames of `frameSeconds` and measures each: full-band RMS over the hop,
 * and the speech band's level and spectral flatness from a real FFT over about two hops, centred
 * on the frame. The spectrum is taken after halving the rate while the band still fits (48 kHz →
 * 12 kHz for a 4 kHz band): the same window in time costs a sixteenth of the FFT work.
 */
export class SpeechFrameFeatureExtractor {
  /** Frame hop in input samples; frame i covers input samples [i · hop, (i + 1) · hop). */
  readonly hopSamples: number;
  readonly fftSize: number;
  /** The rate the spectrum is taken at, after decimation. */
  readonly analysisRateHz: number;
  private readonly decimation: number;
  private readonly decimators: HalfBandDecimator[] = [];
  private readonly fft: RealFft;
  private readonly window: Float64Array;
  private readonly windowPowerSum: number;
  private readonly lowBin: number;
  private readonly highBin: number;
  private readonly frame: Float64Array;
  private readonly power: Float64Array;
  /** Decimated samples not yet fully used, starting at absolute analysis index `bufferStart`. */
  private buffer = new Float32Array(0);
  private bufferStart = 0;
  private bufferLength = 0;
  private nextFrame = 0;
  /** Σx² and sample count of each completed hop at the input rate, from frame `hopPowersStart` on. */
  private hopSums: number[] = [];
  private hopPowersStart = 0;
  private currentHopSum = 0;
  private currentHopCount = 0;
  private inputSamples = 0;

  constructor(options: SpeechFrameFeatureOptions) {
    this.hopSamples = Math.max(1, Math.round(options.frameSeconds * options.sampleRateHz));
    let decimation = 1;
    while (options.sampleRateHz / (decimation * 2) >= MIN_RATE_OVER_BAND * options.bandHighHz && this.hopSamples / (decimation * 2) >= 8) {
      decimation *= 2;
      this.decimators.push(new HalfBandDecimator());
    }
    this.decimation = decimation;
    this.analysisRateHz = options.sampleRateHz / decimation;
    let size = 16;
    while (size < (WINDOW_HOPS * this.hopSamples) / decimation) size *= 2;
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
    const binHz = this.analysisRateHz / size;
    this.lowBin = Math.max(1, Math.ceil(options.bandLowHz / binHz));
    // At 8 or 16 kHz the band may reach past Nyquist; it is cut there.
    this.highBin = Math.max(this.lowBin, Math.min(size / 2 - 1, Math.floor(options.bandHighHz / binHz)));
    this.frame = new Float64Array(size);
    this.power = new Float64Array(this.fft.binCount);
  }

  /** Appends input samples and reports every frame whose analysis window is now complete. */
  push(samples: Float32Array, onFrame: (features: SpeechFrameFeatures) => void): void {
    this.accumulateHops(samples);
    let decimated = samples;
    for (const decimator of this.decimators) decimated = decimator.push(decimated);
    this.append(decimated);
    const available = this.bufferStart + this.bufferLength;
    while (this.windowEnd(this.nextFrame) <= available && this.nextFrame < this.hopSums.length + this.hopPowersStart) {
      onFrame(this.analyse(this.nextFrame++, available));
    }
    this.discardUsed();
  }

  /** Reports the remaining frames (the last one may be partial), treating what follows as silence. */
  finish(onFrame: (features: SpeechFrameFeatures) => void): void {
    for (let stage = 0; stage < this.decimators.length; stage++) {
      let tail = this.decimators[stage]!.finish();
      for (const later of this.decimators.slice(stage + 1)) tail = later.push(tail);
      this.append(tail);
    }
    if (this.currentHopCount > 0) {
      this.hopSums.push(this.currentHopSum / this.currentHopCount);
      this.currentHopSum = 0;
      this.currentHopCount = 0;
    }
    const available = this.bufferStart + this.bufferLength;
    while (this.nextFrame * this.hopSamples < this.inputSamples) onFrame(this.analyse(this.nextFrame++, available));
  }

  private accumulateHops(samples: Float32Array): void {
    let sum = this.currentHopSum;
    let count = this.currentHopCount;
    for (let index = 0; index < samples.length; index++) {
      const sample = samples[index]!;
      sum += sample * sample;
      if (++count === this.hopSamples) {
        this.hopSums.push(sum / count);
        sum = 0;
        count = 0;
      }
    }
    this.currentHopSum = sum;
    this.currentHopCount = count;
    this.inputSamples += samples.length;
  }

  /** First analysis sample of frame i's window: centred on the frame's middle. */
  private windowStart(frameIndex: number): number {
    const centre = Math.floor((frameIndex * this.hopSamples + this.hopSamples / 2) / this.decimation);
    return centre - this.fftSize / 2;
  }

  private windowEnd(frameIndex: number): number {
    return this.windowStart(frameIndex) + this.fftSize;
  }

  private analyse(frameIndex: number, available: number): SpeechFrameFeatures {
    const { buffer, bufferStart, frame, window, power } = this;
    const rmsPower = this.hopSums[frameIndex - this.hopPowersStart] ?? 0;
    const start = this.windowStart(frameIndex);
    // Before the file's start and after its end the signal is silence.
    const first = Math.max(0, bufferStart - start);
    const last = Math.min(this.fftSize, available - start);
    frame.fill(0, 0, first);
    for (let n = first; n < last; n++) frame[n] = buffer[start + n - bufferStart]! * window[n]!;
    frame.fill(0, Math.max(first, last));
    this.fft.powerSpectrum(frame, power);

    // Σ and Σlog over the band; logs of products of 8 bins keep Math.log off the hot path
    // (the floor inside keeps digital silence finite and perfectly "flat").
    const epsilon = SILENCE_POWER * this.windowPowerSum;
    let bandSum = 0;
    let logSum = 0;
    let product = 1;
    let inProduct = 0;
    for (let bin = this.lowBin; bin <= this.highBin; bin++) {
      const value = power[bin]! + epsilon;
      bandSum += value;
      product *= value;
      if (++inProduct === 8) {
        logSum += Math.log(product);
        product = 1;
        inProduct = 0;
      }
    }
    logSum += Math.log(product);
    const binCount = this.highBin - this.lowBin + 1;
    // One-sided spectrum → mean square of the band-limited signal (Parseval, corrected for the window).
    const bandPower = (2 * bandSum) / (this.fftSize * this.windowPowerSum);
    return {
      rmsDb: toDb(rmsPower),
      bandDb: toDb(bandPower),
      flatness: Math.min(1, Math.exp(logSum / binCount) / (bandSum / binCount)),
    };
  }

  private append(samples: Float32Array): void {
    const needed = this.bufferLength + samples.length;
    if (needed > this.buffer.length) {
      const grown = new Float32Array(Math.max(needed, this.buffer.length * 2, this.fftSize * 2));
      grown.set(this.buffer.subarray(0, this.bufferLength));
      this.buffer = grown;
    }
    this.buffer.set(samples, this.bufferLength);
    this.bufferLength += samples.length;
  }

  /** Drops samples and hop powers no later frame needs, keeping about one FFT window. */
  private discardUsed(): void {
    const keepFrom = Math.max(this.bufferStart, this.windowStart(this.nextFrame));
    const drop = keepFrom - this.bufferStart;
    if (drop > 0) {
      this.buffer.copyWithin(0, drop, this.bufferLength);
      this.bufferLength -= drop;
      this.bufferStart = keepFrom;
    }
    const usedHops = this.nextFrame - this.hopPowersStart;
    if (usedHops > 1024) {
      this.hopSums = this.hopSums.slice(usedHops);
      this.hopPowersStart = this.nextFrame;
    }
  }
}

function toDb(power: number): number {
  return power <= SILENCE_POWER ? SILENCE_DB : 10 * Math.log10(power);
}
