/**
 * A radix-2 FFT of real input, written out because UXP has no WebAssembly and no DSP library is
 * worth a dependency for one transform. A real frame of N samples is packed into N/2 complex
 * values, transformed, and split back into the N/2 + 1 non-negative frequency bins — half the
 * work of a complex FFT of the same length.
 */
export class RealFft {
  /** Bins in the spectrum: size / 2 + 1, from 0 Hz to Nyquist. */
  readonly binCount: number;
  private readonly half: number;
  private readonly bitReversed: Uint32Array;
  /** e^(−2πik/half) for the complex stage, k < half/2. */
  private readonly stageCos: Float64Array;
  private readonly stageSin: Float64Array;
  /** e^(−2πik/size) for splitting the packed result, k ≤ half. */
  private readonly splitCos: Float64Array;
  private readonly splitSin: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(readonly size: number) {
    if (size < 4 || (size & (size - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 4; got ${size}`);
    const half = size / 2;
    this.half = half;
    this.binCount = half + 1;
    this.re = new Float64Array(half);
    this.im = new Float64Array(half);
    this.bitReversed = new Uint32Array(half);
    const bits = Math.log2(half);
    for (let index = 0; index < half; index++) {
      let reversed = 0;
      for (let bit = 0; bit < bits; bit++) reversed |= ((index >> bit) & 1) << (bits - 1 - bit);
      this.bitReversed[index] = reversed;
    }
    this.stageCos = new Float64Array(Math.max(1, half / 2));
    this.stageSin = new Float64Array(Math.max(1, half / 2));
    for (let k = 0; k < half / 2; k++) {
      this.stageCos[k] = Math.cos((-2 * Math.PI * k) / half);
      this.stageSin[k] = Math.sin((-2 * Math.PI * k) / half);
    }
    this.splitCos = new Float64Array(half + 1);
    this.splitSin = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      this.splitCos[k] = Math.cos((-2 * Math.PI * k) / size);
      this.splitSin[k] = Math.sin((-2 * Math.PI * k) / size);
    }
  }

  /** Writes |X[k]|² for k = 0 … size/2 of the real frame `input` (length `size`) into `power`. */
  powerSpectrum(input: ArrayLike<number>, power: Float64Array): void {
    this.transform(input);
    const { re, im, half, splitCos, splitSin } = this;
    for (let k = 0; k <= half; k++) {
      const a = k === half ? 0 : k;
      const b = k === 0 ? 0 : half - k;
      // Even and odd halves of the spectrum, recovered from the packed transform.
      const evenRe = (re[a]! + re[b]!) / 2;
      const evenIm = (im[a]! - im[b]!) / 2;
      const oddRe = (im[a]! + im[b]!) / 2;
      const oddIm = -(re[a]! - re[b]!) / 2;
      const twRe = splitCos[k]!;
      const twIm = splitSin[k]!;
      const xRe = evenRe + twRe * oddRe - twIm * oddIm;
      const xIm = evenIm + twRe * oddIm + twIm * oddRe;
      power[k] = xRe * xRe + xIm * xIm;
    }
  }

  /** The complex spectrum X[k], k = 0 … size/2, for tests and callers that need phase. */
  spectrum(input: ArrayLike<number>): { re: Float64Array; im: Float64Array } {
    this.transform(input);
    const { re, im, half, splitCos, splitSin } = this;
    const outRe = new Float64Array(half + 1);
    const outIm = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      const a = k === half ? 0 : k;
      const b = k === 0 ? 0 : half - k;
      const evenRe = (re[a]! + re[b]!) / 2;
      const evenIm = (im[a]! - im[b]!) / 2;
      const oddRe = (im[a]! + im[b]!) / 2;
      const oddIm = -(re[a]! - re[b]!) / 2;
      outRe[k] = evenRe + splitCos[k]! * oddRe - splitSin[k]! * oddIm;
      outIm[k] = evenIm + splitCos[k]! * oddIm + splitSin[k]! * oddRe;
    }
    return { re: outRe, im: outIm };
  }

  /** Packs even samples as real and odd samples as imaginary parts, then runs an in-place complex FFT. */
  private transform(input: ArrayLike<number>): void {
    const { re, im, half, bitReversed, stageCos, stageSin } = this;
    for (let index = 0; index < half; index++) {
      const target = bitReversed[index]!;
      re[target] = input[2 * index]!;
      im[target] = input[2 * index + 1]!;
    }
    // First stage: every twiddle is 1.
    for (let top = 0; top < half; top += 2) {
      const reB = re[top + 1]!;
      const imB = im[top + 1]!;
      re[top + 1] = re[top]! - reB;
      im[top + 1] = im[top]! - imB;
      re[top] = re[top]! + reB;
      im[top] = im[top]! + imB;
    }
    // Later stages: one twiddle per offset, applied to every block (fewer table reads than block-first order).
    for (let span = 2; span < half; span *= 2) {
      const twiddleStep = half / (2 * span);
      const blockSize = 2 * span;
      for (let offset = 0; offset < span; offset++) {
        const wRe = stageCos[offset * twiddleStep]!;
        const wIm = stageSin[offset * twiddleStep]!;
        for (let top = offset; top < half; top += blockSize) {
          const bottom = top + span;
          const reB = re[bottom]!;
          const imB = im[bottom]!;
          const tRe = wRe * reB - wIm * imB;
          const tIm = wRe * imB + wIm * reB;
          const reT = re[top]!;
          const imT = im[top]!;
          re[bottom] = reT - tRe;
          im[bottom] = imT - tIm;
          re[top] = reT + tRe;
          im[top] = imT + tIm;
        }
      }
    }
  }
}
