import { SPEECH_MODEL, type SpeechModelWeights } from './speech-model-weights';

/** Per-frame cues the model reads (their order and scale: SpeechDetector.floorNext). */
export const FRAME_CUE_COUNT = 20;
/** The longest context: ±250 ms, about one syllable either side; the narrow one ±50 ms. */
const WIDE_HALF_SECONDS = 0.25;
const NARROW_HALF_SECONDS = 0.05;
/** Inputs: the frame's cues, their means over ±50 and ±250 ms, the level's spread over ±250 ms, and the level and flux over the 250 ms before and after. */
const INPUT_COUNT = 3 * FRAME_CUE_COUNT + 1 + 2 + 2;
/** The cues averaged one-sided (before and after): the level and the flux. */
const LEVEL_CUE = 0;
const FLUX_CUE = 10;

/**
 * The probability that each frame is speech, from a small neural network (one hidden layer) over
 * the frame's cues and their context — how the level, flux and shape move over the surrounding
 * half second, which is what tells a voice from a music bed at the same level (syllables come and
 * go at about 4 Hz, notes are held, drums are short). Frames go in in order; a frame's probability
 * comes out once the 250 ms after it are in (`lagFrames`; or at `finish`). Edges repeat the first and last
 * frame, as the model was fitted.
 */
export class SpeechLikelihood {
  private readonly wideHalf: number;
  private readonly narrowHalf: number;
  /** Ring of frame cues, indexed by frame number: the context reaches wideHalf + 1 back and wideHalf ahead. */
  private readonly ringMask: number;
  private readonly cues: Float64Array;
  private readonly needed: Uint8Array;
  private readonly input = new Float64Array(INPUT_COUNT);
  /** Running sums over the current frame's windows (edge frames repeated). */
  private readonly narrowSum = new Float64Array(FRAME_CUE_COUNT);
  private readonly wideSum = new Float64Array(FRAME_CUE_COUNT);
  private wideLevelSquares = 0;
  /** Sums of the level and flux over the frames before (up to 25) and after (up to 25) the current one. */
  private beforeLevel = 0;
  private beforeFlux = 0;
  private afterLevel = 0;
  private afterFlux = 0;
  private pushed = 0;
  /** The next frame whose probability is owed. */
  private next = 0;
  /** Frames in the stream, once finished (the windows' right edge repeats the last one). */
  private total = Infinity;
  /** The last frame's probability, as `evaluate` leaves it. */
  private probability = 0;

  /**
   * @param onInput called with the network's input (reused: copy it) for every frame, and the
   *   network then runs on every frame, `needed` or not: how the training tool records what the
   *   model sees, through the code that uses it. @default null
   * @param frameSeconds the frames' hop: the contexts are fixed in time, so the model reads the same
   *   ±50 and ±250 ms whatever the hop (it was fitted at 20 ms). @default 0.02
   */
  constructor(
    private readonly model: SpeechModelWeights = SPEECH_MODEL,
    private readonly onInput: ((input: Float64Array) => void) | null = null,
    frameSeconds = 0.02,
  ) {
    this.wideHalf = Math.max(1, Math.round(WIDE_HALF_SECONDS / frameSeconds));
    this.narrowHalf = Math.max(1, Math.round(NARROW_HALF_SECONDS / frameSeconds));
    let ring = 4;
    while (ring < 2 * this.wideHalf + 2) ring *= 2;
    this.ringMask = ring - 1;
    this.cues = new Float64Array(ring * FRAME_CUE_COUNT);
    this.needed = new Uint8Array(ring);
  }

  /** Frames either side of a frame in its wide context: a frame's probability comes this many frames after it. */
  get lagFrames(): number {
    return this.wideHalf;
  }

