import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuarterBandDecimator } from '../../src/audio/quarter-band-decimator';
import { StereoInt16QuarterDecimator } from '../../src/audio/stereo-int16-quarter-decimator';

/** Frames as the little-endian words the decoder hands out: left in the low half. */
function words(frames: readonly [number, number][]): Int32Array {
  return Int32Array.from(frames, ([left, right]) => (left & 0xffff) | (right << 16));
}

function decimate(push: (input: Int32Array, target: Float32Array) => number, finish: () => Float32Array, parts: Int32Array[]): number[] {
  const out: number[] = [];
  for (const part of parts) {
    const target = new Float32Array(Math.ceil(part.length / 4) + 1);
    out.push(...target.subarray(0, push(part, target)));
  }
  out.push(...finish());
  return out;
}

describe('StereoInt16QuarterDecimator', () => {
  it('gives the float decimator’s outputs over the decoded mono mix to the bit, any samples and any split', () => {
    const sample = fc.oneof(fc.integer({ min: -32768, max: 32767 }), fc.constantFrom(-32768, 32767));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sample, sample), { maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 6 }),
        (frames, sizes) => {
          const parts: Int32Array[] = [];
          for (let at = 0, index = 0; at < frames.length; index++) {
            const size = sizes[index % sizes.length]!;
            parts.push(words(frames.slice(at, at + size)));
            at += size;
          }
          const integer = new StereoInt16QuarterDecimator();
          const float = new QuarterBandDecimator();
          const expected = decimate(
            (part, target) =>
              float.push(
                Float32Array.from(part, (word) => (((word << 16) >> 16) / 32768 + (word >> 16) / 32768) * 0.5),
                target,
                0,
              ),
            () => float.finish(),
            parts,
          );
          const actual = decimate(
            (part, target) => integer.push(part, target, 0),
            () => integer.finish(),
            parts,
          );
          expect(actual).toEqual(expected);
        },
      ),
    );
  });

  it('passes a full-scale square wave at a low frequency through at full scale (no overflow)', () => {
    const frames: [number, number][] = Array.from({ length: 4000 }, (_, index) =>
      Math.floor(index / 400) % 2 === 0 ? [32767, 32767] : [-32768, -32768],
    );
    const integer = new StereoInt16QuarterDecimator();
    const out = decimate(
      (part, target) => integer.push(part, target, 0),
      () => integer.finish(),
      [words(frames)],
    );
    expect(Math.max(...out)).toBeGreaterThan(0.99);
    expect(Math.min(...out)).toBeLessThan(-0.99);
  });
});
