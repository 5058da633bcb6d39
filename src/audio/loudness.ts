import type { TimeRange } from '../domain/ducking/time-range';
import { kWeightingCoefficients } from './k-weighting';
import { LITTLE_ENDIAN_HOST } from './pcm-sample-decoder';

/**
 * Loudness per ITU-R BS.1770-4 / EBU Tech 3341: K-weighted mean square per channel, weighted sum
 * over channels, 400 ms gating blocks every 100 ms (75 % overlap), absolute gate −70 LUFS,
 * relative gate −10 LU. Streaming: push decoded blocks, finish for the result.
 */

/** BS.1770's −0.691 dB offset makes a 997 Hz sine at 0 dBFS in one front channel read −3.01 LUFS. */
const LOUDNESS_OFFSET_DB = -0.691;
const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;
const GATING_BLOCK_SECONDS = 0.4;
const GATING_STEP_SECONDS = 0.1;
const SUB_BLOCKS_PER_BLOCK = 4;
const SUB_BLOCKS_PER_SHORT_TERM = 30;

interface LoudnessMeterOptions {
  readonly sampleRateHz: number;
  readonly channelCount: number;
  /**
   * WAVE_FORMAT_EXTENSIBLE speaker mask; picks the channel weights (surrounds +1.5 dB, LFE
   * excluded). @default the common layout for the channel count (5.1 = L R C LFE Ls Rs)
   */
  readonly channelMask?: number | null;
  /** Explicit per-channel weights G_i; override the mask. */
  readonly channelWeights?: readonly number[];
}

export interface LoudnessAnalysis {
  /** Gated integrated loudness; −∞ when every block is below the absolute gate (silence). */
  readonly integratedLufs: number;
  /**
   * Channel-weighted mean square of every 400 ms gating block; block j spans
   * [j · 0.1 s, j · 0.1 s + 0.4 s). Kept so loudness can be re-gated over any set of time ranges.
   */
  readonly blockPowers: Float64Array;
  /** Momentary loudness (400 ms window); entry j is block j, i.e. the window ending at j · 0.1 s + 0.4 s. */
  readonly momentaryLufs: Float64Array;
  /** Short-term loudness (3 s window); entry j is the window [j · 0.1 s, j · 0.1 s + 3 s). */
  readonly shortTermLufs: Float64Array;
  readonly durationSeconds: number;
}

export interface LoudnessMeter {
  push(channels: readonly Float32Array[]): void;
  /**
   * Like `push` for a stereo meter, from 16-bit stereo frames as 32-bit words (DecodedAudioBlock's
   * `stereoInt16`): the same result to the bit, without decoding the samples into floats first.
   */
  pushStereoInt16(words: Int32Array): void;
  finish(): LoudnessAnalysis;
}

export function createLoudnessMeter(options: LoudnessMeterOptions): LoudnessMeter {
  return new Bs1770Meter(options);
}

/** Loudness in LUFS of a channel-weighted mean square. */
function powerToLufs(power: number): number {
  return power > 0 ? LOUDNESS_OFFSET_DB + 10 * Math.log10(power) : -Infinity;
}

/** Gated loudness (BS.1770-4 §2.8) of a set of gating-block powers; −∞ when nothing passes the gates. */
export function gatedLoudness(blockPowers: ArrayLike<number>): number {
  const absolutePower = lufsToPower(ABSOLUTE_GATE_LUFS);
  let sum = 0;
  let count = 0;
  for (let index = 0; index < blockPowers.length; index++) {
    const power = blockPowers[index]!;
    if (power > absolutePower) {
      sum += power;
      count++;
    }
  }
  if (count === 0) return -Infinity;
  const relativePower = lufsToPower(powerToLufs(sum / count) + RELATIVE_GATE_LU);
  const threshold = Math.max(absolutePower, relativePower);
  let gatedSum = 0;
  let gatedCount = 0;
  for (let index = 0; index < blockPowers.length; index++) {
    const power = blockPowers[index]!;
    if (power > threshold) {
      gatedSum += power;
      gatedCount++;
    }
  }
  return gatedCount === 0 ? -Infinity : powerToLufs(gatedSum / gatedCount);
}

