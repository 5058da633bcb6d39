import { describe, expect, it } from 'vitest';
import { HalfBandDecimator } from '../../src/audio/half-band-decimator';
import { QuarterBandDecimator } from '../../src/audio/quarter-band-decimator';
import { SlidingMinimum } from '../../src/audio/sliding-minimum';

function decimate(input: Float32Array, blockSize: number): Float32Array {
  const decimator = new HalfBandDecimator();
  const parts: Float32Array[] = [];
  for (let offset = 0; offset < input.length; offset += blockSize) parts.push(decimator.push(input.subarray(offset, offset + blockSize)));
  parts.push(decimator.finish());
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function toneRms(frequencyHz: number, rate: number): number {
  const input = Float32Array.from({ length: rate }, (_, n) => Math.sin((2 * Math.PI * frequencyHz * n) / rate));
  const out = decimate(input, 4096).subarray(100, rate / 2 - 100);
  return Math.sqrt(out.reduce((sum, value) => sum + value * value, 0) / out.length) * Math.SQRT2;
}

describe('HalfBandDecimator', () => {
  it('keeps the speech band and rejects what would fold onto it', () => {
    expect(20 * Math.log10(toneRms(1000, 48_000))).toBeGreaterThan(-0.05);
    expect(20 * Math.log10(toneRms(4000, 48_000))).toBeGreaterThan(-0.15);
    expect(20 * Math.log10(toneRms(20_000, 48_000))).toBeLessThan(-35); // would alias to 4 kHz
  });

  it('is centred (output m is input 2m), whatever the block size, with ceil(n / 2) outputs', () => {
    const even = new Float32Array(101);
    even[40] = 1;
    const evenOut = decimate(even, 7);
    expect(evenOut).toHaveLength(51);
    expect([...evenOut.subarray(18, 23)]).toEqual([0, 0, 0.5, 0, 0]); // the centre tap alone, 16/32
    const odd = new Float32Array(101);
    odd[41] = 1;
    expect([...decimate(odd, 5).subarray(18, 24)]).toEqual([0, -1 / 32, 9 / 32, 9 / 32, -1 / 32, 0]);
    const ramp = Float32Array.from({ length: 1000 }, (_, n) => Math.sin(n / 17));
    expect([...decimate(ramp, 1)]).toEqual([...decimate(ramp, 999)]);
  });
});

describe('SlidingMinimum', () => {
  it('tracks the minimum of the last n values and can shrink its window', () => {
    const window = new SlidingMinimum(3);
    const seen: number[] = [];
    for (const value of [5, 3, 4, 6, 7, 8, 1, 2]) {
      window.push(value);
      seen.push(window.minimum);
    }
    expect(seen).toEqual([5, 3, 3, 3, 4, 6, 1, 1]);
    window.keepLast(1);
    expect(window.minimum).toBe(2);
    expect(new SlidingMinimum(4).minimum).toBe(Infinity);
  });
});

describe('QuarterBandDecimator', () => {
  it('gives exactly what two HalfBandDecimators in a row give, whatever the block size', () => {
    for (const length of [0, 1, 5, 9, 10, 11, 64, 1001]) {
      const input = Float32Array.from({ length }, (_, n) => Math.sin(n / 3) * 0.8 + ((n * 7919) % 13) / 40 - 0.15);
      const first = decimate(input, 4096);
      // The second stage over the first's whole output (block size does not matter, as tested above).
      const reference = decimate(first, 4096);
      for (const blockSize of [1, 3, 4, 17, 4096]) {
        const quarter = new QuarterBandDecimator();
        const parts: number[] = [];
        for (let offset = 0; offset < input.length; offset += blockSize) {
          const block = input.subarray(offset, offset + blockSize);
          const out = new Float32Array(Math.ceil(block.length / 4) + 1);
          const count = quarter.push(block, out, 0);
          parts.push(...out.subarray(0, count));
        }
        parts.push(...quarter.finish());
        expect(parts).toEqual([...reference]);
      }
    }
  });
});