  /**
   * The next frame's cues (FRAME_CUE_COUNT values, copied); reports the probabilities now known.
   * `needed` false: the caller will not use this frame's probability (reported as 0, the network
   * not run), though its cues still count in its neighbours' context.
   */
  push(frameCues: ArrayLike<number>, needed: boolean, onProbability: (frame: number, probability: number) => void): void {
    const slot = this.pushed & this.ringMask;
    const base = slot * FRAME_CUE_COUNT;
    for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) this.cues[base + cue] = frameCues[cue]!;
    this.needed[slot] = needed || this.onInput != null ? 1 : 0;
    this.pushed++;
    while (this.next + this.wideHalf < this.pushed) {
      this.evaluate(this.next);
      onProbability(this.next++, this.probability);
    }
  }

  /** The stream ended: reports the remaining frames' probabilities. */
  finish(onProbability: (frame: number, probability: number) => void): void {
    this.total = this.pushed;
    while (this.next < this.total) {
      this.evaluate(this.next);
      onProbability(this.next++, this.probability);
    }
  }

  /** Frame i's cue, with the first and last frames repeated beyond the stream's edges. */
  private cue(frame: number, cue: number): number {
    const clamped = frame < 0 ? 0 : frame >= this.total ? this.total - 1 : frame;
    return this.cues[(clamped & this.ringMask) * FRAME_CUE_COUNT + cue]!;
  }

  /**
   * Frame `frame`'s probability into `probability`: a field, not a return value, because a number
   * returned from a call V8 does not inline is boxed on the heap, and this runs for every frame.
   */
  private evaluate(frame: number): void {
    this.advanceWindows(frame);
    if (this.needed[frame & this.ringMask] === 0) {
      this.probability = 0;
      return;
    }
    const { input, narrowSum, wideSum } = this;
    const base = (frame & this.ringMask) * FRAME_CUE_COUNT;
    for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) {
      input[cue] = this.cues[base + cue]!;
      input[FRAME_CUE_COUNT + cue] = narrowSum[cue]! / (2 * this.narrowHalf + 1);
      input[2 * FRAME_CUE_COUNT + cue] = wideSum[cue]! / (2 * this.wideHalf + 1);
    }
    const wideCount = 2 * this.wideHalf + 1;
    const levelMean = wideSum[LEVEL_CUE]! / wideCount;
    let at = 3 * FRAME_CUE_COUNT;
    input[at++] = Math.sqrt(Math.max(0, this.wideLevelSquares / wideCount - levelMean * levelMean));
    const beforeCount = Math.min(frame, this.wideHalf);
    const afterCount = Math.max(0, Math.min(this.wideHalf, this.total - 1 - frame));
    input[at++] = beforeCount > 0 ? this.beforeLevel / beforeCount : 0;
    input[at++] = beforeCount > 0 ? this.beforeFlux / beforeCount : 0;
    input[at++] = afterCount > 0 ? this.afterLevel / afterCount : 0;
    input[at] = afterCount > 0 ? this.afterFlux / afterCount : 0;
    this.onInput?.(input);
    this.network();
  }

  /** Moves every running sum from frame − 1 to `frame` (or fills them, for frame 0). */
  private advanceWindows(frame: number): void {
    // The stream's first and last 26 frames reach past its edges: a method of their own, so that
    // the code V8 optimises for every other frame stays small (it compiled in a fraction of the time).
    if (frame - this.wideHalf - 1 < 0 || frame + this.wideHalf >= this.total) {
      this.advanceWindowsAtEdges(frame);
      return;
    }
    // Inside the stream (nearly every frame): the ring read directly, no edge clamping; the same
    // sums in the same order as advanceWindowsAtEdges.
    const { narrowSum, wideSum, cues } = this;
    const narrowIn = ((frame + this.narrowHalf) & this.ringMask) * FRAME_CUE_COUNT;
    const narrowOut = ((frame - this.narrowHalf - 1) & this.ringMask) * FRAME_CUE_COUNT;
    const wideIn = ((frame + this.wideHalf) & this.ringMask) * FRAME_CUE_COUNT;
    const wideOut = ((frame - this.wideHalf - 1) & this.ringMask) * FRAME_CUE_COUNT;
    for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) {
      narrowSum[cue]! += cues[narrowIn + cue]! - cues[narrowOut + cue]!;
      wideSum[cue]! += cues[wideIn + cue]! - cues[wideOut + cue]!;
    }
    const entering = cues[wideIn + LEVEL_CUE]!;
    const leaving = cues[wideOut + LEVEL_CUE]!;
    this.wideLevelSquares += entering * entering - leaving * leaving;
    const previous = ((frame - 1) & this.ringMask) * FRAME_CUE_COUNT;
    const current = (frame & this.ringMask) * FRAME_CUE_COUNT;
    this.beforeLevel += cues[previous + LEVEL_CUE]!;
    this.beforeFlux += cues[previous + FLUX_CUE]!;
    this.beforeLevel -= cues[wideOut + LEVEL_CUE]!;
    this.beforeFlux -= cues[wideOut + FLUX_CUE]!;
    this.afterLevel -= cues[current + LEVEL_CUE]!;
    this.afterFlux -= cues[current + FLUX_CUE]!;
    this.afterLevel += cues[wideIn + LEVEL_CUE]!;
    this.afterFlux += cues[wideIn + FLUX_CUE]!;
  }

  /** advanceWindows for a frame whose windows reach past the stream's start or end (edge frames repeated). */
  private advanceWindowsAtEdges(frame: number): void {
    const { narrowSum, wideSum } = this;
    if (frame === 0) {
      for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) {
        let narrow = 0;
        let wide = 0;
        for (let offset = -this.wideHalf; offset <= this.wideHalf; offset++) {
          const value = this.cue(offset, cue);
          wide += value;
          if (Math.abs(offset) <= this.narrowHalf) narrow += value;
        }
        narrowSum[cue] = narrow;
        wideSum[cue] = wide;
      }
      let squares = 0;
      for (let offset = -this.wideHalf; offset <= this.wideHalf; offset++) squares += this.cue(offset, LEVEL_CUE) ** 2;
      this.wideLevelSquares = squares;
      this.afterLevel = 0;
      this.afterFlux = 0;
      for (let offset = 1; offset <= this.wideHalf && offset < this.total; offset++) {
        this.afterLevel += this.cue(offset, LEVEL_CUE);
        this.afterFlux += this.cue(offset, FLUX_CUE);
      }
      return;
    }
    for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) {
      narrowSum[cue]! += this.cue(frame + this.narrowHalf, cue) - this.cue(frame - this.narrowHalf - 1, cue);
      wideSum[cue]! += this.cue(frame + this.wideHalf, cue) - this.cue(frame - this.wideHalf - 1, cue);
    }
    const entering = this.cue(frame + this.wideHalf, LEVEL_CUE);
    const leaving = this.cue(frame - this.wideHalf - 1, LEVEL_CUE);
    this.wideLevelSquares += entering * entering - leaving * leaving;
    // Before: gains frame − 1, loses frame − 26. After: loses `frame`, gains frame + 25 if it exists.
    this.beforeLevel += this.cue(frame - 1, LEVEL_CUE);
    this.beforeFlux += this.cue(frame - 1, FLUX_CUE);
    if (frame - this.wideHalf - 1 >= 0) {
      this.beforeLevel -= this.cue(frame - this.wideHalf - 1, LEVEL_CUE);
      this.beforeFlux -= this.cue(frame - this.wideHalf - 1, FLUX_CUE);
    }
    this.afterLevel -= this.cue(frame, LEVEL_CUE);
    this.afterFlux -= this.cue(frame, FLUX_CUE);
    if (frame + this.wideHalf < this.total) {
      this.afterLevel += this.cue(frame + this.wideHalf, LEVEL_CUE);
      this.afterFlux += this.cue(frame + this.wideHalf, FLUX_CUE);
    }
  }

  /**
   * tanh hidden layer, logistic output; the input's normalisation is folded into the weights.
   * Four units at a time: each unit's sum is one chain of dependent adds, and four independent
   * chains keep the FPU busy while each waits on its last add (the same adds in the same order per
   * unit, so the same result to the bit as one unit at a time).
   */
  private network(): void {
    const { input, model } = this;
    const { hiddenWeights, hiddenBias, outputWeights } = model;
    const units = hiddenBias.length;
    let output = model.outputBias;
    let unit = 0;
    for (; unit + 3 < units; unit += 4) {
      const row0 = unit * INPUT_COUNT;
      const row1 = row0 + INPUT_COUNT;
      const row2 = row1 + INPUT_COUNT;
      const row3 = row2 + INPUT_COUNT;
      let sum0 = hiddenBias[unit]!;
      let sum1 = hiddenBias[unit + 1]!;
      let sum2 = hiddenBias[unit + 2]!;
      let sum3 = hiddenBias[unit + 3]!;
      for (let index = 0; index < INPUT_COUNT; index++) {
        const value = input[index]!;
        sum0 += hiddenWeights[row0 + index]! * value;
        sum1 += hiddenWeights[row1 + index]! * value;
        sum2 += hiddenWeights[row2 + index]! * value;
        sum3 += hiddenWeights[row3 + index]! * value;
      }
      // Added to the output in unit order, as one at a time would.
      output += outputWeights[unit]! * Math.tanh(sum0);
      output += outputWeights[unit + 1]! * Math.tanh(sum1);
      output += outputWeights[unit + 2]! * Math.tanh(sum2);
      output += outputWeights[unit + 3]! * Math.tanh(sum3);
    }
    for (; unit < units; unit++) {
      const row = unit * INPUT_COUNT;
      let sum = hiddenBias[unit]!;
      for (let index = 0; index < INPUT_COUNT; index++) sum += hiddenWeights[row + index]! * input[index]!;
      output += outputWeights[unit]! * Math.tanh(sum);
    }
    this.probability = 1 / (1 + Math.exp(-output));
  }
}