/**
 * The gated loudness of only the blocks whose centre lies inside `ranges` (seconds in the
 * analysed file): e.g. the voice over its speech regions, or the music bed under them.
 */
export function loudnessOverRanges(analysis: Pick<LoudnessAnalysis, 'blockPowers'>, ranges: readonly TimeRange[]): number {
  return gatedLoudness(blockPowersOverRanges(analysis.blockPowers, ranges));
}

/** The gating-block powers whose centre lies inside any of `ranges`. */
export function blockPowersOverRanges(blockPowers: Float64Array, ranges: readonly TimeRange[]): number[] {
  const selected: number[] = [];
  for (const range of ranges) {
    const first = Math.max(0, Math.ceil((range.startSeconds - GATING_BLOCK_SECONDS / 2) / GATING_STEP_SECONDS - 1e-9));
    for (let index = first; index < blockPowers.length; index++) {
      const centre = index * GATING_STEP_SECONDS + GATING_BLOCK_SECONDS / 2;
      if (centre >= range.endSeconds) break;
      selected.push(blockPowers[index]!);
    }
  }
  return selected;
}

/** BS.1770-4 channel weights: 1.0 for front channels, 1.41 (+1.5 dB) for surrounds, 0 for the LFE. */
export function channelWeightsFor(channelCount: number, channelMask: number | null = null): number[] {
  const LFE = 0x8;
  const SURROUNDS = 0x10 | 0x20 | 0x200 | 0x400; // back left/right, side left/right
  if (channelMask != null) {
    const weights: number[] = [];
    for (let bit = 0; bit < 32 && weights.length < channelCount; bit++) {
      const speaker = 2 ** bit;
      if ((channelMask & speaker) === 0) continue;
      weights.push(speaker === LFE ? 0 : (SURROUNDS & speaker) !== 0 ? 1.41 : 1);
    }
    while (weights.length < channelCount) weights.push(1);
    return weights;
  }
  if (channelCount === 5) return [1, 1, 1, 1.41, 1.41];
  if (channelCount === 6) return [1, 1, 1, 0, 1.41, 1.41];
  if (channelCount === 8) return [1, 1, 1, 0, 1.41, 1.41, 1.41, 1.41];
  return new Array<number>(channelCount).fill(1);
}

function lufsToPower(lufs: number): number {
  return 10 ** ((lufs - LOUDNESS_OFFSET_DB) / 10);
}

/** Appends to a Float64Array that doubles when full. */
class GrowableSeries {
  private data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

class Bs1770Meter implements LoudnessMeter {
  private readonly weights: number[];
  /** Filter state, STATE_PER_CHANNEL values per channel (see filterSegment). */
  private readonly state: Float64Array;
  private readonly coefficients: ReturnType<typeof kWeightingCoefficients>;
  private readonly sampleRateHz: number;
  private framesSeen = 0;
  /** Index of the 100 ms sub-block being filled, and its weighted sum of squares so far. */
  private subBlock = 0;
  private subBlockSum = 0;
  private subBlockEndFrame: number;
  /** The last 30 sub-blocks (sum of weighted squares, frame count), as rings. */
  private readonly recentSums = new Float64Array(SUB_BLOCKS_PER_SHORT_TERM);
  private readonly recentCounts = new Float64Array(SUB_BLOCKS_PER_SHORT_TERM);
  private readonly blockPowers = new GrowableSeries();
  private readonly shortTermPowers = new GrowableSeries();

  constructor(options: LoudnessMeterOptions) {
    this.sampleRateHz = options.sampleRateHz;
    this.weights =
      options.channelWeights != null ? [...options.channelWeights] : channelWeightsFor(options.channelCount, options.channelMask ?? null);
    this.state = new Float64Array(options.channelCount * STATE_PER_CHANNEL);
    this.coefficients = kWeightingCoefficients(options.sampleRateHz);
    this.subBlockEndFrame = this.subBlockBoundary(1);
  }

