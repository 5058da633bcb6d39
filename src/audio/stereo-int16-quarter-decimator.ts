/** Silence kept before the file's first sample: the taps of output 0 reach 9 input samples back. */
const LEAD = 9;
/** Output scale: the sum of two 16-bit samples (×2⁻¹⁶ for their average) through two filters that each carry a ×32. */
const OUTPUT_SCALE = 2 ** -16 / (32 * 32);

/**
 * QuarterBandDecimator for 16-bit stereo, straight from the frames' 32-bit words, in integers:
 * the input is the sum of each frame's two samples (the mono mix × 2¹⁶, 17 bits), and both
 * half-band stages (taps −1, 0, 9, 16, 9, 0, −1) run on integer numerators, which stay exact
 * (under 2²² after the first stage, under 2³¹ after the second). The float decimator's values are
 * exact too until its final store rounds them to float32 — as storing these does — so the outputs
 * are the same to the bit, for one pass over the words instead of decoding, mixing and filtering.
 */
export class StereoInt16QuarterDecimator {
  /** Sums L + R from absolute frame `start` on (negative at first: the silence before the file). */
  private buffer = new Int32Array(1024);
  private length = LEAD;
  private start = -LEAD;
  private inputCount = 0;
  private nextOutput = 0;

  /** Sums the frames' samples into the buffer, writes the outputs they complete to `target` from `targetOffset`, returns how many (≤ ⌈n / 4⌉ + 1). */
  push(words: Int32Array, target: Float32Array, targetOffset: number): number {
    const count = words.length;
    this.dropUsed();
    if (this.length + count > this.buffer.length) {
      const grown = new Int32Array(Math.max(this.length + count, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    const buffer = this.buffer;
    // The two halves' order does not matter to their sum.
    for (let index = 0, at = this.length; index < count; index++, at++) {
      const word = words[index]!;
      buffer[at] = ((word << 16) >> 16) + (word >> 16);
    }
    this.length += count;
    this.inputCount += count;
    const outputs = Math.max(0, Math.floor((this.inputCount - 10) / 4) + 1 - this.nextOutput);
    if (outputs > 0) this.produce(outputs, target, targetOffset);
    return outputs;
  }

  /** The outputs still owed (⌈⌈n / 2⌉ / 2⌉ in all), with silence after the end of each stage. */
  finish(): Float32Array {
    const firstStageCount = Math.ceil(this.inputCount / 2);
    const total = Math.ceil(firstStageCount / 2);
    const out = new Float32Array(Math.max(0, total - this.nextOutput));
    const x = (index: number) => (index < 0 || index >= this.inputCount ? 0 : this.buffer[index - this.start]!);
    const y = (j: number) =>
      j < 0 || j >= firstStageCount ? 0 : 16 * x(2 * j) + 9 * (x(2 * j - 1) + x(2 * j + 1)) - (x(2 * j - 3) + x(2 * j + 3));
    for (let k = 0; k < out.length; k++) {
      const m = this.nextOutput + k;
      out[k] = (16 * y(2 * m) + 9 * (y(2 * m - 1) + y(2 * m + 1)) - (y(2 * m - 3) + y(2 * m + 3))) * OUTPUT_SCALE;
    }
    this.nextOutput = total;
    return out;
  }

  private produce(outputs: number, out: Float32Array, outOffset: number): void {
    const buffer = this.buffer;
    const m0 = this.nextOutput;
    // Before the loop, not after: code V8 first reaches after an on-stack-replaced loop has no type
    // feedback, and optimised code then bails out there on every block (a deopt per push, measured).
    this.nextOutput = m0 + outputs;
    // Buffer position of input 4·m0; y[j] reads inputs 2j − 3 … 2j + 3.
    const base = 4 * m0 - this.start;
    const firstStage = (i: number) => 16 * buffer[i]! + 9 * (buffer[i - 1]! + buffer[i + 1]!) - (buffer[i - 3]! + buffer[i + 3]!);
    // y[2m − 3], y[2m − 1], y[2m + 1] for m = m0 (before the start the first stage is silent).
    let yMinus3 = 2 * m0 - 3 < 0 ? 0 : firstStage(base - 6);
    let yMinus1 = 2 * m0 - 1 < 0 ? 0 : firstStage(base - 2);
    let yPlus1 = firstStage(base + 2);
    let xMinus3 = buffer[base - 3]!;
    let xMinus1 = buffer[base - 1]!;
    let xPlus1 = buffer[base + 1]!;
    let xPlus3 = buffer[base + 3]!;
    let xPlus5 = buffer[base + 5]!;
    for (let k = 0, i = base; k < outputs; k++, i += 4) {
      const xPlus7 = buffer[i + 7]!;
      const xPlus9 = buffer[i + 9]!;
      // Integers below 2³¹ throughout: `| 0` keeps V8 on int32 arithmetic.
      const yCentre = (16 * buffer[i]! + 9 * (xMinus1 + xPlus1) - (xMinus3 + xPlus3)) | 0;
      const yPlus3 = (16 * buffer[i + 6]! + 9 * (xPlus5 + xPlus7) - (xPlus3 + xPlus9)) | 0;
      out[outOffset + k] = ((16 * yCentre + 9 * (yMinus1 + yPlus1) - (yMinus3 + yPlus3)) | 0) * OUTPUT_SCALE;
      yMinus3 = yMinus1;
      yMinus1 = yPlus1;
      yPlus1 = yPlus3;
      xMinus3 = xPlus1;
      xMinus1 = xPlus3;
      xPlus1 = xPlus5;
      xPlus3 = xPlus7;
      xPlus5 = xPlus9;
    }
  }

  /** Drops the inputs no output still owed needs (output m needs inputs from 4m − 9 on); at the next push, for the reason in produce. */
  private dropUsed(): void {
    const drop = 4 * this.nextOutput - LEAD - this.start;
    if (drop > 0) {
      this.buffer.copyWithin(0, drop, this.length);
      this.length -= drop;
      this.start += drop;
    }
  }
}
