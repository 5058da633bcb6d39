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
  private readonly bitReversed: Int32Array;
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
    this.bitReversed = new Int32Array(half);
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
    this.splitPower(power, 0, this.half);
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
    const { re, im, half, bitReversed } = this;
    for (let index = 0; index < half; index++) {
      const target = bitReversed[index]!;
      re[target] = input[2 * index]!;
      im[target] = input[2 * index + 1]!;
    }
    this.butterflies();
  }

  /**
   * |X[k]|² for k = fromBin … toBin only (other entries of `power` are left as they were), of the
   * frame source[offset + n] · window[n], n < size: the hot path of the speech detector, which
   * needs neither a windowed copy of the frame nor the bins outside its band.
   */
  windowedPowerSpectrum(
    source: Float32Array,
    offset: number,
    window: Float64Array,
    power: Float64Array,
    fromBin: number,
    toBin: number,
  ): void {
    const { re, im, half, bitReversed } = this;
    // In output order (bit reversal is its own inverse): sequential stores, gathered loads.
    for (let target = 0; target < half; target++) {
      const n = 2 * bitReversed[target]!;
      re[target] = source[offset + n]! * window[n]!;
      im[target] = source[offset + n + 1]! * window[n + 1]!;
    }
    this.butterflies();
    this.splitPower(power, Math.max(0, fromBin), Math.min(half, toBin));
  }

  private splitPower(power: Float64Array, fromBin: number, toBin: number): void {
    const { re, im, half, splitCos, splitSin } = this;
    for (let k = fromBin; k <= toBin; k++) {
      const a = k === half ? 0 : k;
      const b = k === 0 ? 0 : half - k;
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

  /** The in-place complex FFT of the bit-reversed `re`/`im`. */
  private butterflies(): void {
    const { re, im, half, stageCos, stageSin } = this;
    let span = 1;
    if (half >= 4) {
      // The first two stages as one radix-4 pass: their twiddles are 1 and −i.
      for (let top = 0; top < half; top += 4) {
        const re0 = re[top]!;
        const im0 = im[top]!;
        const re1 = re[top + 1]!;
        const im1 = im[top + 1]!;
        const re2 = re[top + 2]!;
        const im2 = im[top + 2]!;
        const re3 = re[top + 3]!;
        const im3 = im[top + 3]!;
        const sRe01 = re0 + re1;
        const sIm01 = im0 + im1;
        const dRe01 = re0 - re1;
        const dIm01 = im0 - im1;
        const sRe23 = re2 + re3;
        const sIm23 = im2 + im3;
        const dRe23 = re2 - re3;
        const dIm23 = im2 - im3;
        re[top] = sRe01 + sRe23;
        im[top] = sIm01 + sIm23;
        re[top + 2] = sRe01 - sRe23;
        im[top + 2] = sIm01 - sIm23;
        // −i · (dRe23 + i dIm23) = dIm23 − i dRe23
        re[top + 1] = dRe01 + dIm23;
        im[top + 1] = dIm01 - dRe23;
        re[top + 3] = dRe01 - dIm23;
        im[top + 3] = dIm01 + dRe23;
      }
      span = 4;
    } else if (half === 2) {
      // First stage alone: its twiddle is 1.
      const reB = re[1]!;
      const imB = im[1]!;
      re[1] = re[0]! - reB;
      im[1] = im[0]! - imB;
      re[0] = re[0]! + reB;
      im[0] = im[0]! + imB;
      span = 2;
    }
    // Then two stages at a time (spans s and 2s): half the passes over re/im of radix 2.
    for (; 4 * span <= half; span *= 4) {
      const step1 = half / (2 * span);
      const step2 = half / (4 * span);
      const blockSize = 4 * span;
      for (let offset = 0; offset < span; offset++) {
        // Stage s pairs (a, b) and (c, d) with W_2s^offset; stage 2s pairs (a, c) with W_4s^offset, (b, d) with −i times that.
        const w1Re = stageCos[offset * step1]!;
        const w1Im = stageSin[offset * step1]!;
        const w2Re = stageCos[offset * step2]!;
        const w2Im = stageSin[offset * step2]!;
        for (let a = offset; a < half; a += blockSize) {
          const b = a + span;
          const c = b + span;
          const d = c + span;
          const reB = re[b]!;
          const imB = im[b]!;
          const reD = re[d]!;
          const imD = im[d]!;
          const tbRe = w1Re * reB - w1Im * imB;
          const tbIm = w1Re * imB + w1Im * reB;
          const tdRe = w1Re * reD - w1Im * imD;
          const tdIm = w1Re * imD + w1Im * reD;
          const reA = re[a]!;
          const imA = im[a]!;
          const reC = re[c]!;
          const imC = im[c]!;
          const a1Re = reA + tbRe;
          const a1Im = imA + tbIm;
          const b1Re = reA - tbRe;
          const b1Im = imA - tbIm;
          const c1Re = reC + tdRe;
          const c1Im = imC + tdIm;
          const d1Re = reC - tdRe;
          const d1Im = imC - tdIm;
          const tcRe = w2Re * c1Re - w2Im * c1Im;
          const tcIm = w2Re * c1Im + w2Im * c1Re;
          const udRe = w2Re * d1Re - w2Im * d1Im;
          const udIm = w2Re * d1Im + w2Im * d1Re;
          re[a] = a1Re + tcRe;
          im[a] = a1Im + tcIm;
          re[c] = a1Re - tcRe;
          im[c] = a1Im - tcIm;
          // −i · (udRe + i udIm) = udIm − i udRe
          re[b] = b1Re + udIm;
          im[b] = b1Im - udRe;
          re[d] = b1Re - udIm;
          im[d] = b1Im + udRe;
        }
      }
    }
    // A last single stage when the stage count is odd: one twiddle per offset, applied to every block.
    for (; span < half; span *= 2) {
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