  push(channels: readonly Float32Array[]): void {
    this.consume(channels[0]?.length ?? 0, (offset, count) => this.filterSegment(channels, offset, count));
  }

  pushStereoInt16(words: Int32Array): void {
    if (this.state.length !== 2 * STATE_PER_CHANNEL) throw new RangeError('pushStereoInt16 needs a two-channel meter');
    const [weightA = 1, weightB = 1] = this.weights;
    this.consume(words.length, (offset, count) => {
      const [sumA, sumB] = filterStereoInt16(this.coefficients, this.state, words, offset, count);
      // As filterSegment adds them.
      let total = 0;
      if (weightA !== 0) total += weightA * sumA;
      if (weightB !== 0) total += weightB * sumB;
      return total;
    });
  }

  /** Cuts `length` new frames at the sub-block boundaries; `filterSegment` K-weights frames offset … offset + count − 1 and returns Σ G_i · Σ y_i². */
  private consume(length: number, filterSegment: (offset: number, count: number) => number): void {
    let offset = 0;
    while (offset < length) {
      const take = Math.min(length - offset, this.subBlockEndFrame - this.framesSeen);
      this.subBlockSum += filterSegment(offset, take);
      offset += take;
      this.framesSeen += take;
      if (this.framesSeen === this.subBlockEndFrame) this.closeSubBlock();
    }
  }

  finish(): LoudnessAnalysis {
    // A partial last sub-block completes no 400 ms block (BS.1770 gates whole blocks only).
    const blockPowers = this.blockPowers.toArray();
    const shortTerm = this.shortTermPowers.toArray();
    return {
      integratedLufs: gatedLoudness(blockPowers),
      blockPowers,
      momentaryLufs: blockPowers.map(powerToLufs),
      shortTermLufs: shortTerm.map(powerToLufs),
      durationSeconds: this.framesSeen / this.sampleRateHz,
    };
  }

  /** Sub-block boundaries fall on whole frames nearest to multiples of 100 ms (rates like 22 050 Hz are not multiples of 10). */
  private subBlockBoundary(index: number): number {
    return Math.round((index * this.sampleRateHz) / 10);
  }

  private closeSubBlock(): void {
    const slot = this.subBlock % SUB_BLOCKS_PER_SHORT_TERM;
    this.recentSums[slot] = this.subBlockSum;
    this.recentCounts[slot] = this.subBlockEndFrame - this.subBlockBoundary(this.subBlock);
    this.subBlock++;
    this.subBlockSum = 0;
    this.subBlockEndFrame = this.subBlockBoundary(this.subBlock + 1);
    if (this.subBlock >= SUB_BLOCKS_PER_BLOCK) this.blockPowers.push(this.windowPower(SUB_BLOCKS_PER_BLOCK));
    if (this.subBlock >= SUB_BLOCKS_PER_SHORT_TERM) this.shortTermPowers.push(this.windowPower(SUB_BLOCKS_PER_SHORT_TERM));
  }

  /** Mean square over the last `subBlocks` sub-blocks. */
  private windowPower(subBlocks: number): number {
    let sum = 0;
    let count = 0;
    for (let back = 1; back <= subBlocks; back++) {
      const slot = (this.subBlock - back) % SUB_BLOCKS_PER_SHORT_TERM;
      sum += this.recentSums[slot]!;
      count += this.recentCounts[slot]!;
    }
    return count === 0 ? 0 : sum / count;
  }

