import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_CUE_COUNT, SpeechLikelihood } from '../../src/audio/speech-likelihood';

function probabilities(frames: readonly number[][], needed: (frame: number) => boolean = () => true): Map<number, number> {
  const likelihood = new SpeechLikelihood();
  const found = new Map<number, number>();
  const record = (frame: number, probability: number) => {
    expect(found.has(frame)).toBe(false);
    found.set(frame, probability);
  };
  frames.forEach((cues, frame) => likelihood.push(cues, needed(frame), record));
  likelihood.finish(record);
  return found;
}

const cueFrame = fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: FRAME_CUE_COUNT, maxLength: FRAME_CUE_COUNT });

describe('speech likelihood (the speech/music model)', () => {
  // The contexts are fixed in time: ±250 and ±50 ms are 25 and 5 frames at 10 ms, 13 and 3 at 20 ms (the default).
  const hops = [
    { frameSeconds: 0.01, wide: 25, narrow: 5 },
    { frameSeconds: 0.02, wide: 13, narrow: 3 },
  ] as const;

  it.each(hops)(
    'reports every frame once, in order, as a probability, 250 ms behind the input ($frameSeconds s frames: $wide)',
    ({ frameSeconds, wide }) => {
      fc.assert(
        fc.property(fc.array(cueFrame, { minLength: 1, maxLength: 120 }), (frames) => {
          const likelihood = new SpeechLikelihood(undefined, null, frameSeconds);
          const reported: number[] = [];
          frames.forEach((cues, frame) => {
            likelihood.push(cues, true, (index, probability) => {
              expect(probability).toBeGreaterThanOrEqual(0);
              expect(probability).toBeLessThanOrEqual(1);
              reported.push(index);
            });
            expect(reported.length).toBe(Math.max(0, frame + 1 - wide));
          });
          likelihood.finish((index) => reported.push(index));
          expect(reported).toEqual(frames.map((_, index) => index));
        }),
        { numRuns: 30 },
      );
    },
  );

  it('gives a frame the same probability whether or not its neighbours ran the network', () => {
    fc.assert(
      fc.property(fc.array(cueFrame, { minLength: 30, maxLength: 90 }), (frames) => {
        const all = probabilities(frames);
        const some = probabilities(frames, (frame) => frame % 3 === 0);
        for (const [frame, probability] of some) {
          if (frame % 3 === 0) expect(probability).toBeCloseTo(all.get(frame)!, 12);
          else expect(probability).toBe(0);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('hands every frame’s network input to onInput and runs the network on every frame, needed or not (the training tool’s seam)', () => {
    fc.assert(
      fc.property(fc.array(cueFrame, { minLength: 1, maxLength: 90 }), (frames) => {
        const inputs: Float64Array[] = [];
        const likelihood = new SpeechLikelihood(undefined, (input) => inputs.push(Float64Array.from(input)));
        const recorded = new Map<number, number>();
        const record = (frame: number, probability: number) => recorded.set(frame, probability);
        frames.forEach((cues, frame) => likelihood.push(cues, frame % 3 === 0, record));
        likelihood.finish(record);
        expect(inputs).toHaveLength(frames.length);
        // The frame's own cues lead its input.
        inputs.forEach((input, frame) => expect([...input.subarray(0, FRAME_CUE_COUNT)]).toEqual(frames[frame]));
        expect(recorded).toEqual(probabilities(frames));
      }),
      { numRuns: 20 },
    );
  });

  it.each(hops)(
    'feeds the network each frame’s context as defined, from scratch, near the stream’s edges and inside it ($frameSeconds s frames)',
    ({ frameSeconds, wide, narrow }) => {
      // The running sums must equal the windows' plain sums (edge frames repeated) up to rounding.
      const LEVEL = 0;
      const FLUX = 10;
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      fc.assert(
        fc.property(fc.array(cueFrame, { minLength: 1, maxLength: 150 }), (frames) => {
          const inputs: Float64Array[] = [];
          const likelihood = new SpeechLikelihood(undefined, (input) => inputs.push(Float64Array.from(input)), frameSeconds);
          frames.forEach((cues) => likelihood.push(cues, false, () => undefined));
          likelihood.finish(() => undefined);
          const at = (frame: number, cue: number) => frames[Math.min(frames.length - 1, Math.max(0, frame))]![cue]!;
          const window = (frame: number, from: number, to: number, cue: number) =>
            Array.from({ length: to - from + 1 }, (_, offset) => at(frame + from + offset, cue));
          inputs.forEach((input, frame) => {
            const expected: number[] = [];
            for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) expected[cue] = at(frame, cue);
            for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) expected[FRAME_CUE_COUNT + cue] = mean(window(frame, -narrow, narrow, cue));
            for (let cue = 0; cue < FRAME_CUE_COUNT; cue++) expected[2 * FRAME_CUE_COUNT + cue] = mean(window(frame, -wide, wide, cue));
            const levels = window(frame, -wide, wide, LEVEL);
            expected.push(Math.sqrt(Math.max(0, mean(levels.map((level) => level * level)) - mean(levels) ** 2)));
            const before = Math.min(frame, wide);
            const after = Math.min(wide, frames.length - 1 - frame);
            expected.push(
              before > 0 ? mean(window(frame, -before, -1, LEVEL)) : 0,
              before > 0 ? mean(window(frame, -before, -1, FLUX)) : 0,
            );
            expected.push(after > 0 ? mean(window(frame, 1, after, LEVEL)) : 0, after > 0 ? mean(window(frame, 1, after, FLUX)) : 0);
            expect(input).toHaveLength(expected.length);
            // The spread is a square root of a difference of running sums: its rounding shows more.
            expected.forEach((value, index) => expect(input[index]).toBeCloseTo(value, index === 3 * FRAME_CUE_COUNT ? 5 : 9));
          });
        }),
        { numRuns: 25 },
      );
    },
  );

  it('leans to speech for a loud, moving, unstable frame run and away from a quiet steady one', () => {
    // Level 30 dB over the floor, rising and falling at 4 Hz (every 12.5 frames of 20 ms) with flux, unstable spectrum …
    const speechLike = Array.from({ length: 100 }, (_, frame) => {
      const cues = new Array<number>(FRAME_CUE_COUNT).fill(0);
      const syllable = 0.5 + 0.5 * Math.sin((2 * Math.PI * frame) / 12.5);
      cues[0] = 1.5 * syllable;
      cues[1] = 0.05;
      for (let band = 0; band < 8; band++) cues[2 + band] = 1.2 * syllable;
      cues[10] = frame % 12.5 < 2.5 ? 1 : 0.2;
      cues[11] = 0.4;
      return cues;
    });
    // … against frames that sit on their floor with a perfectly stable spectrum.
    const steady = Array.from({ length: 100 }, () => {
      const cues = new Array<number>(FRAME_CUE_COUNT).fill(0);
      cues[1] = 0.3;
      cues[11] = 0.98;
      return cues;
    });
    const speechProbabilities = [...probabilities(speechLike).values()];
    const steadyProbabilities = [...probabilities(steady).values()];
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(speechProbabilities)).toBeGreaterThan(0.5);
    expect(mean(steadyProbabilities)).toBeLessThan(0.2);
  });
});
