/**
 * Samples per call of the filter's loop. One call over a whole block had V8 compile the loop in
 * the middle of that first call (on-stack replacement), before the code after the loop had ever
 * run; without type feedback there, the compiled loop bailed out at the end of most later calls
 * (96 times in one hour-long run, `node --trace-deopt`). Short calls finish in the interpreter
 * first, so the compiled code knows everything it runs.
 */
const MAX_PIECE_SAMPLES = 512;

/**
 * A fourth-order Butterworth high pass (two biquads, RBJ cookbook, Q = 0.541 and 1.307) run over a
 * stream in pieces: the speech detector's band signal. Its level is measured in the time domain
 * rather than by summing FFT bins from the band's lower edge, because mains hum's harmonics sit
 * within a bin of that edge: which share of them a short window's bins catch swings by ~10 dB with
 * the hum's phase against the frame grid (a 20 ms hop sees one phase of 50 Hz hum all the time),
 * whereas the filtered signal's energy over a window barely depends on it. Fourth order, because
 * the hum's second and third harmonics must fall well under speech: at a 200 Hz edge, 50 Hz is
 * −48 dB, 100 Hz −24 dB, 150 Hz −10 dB (second order left a speech tail's last 10–20 ms in hum).
 */
export class BandHighPass {
  private readonly gain1: number;
  private readonly gain2: number;
  private readonly a11: number;
  private readonly a12: number;
  private readonly a21: number;
  private readonly a22: number;
  /** The last two inputs, the first section's last two outputs (the second's inputs), the second's last two outputs. */
  private readonly state = new Float64Array(6);

  constructor(cutoffHz: number, sampleRateHz: number) {
    // Kept below Nyquist so a low rate with a high edge still gives a stable filter.
    const w0 = (2 * Math.PI * Math.min(cutoffHz, 0.45 * sampleRateHz)) / sampleRateHz;
    const section = (q: number) => {
      const alpha = Math.sin(w0) / (2 * q);
      const cos = Math.cos(w0);
      const a0 = 1 + alpha;
      return { gain: (1 + cos) / 2 / a0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
    };
    // The poles of a fourth-order Butterworth: Q = 1 / (2 cos(π/8)) and 1 / (2 cos(3π/8)).
    const first = section(1 / (2 * Math.cos(Math.PI / 8)));
    const second = section(1 / (2 * Math.cos((3 * Math.PI) / 8)));
    this.gain1 = first.gain;
    this.a11 = first.a1;
    this.a12 = first.a2;
    this.gain2 = second.gain;
    this.a21 = second.a1;
    this.a22 = second.a2;
  }

  /** Filters input[from … to − 1] into output at the same indices, continuing from the previous call. */
  filter(input: Float32Array, output: Float32Array, from: number, to: number): void {
    // In short pieces: see MAX_PIECE_SAMPLES.
    for (let start = from; start < to; start += MAX_PIECE_SAMPLES)
      this.filterPiece(input, output, start, Math.min(to, start + MAX_PIECE_SAMPLES));
  }

  private filterPiece(input: Float32Array, output: Float32Array, from: number, to: number): void {
    const { gain1, gain2, a11, a12, a21, a22, state } = this;
    let x1 = state[0]!;
    let x2 = state[1]!;
    let u1 = state[2]!;
    let u2 = state[3]!;
    let y1 = state[4]!;
    let y2 = state[5]!;
    for (let index = from; index < to; index++) {
      const x = input[index]!;
      // A high pass's numerator is gain · (1, −2, 1): the second difference, scaled once.
      const u = gain1 * (x - 2 * x1 + x2) - a12 * u2 - a11 * u1;
      const y = gain2 * (u - 2 * u1 + u2) - a22 * y2 - a21 * y1;
      x2 = x1;
      x1 = x;
      u2 = u1;
      u1 = u;
      y2 = y1;
      y1 = y;
      output[index] = y;
    }
    state[0] = x1;
    state[1] = x2;
    state[2] = u1;
    state[3] = u2;
    state[4] = y1;
    state[5] = y2;
  }
}