  /**
   * K-weights `count` frames of every channel and returns Σ G_i · Σ y_i². The filters are linear
   * and time-invariant, so their order does not change the output; this order costs the fewest
   * floating-point operations per sample, which is what bounds the loop: the high pass's numerator
   * first (exactly 1, −2, 1: a second difference, exact on PCM samples), then its poles, then the
   * shelf (a transposed direct-form II biquad). State per channel (STATE_PER_CHANNEL): the two
   * previous inputs, the two previous outputs of the poles, the shelf's two state values.
   */
  private filterSegment(channels: readonly Float32Array[], offset: number, count: number): number {
    const { shelf, highPass } = this.coefficients;
    // Locals, not property reads, in the per-sample loop.
    const { b0, b1, b2, a1, a2 } = shelf;
    const h1 = highPass.a1;
    const h2 = highPass.a2;
    const state = this.state;
    let total = 0;
    let channel = 0;
    // Channels two at a time: each filter is one long chain of dependent multiply-adds, and two
    // independent chains in one loop keep the FPU busy while either waits (same arithmetic per channel).
    for (; channel + 1 < channels.length; channel += 2) {
      const [sumA, sumB] = this.filterPair(channels[channel]!, channels[channel + 1]!, channel * STATE_PER_CHANNEL, offset, count);
      const weightA = this.weights[channel] ?? 1;
      const weightB = this.weights[channel + 1] ?? 1;
      if (weightA !== 0) total += weightA * sumA;
      if (weightB !== 0) total += weightB * sumB;
    }
    for (; channel < channels.length; channel++) {
      const weight = this.weights[channel] ?? 1;
      const input = channels[channel]!;
      const base = channel * STATE_PER_CHANNEL;
      let x1 = state[base]!;
      let x2 = state[base + 1]!;
      let w1 = state[base + 2]!;
      let w2 = state[base + 3]!;
      let s1 = state[base + 4]!;
      let s2 = state[base + 5]!;
      let sum = 0;
      for (let index = offset, end = offset + count; index < end; index++) {
        const x = input[index]!;
        // The poles' feedback from the last output comes last: the shortest chain from one output to the next.
        const w = x - 2 * x1 + x2 - h2 * w2 - h1 * w1;
        x2 = x1;
        x1 = x;
        w2 = w1;
        w1 = w;
        const y = b0 * w + s1;
        s1 = b1 * w + s2 - a1 * y;
        s2 = b2 * w - a2 * y;
        sum += y * y;
      }
      state[base] = x1;
      state[base + 1] = x2;
      state[base + 2] = w1;
      state[base + 3] = w2;
      state[base + 4] = s1;
      state[base + 5] = s2;
      if (weight !== 0) total += weight * sum;
    }
    return total;
  }

