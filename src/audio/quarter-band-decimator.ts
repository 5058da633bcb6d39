/** Silence kept before the file's first sample: the taps of output 0 reach 9 input samples back. */
const LEAD = 9;

/**
 * Two HalfBandDecimator stages in one pass (48 → 12 kHz, 44.1 → 11.025 kHz), with the same
 * output to the last bit: output m is (16·y[2m] + 9·(y[2m−1] + y[2m+1]) − (y[2m−3] + y[2m+3])) / 32
 * of the first stage's Float32 outputs y[j], themselves the same filter over inputs 2j − 3 … 2j + 3,
 * and silence before the start and after the end of each stage's input. The odd y's each output
 * needs are carried over from the one before, so one output costs two first-stage samples.
 *
 * Callers write input straight into `inputArea` (no copy) and `commit` it; output m depends on
 * inputs up to 4m + 9, so outputs trail the input by about ten samples until `finish`.
 */
export class QuarterBandDecimator {
  /** Inputs from absolute index `start` on (negative at first: the silence before the file). */
  private buffer = new Float32Array(1024);
  private length = LEAD;
  private start = -LEAD;
  private inputCount = 0;
  private nextOutput = 0;
  /** The first stage's outputs carried between outputs (see produce). */
  private readonly firstStage = new Float32Array(4);

  /** Room for `count` more input samples, to fill and then `commit`. */
  inputArea(count: number): Float32Array {
    if (this.length + count > this.buffer.length) {
      const grown = new Float32Array(Math.max(this.length + count, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer.subarray(this.length, this.length + count);
  }

  /**
   * Takes `count` samples written to `inputArea(count)`, writes the outputs they complete to
   * `target` from `targetOffset`, and returns how many: at most ⌈count / 4⌉ + 1.
   */
  commit(count: number, target: Float32Array, targetOffset: number): number {
    this.length += count;
    this.inputCount += count;
    const outputs = Math.max(0, Math.floor((this.inputCount - 10) / 4) + 1 - this.nextOutput);
    if (outputs > 0) this.produce(outputs, target, targetOffset);
    return outputs;
  }

  push(input: Float32Array, target: Float32Array, targetOffset: number): number {
    this.inputArea(input.length).set(input);
    return this.commit(input.length, target, targetOffset);
  }

  /** The outputs still owed (⌈⌈n / 2⌉ / 2⌉ in all), with silence after the end of each stage. */
  finish(): Float32Array {
    const firstStageCount = Math.ceil(this.inputCount / 2);
    const total = Math.ceil(firstStageCount / 2);
    const out = new Float32Array(Math.max(0, total - this.nextOutput));
    const x = (index: number) => (index < 0 || index >= this.inputCount ? 0 : this.buffer[index - this.start]!);
    const y = (j: number) =>
      j < 0 || j >= firstStageCount
        ? 0
        : Math.fround((16 * x(2 * j) + 9 * (x(2 * j - 1) + x(2 * j + 1)) - (x(2 * j - 3) + x(2 * j + 3))) / 32);
    for (let k = 0; k < out.length; k++) {
      const m = this.nextOutput + k;
      out[k] = (16 * y(2 * m) + 9 * (y(2 * m - 1) + y(2 * m + 1)) - (y(2 * m - 3) + y(2 * m + 3))) / 32;
    }
    this.nextOutput = total;
    return out;
  }

  private produce(outputs: number, out: Float32Array, outOffset: number): void {
    const buffer = this.buffer;
    const m0 = this.nextOutput;
    // Buffer position of input 4·m0; y[j] reads inputs 2j − 3 … 2j + 3.
    const base = 4 * m0 - this.start;
    const firstStage = (i: number) =>
      Math.fround((16 * buffer[i]! + 9 * (buffer[i - 1]! + buffer[i + 1]!) - (buffer[i - 3]! + buffer[i + 3]!)) / 32);
    // y[2m − 3], y[2m − 1], y[2m + 1] for m = m0 (before the start the first stage is silent), and
    // a slot for the newest. First-stage outputs live in a Float32Array, not in Math.fround'ed
    // locals: storing rounds them the same way, and the loop then carries no float32 values that
    // V8 would box into a heap number per output (most of a long file's garbage).
    const y = this.firstStage;
    y[0] = 2 * m0 - 3 < 0 ? 0 : firstStage(base - 6);
    y[1] = 2 * m0 - 1 < 0 ? 0 : firstStage(base - 2);
    y[2] = firstStage(base + 2);
    // Inputs around 4m (i = its buffer position), carried from one output to the next so that
    // each output loads only the four inputs it is the first to need.
    let xMinus3 = buffer[base - 3]!;
    let xMinus1 = buffer[base - 1]!;
    let xPlus1 = buffer[base + 1]!;
    let xPlus3 = buffer[base + 3]!;
    let xPlus5 = buffer[base + 5]!;
    for (let k = 0, i = base; k < outputs; k++, i += 4) {
      const xPlus7 = buffer[i + 7]!;
      const xPlus9 = buffer[i + 9]!;
      y[3] = (16 * buffer[i]! + 9 * (xMinus1 + xPlus1) - (xMinus3 + xPlus3)) / 32;
      const yCentre = y[3];
      y[3] = (16 * buffer[i + 6]! + 9 * (xPlus5 + xPlus7) - (xPlus3 + xPlus9)) / 32;
      const yPlus3 = y[3];
      const yMinus1 = y[1];
      const yPlus1 = y[2];
      out[outOffset + k] = (16 * yCentre + 9 * (yMinus1 + yPlus1) - (y[0] + yPlus3)) / 32;
      y[0] = yMinus1;
      y[1] = yPlus1;
      y[2] = yPlus3;
      xMinus3 = xPlus1;
      xMinus1 = xPlus3;
      xPlus1 = xPlus5;
      xPlus3 = xPlus7;
      xPlus5 = xPlus9;
    }
    this.nextOutput = m0 + outputs;
    // Output m needs inputs from 4m − 9 on.
    const drop = 4 * this.nextOutput - LEAD - this.start;
    if (drop > 0) {
      this.buffer.copyWithin(0, drop, this.length);
      this.length -= drop;
      this.start += drop;
    }
  }
}
