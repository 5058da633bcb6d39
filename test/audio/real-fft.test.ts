import { describe, expect, it } from 'vitest';
import { RealFft } from '../../src/audio';
import { seededRandom } from '../support/synth-signals';

function naiveDft(input: Float64Array): { re: number[]; im: number[] } {
  const n = input.length;
  const re: number[] = [];
  const im: number[] = [];
  for (let k = 0; k <= n / 2; k++) {
    let sumRe = 0;
    let sumIm = 0;
    for (let t = 0; t < n; t++) {
      sumRe += input[t]! * Math.cos((-2 * Math.PI * k * t) / n);
      sumIm += input[t]! * Math.sin((-2 * Math.PI * k * t) / n);
    }
    re.push(sumRe);
    im.push(sumIm);
  }
  return { re, im };
}

describe('RealFft', () => {
  it('matches a direct DFT for every size from 4 to 1024', () => {
    const random = seededRandom(7);
    for (let size = 4; size <= 1024; size *= 2) {
      const input = Float64Array.from({ length: size }, () => random() * 2 - 1);
      const fft = new RealFft(size);
      const fast = fft.spectrum(input);
      const slow = naiveDft(input);
      const power = new Float64Array(fft.binCount);
      fft.powerSpectrum(input, power);
      for (let k = 0; k <= size / 2; k++) {
        expect(fast.re[k]).toBeCloseTo(slow.re[k]!, 9);
        expect(fast.im[k]).toBeCloseTo(slow.im[k]!, 9);
        expect(power[k]).toBeCloseTo(slow.re[k]! ** 2 + slow.im[k]! ** 2, 7);
      }
    }
  });

  it('puts a bin-centred sine in its bin and refuses sizes that are not powers of two', () => {
    const fft = new RealFft(64);
    const power = new Float64Array(fft.binCount);
    fft.powerSpectrum(
      Float64Array.from({ length: 64 }, (_, t) => Math.cos((2 * Math.PI * 5 * t) / 64)),
      power,
    );
    expect(power[5]).toBeCloseTo(32 * 32, 9);
    expect(power.reduce((sum, value, k) => (k === 5 ? sum : sum + value), 0)).toBeLessThan(1e-18);
    expect(() => new RealFft(48)).toThrow(RangeError);
  });
});
