/** Silence kept before the file's first sample: the taps of output 0 reach 9 input samples back. */
const LEAD = 9;
/** Output scale: the sum of two 16-bit samples (×2⁻¹⁶ for their average) through two filters that each carry a ×32. */
const OUTPUT_SCALE = 2 ** -16 / (32 * 32);
/**
 * Room for the inputs kept between pushes: those the next output still needs (it reaches 9 back)
 * and those that complete no output yet (up to 9 + 3 more), well under this.
 */
const HISTORY_LENGTH = 32;

/**
 * QuarterBandDecimator for 16-bit stereo, straight from the frames' 32-bit words, in integers:
 * the input is the sum of each frame's two samples (the mono mix × 2¹⁶, 17 bits), and both
 * half-band stages (taps −1, 0, 9, 16, 9, 0, −1) run on integer numerators, which stay exact
 * (under 2²² after the first stage, under 2³¹ after the second). The float decimator's values are
 * exact too until its final store rounds them to float32 — as storing these does — so the outputs
 * are the same to the bit.
 *
 * One pass over the words: each output reads its four new words, sums their halves and filters
 * them in registers; no buffer of sums is written and read back (that second pass over memory was
 * a third of this stage's time). Only the dozen or so inputs around a push's end are kept, as sums,
 * for the first outputs of the next push.
 */
export class StereoInt16QuarterDecimator {
  /** Sums L + R of absolute inputs `historyStart` … `inputCount − 1` (at first the silence before the file). */
  private history = new Int32Array(HISTORY_LENGTH);
  private spareHistory = new Int32Array(HISTORY_LENGTH);
  private historyStart = -LEAD;
  private inputCount = 0;
  private nextOutput = 0;

  /** Writes the outputs the frames complete to `target` from `targetOffset`, returns how many (≤ ⌈n / 4⌉ + 1). */
  push(words: Int32Array, target: Float32Array, targetOffset: number): number {
    const before = this.inputCount;
    const total = before + words.length;
    const first = this.nextOutput;
    // Output m needs inputs 4m − 9 … 4m + 9.
    const end = Math.max(first, Math.floor((total - 10) / 4) + 1);
    // Outputs whose taps reach back into the history, one by one; the rest straight from the words.
    const firstDirect = Math.min(end, Math.max(first, Math.ceil((before + 9) / 4)));
    // Before the loop, not after: code V8 first reaches after an on-stack-replaced loop has no type
    // feedback, and optimised code then bails out there on every block (a deopt per push, measured).
    this.nextOutput = end;
    for (let m = first; m < firstDirect; m++) target[targetOffset + m - first] = this.outputAt(m, words, before) * OUTPUT_SCALE;
    if (firstDirect < end) produceFromWords(words, 4 * firstDirect - before, end - firstDirect, target, targetOffset + firstDirect - first);
    const keepFrom = 4 * end - LEAD;
    const kept = this.spareHistory;
    for (let index = keepFrom; index < total; index++) kept[index - keepFrom] = this.input(index, words, before);
    this.spareHistory = this.history;
    this.history = kept;
    this.historyStart = keepFrom;
    this.inputCount = total;
    return end - first;
  }

  /** The outputs still owed (⌈⌈n / 2⌉ / 2⌉ in all), with silence after the end of each stage. */
  finish(): Float32Array {
    const firstStageCount = Math.ceil(this.inputCount / 2);
    const total = Math.ceil(firstStageCount / 2);
    const out = new Float32Array(Math.max(0, total - this.nextOutput));
    const none = new Int32Array(0);
    const x = (index: number) => (index < 0 || index >= this.inputCount ? 0 : this.input(index, none, this.inputCount));
    const y = (j: number) =>
      j < 0 || j >= firstStageCount ? 0 : 16 * x(2 * j) + 9 * (x(2 * j - 1) + x(2 * j + 1)) - (x(2 * j - 3) + x(2 * j + 3));
    for (let k = 0; k < out.length; k++) {
      const m = this.nextOutput + k;
      out[k] = (16 * y(2 * m) + 9 * (y(2 * m - 1) + y(2 * m + 1)) - (y(2 * m - 3) + y(2 * m + 3))) * OUTPUT_SCALE;
    }
    this.nextOutput = total;
    return out;
  }

  /** Input `index`'s L + R: kept from an earlier push, or from this push's `words` (whose first is input `before`). */
  private input(index: number, words: Int32Array, before: number): number {
    if (index < before) return this.history[index - this.historyStart]!;
    const word = words[index - before]!;
    return ((word << 16) >> 16) + (word >> 16);
  }

  /** Output m's integer numerator (the first stage is silent before the file's start). */
  private outputAt(m: number, words: Int32Array, before: number): number {
    const y = (j: number) =>
      j < 0
        ? 0
        : 16 * this.input(2 * j, words, before) +
          9 * (this.input(2 * j - 1, words, before) + this.input(2 * j + 1, words, before)) -
          (this.input(2 * j - 3, words, before) + this.input(2 * j + 3, words, before));
    return 16 * y(2 * m) + 9 * (y(2 * m - 1) + y(2 * m + 1)) - (y(2 * m - 3) + y(2 * m + 3));
  }
}

/**
 * `outputs` outputs from the words alone, the first centred on words[centre] (centre ≥ 9, and the
 * last output's taps end inside `words`). The odd inputs and first-stage values each output shares
 * with the next are carried in locals, so every word is read once.
 */
function produceFromWords(words: Int32Array, centre: number, outputs: number, out: Float32Array, outOffset: number): void {
  const sum = (index: number) => {
    const word = words[index]!;
    return ((word << 16) >> 16) + (word >> 16);
  };
  const firstStage = (i: number) => 16 * sum(i) + 9 * (sum(i - 1) + sum(i + 1)) - (sum(i - 3) + sum(i + 3));
  // y[2m − 3], y[2m − 1], y[2m + 1] for the first output m.
  let yMinus3 = firstStage(centre - 6);
  let yMinus1 = firstStage(centre - 2);
  let yPlus1 = firstStage(centre + 2);
  let xMinus3 = sum(centre - 3);
  let xMinus1 = sum(centre - 1);
  let xPlus1 = sum(centre + 1);
  let xPlus3 = sum(centre + 3);
  let xPlus5 = sum(centre + 5);
  for (let k = 0, i = centre; k < outputs; k++, i += 4) {
    const w0 = words[i]!;
    const w6 = words[i + 6]!;
    const w7 = words[i + 7]!;
    const w9 = words[i + 9]!;
    const xPlus7 = ((w7 << 16) >> 16) + (w7 >> 16);
    const xPlus9 = ((w9 << 16) >> 16) + (w9 >> 16);
    // Integers below 2³¹ throughout: `| 0` keeps V8 on int32 arithmetic.
    const yCentre = (16 * (((w0 << 16) >> 16) + (w0 >> 16)) + 9 * (xMinus1 + xPlus1) - (xMinus3 + xPlus3)) | 0;
    const yPlus3 = (16 * (((w6 << 16) >> 16) + (w6 >> 16)) + 9 * (xPlus5 + xPlus7) - (xPlus3 + xPlus9)) | 0;
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