  /** K-weights `count` frames of two channels whose state starts at `base`; returns Σ y² of each. */
  private filterPair(inputA: Float32Array, inputB: Float32Array, base: number, offset: number, count: number): [number, number] {
    const { shelf, highPass } = this.coefficients;
    const { b0, b1, b2, a1, a2 } = shelf;
    const h1 = highPass.a1;
    const h2 = highPass.a2;
    const state = this.state;
    let x1a = state[base]!;
    let x2a = state[base + 1]!;
    let w1a = state[base + 2]!;
    let w2a = state[base + 3]!;
    let s1a = state[base + 4]!;
    let s2a = state[base + 5]!;
    let x1b = state[base + 6]!;
    let x2b = state[base + 7]!;
    let w1b = state[base + 8]!;
    let w2b = state[base + 9]!;
    let s1b = state[base + 10]!;
    let s2b = state[base + 11]!;
    let sumA = 0;
    let sumB = 0;
    for (let index = offset, end = offset + count; index < end; index++) {
      const xa = inputA[index]!;
      const xb = inputB[index]!;
      // As filterSegment's one-channel loop, operation for operation.
      const wa = xa - 2 * x1a + x2a - h2 * w2a - h1 * w1a;
      const wb = xb - 2 * x1b + x2b - h2 * w2b - h1 * w1b;
      x2a = x1a;
      x1a = xa;
      x2b = x1b;
      x1b = xb;
      w2a = w1a;
      w1a = wa;
      w2b = w1b;
      w1b = wb;
      const ya = b0 * wa + s1a;
      const yb = b0 * wb + s1b;
      s1a = b1 * wa + s2a - a1 * ya;
      s1b = b1 * wb + s2b - a1 * yb;
      s2a = b2 * wa - a2 * ya;
      s2b = b2 * wb - a2 * yb;
      sumA += ya * ya;
      sumB += yb * yb;
    }
    state[base] = x1a;
    state[base + 1] = x2a;
    state[base + 2] = w1a;
    state[base + 3] = w2a;
    state[base + 4] = s1a;
    state[base + 5] = s2a;
    state[base + 6] = x1b;
    state[base + 7] = x2b;
    state[base + 8] = w1b;
    state[base + 9] = w2b;
    state[base + 10] = s1b;
    state[base + 11] = s2b;
    return [sumA, sumB];
  }
}

/** Filter state values per channel (see Bs1770Meter.filterSegment). */
const STATE_PER_CHANNEL = 6;
const INT16_SCALE = 1 / 32768;

/**
 * Bs1770Meter.filterPair over 16-bit stereo words instead of two decoded Float32Arrays: the second
 * difference in integers (exact, as it is on the decoded samples), scaled as decoding would scale
 * it (÷ 32768, a power of two: exact), then the same arithmetic on the same values, so the same
 * sums to the bit. State is the meter's, on the decoded scale (channel 0 at 0, channel 1 at 6).
 * The loop waits on the shelf's recurrence (add, multiply, subtract per sample). Running the speech
 * detector's quarter-band decimation in the same loop to fill that wait was measured: about 3 % off
 * the two loops' time (the decimator's work is not hidden), too little for coupling meter and detector.
 */
function filterStereoInt16(
  coefficients: ReturnType<typeof kWeightingCoefficients>,
  state: Float64Array,
  words: Int32Array,
  offset: number,
  count: number,
): [number, number] {
  const { b0, b1, b2, a1, a2 } = coefficients.shelf;
  const h1 = coefficients.highPass.a1;
  const h2 = coefficients.highPass.a2;
  // A 32-bit word holds the left sample in its low half on a little-endian host (every platform UXP and Node run on).
  const leftShift = LITTLE_ENDIAN_HOST ? 16 : 0;
  const rightShift = LITTLE_ENDIAN_HOST ? 0 : 16;
  // The previous inputs as integers (the state keeps them decoded: × 32768 is exact), so that the
  // second difference is integer arithmetic, off the floating-point units the filters keep busy.
  let x1a = (state[0]! * 32768) | 0;
  let x2a = (state[1]! * 32768) | 0;
  let w1a = state[2]!;
  let w2a = state[3]!;
  let s1a = state[4]!;
  let s2a = state[5]!;
  let x1b = (state[6]! * 32768) | 0;
  let x2b = (state[7]! * 32768) | 0;
  let w1b = state[8]!;
  let w2b = state[9]!;
  let s1b = state[10]!;
  let s2b = state[11]!;
  let sumA = 0;
  let sumB = 0;
  for (let index = offset, end = offset + count; index < end; index++) {
    const word = words[index]!;
    const xa = (word << leftShift) >> 16;
    const xb = (word << rightShift) >> 16;
    const wa = ((xa - 2 * x1a + x2a) | 0) * INT16_SCALE - h2 * w2a - h1 * w1a;
    const wb = ((xb - 2 * x1b + x2b) | 0) * INT16_SCALE - h2 * w2b - h1 * w1b;
    x2a = x1a;
    x1a = xa;
    x2b = x1b;
    x1b = xb;
    w2a = w1a;
    w1a = wa;
    w2b = w1b;
    w1b = wb;
    const ya = b0 * wa + s1a;
    const yb = b0 * wb + s1b;
    s1a = b1 * wa + s2a - a1 * ya;
    s1b = b1 * wb + s2b - a1 * yb;
    s2a = b2 * wa - a2 * ya;
    s2b = b2 * wb - a2 * yb;
    sumA += ya * ya;
    sumB += yb * yb;
  }
  state[0] = x1a * INT16_SCALE;
  state[1] = x2a * INT16_SCALE;
  state[2] = w1a;
  state[3] = w2a;
  state[4] = s1a;
  state[5] = s2a;
  state[6] = x1b * INT16_SCALE;
  state[7] = x2b * INT16_SCALE;
  state[8] = w1b;
  state[9] = w2b;
  state[10] = s1b;
  state[11] = s2b;
  return [sumA, sumB];
}
