import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BandHighPass } from '../../src/audio/band-high-pass';

const RATE = 12_000;

/** Gain in dB of the filter for a sine at `hz`, measured on its output after it has settled. */
function gainDb(hz: number, cutoffHz = 200): number {
  const length = RATE * 2;
  const input = Float32Array.from({ length }, (_, index) => Math.sin((2 * Math.PI * hz * index) / RATE));
  const output = new Float32Array(length);
  new BandHighPass(cutoffHz, RATE).filter(input, output, 0, length);
  let inPower = 0;
  let outPower = 0;
  for (let index = RATE; index < length; index++) {
    inPower += input[index]! ** 2;
    outPower += output[index]! ** 2;
  }
  return 10 * Math.log10(outPower / inPower);
}

describe('band high pass (the speech detector’s band signal)', () => {
  it('is a 4th-order Butterworth at the band’s lower edge: −3 dB there, 24 dB per octave below, flat above', () => {
    expect(gainDb(200)).toBeCloseTo(-3.01, 1);
    expect(gainDb(100)).toBeCloseTo(-24.1, 0);
    expect(gainDb(50)).toBeCloseTo(-48.2, 0);
    // Mains hum's third harmonic at 50 Hz mains, still well under the band.
    expect(gainDb(150)).toBeLessThan(-9);
    expect(Math.abs(gainDb(1000))).toBeLessThan(0.01);
    expect(Math.abs(gainDb(4000))).toBeLessThan(0.01);
  });

  it('gives the same output whatever pieces the stream comes in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 8 }), (pieces) => {
        const length = 6000;
        const input = Float32Array.from({ length }, (_, index) => Math.sin(index * 0.37) + 0.5 * Math.sin(index * 0.011));
        const whole = new Float32Array(length);
        new BandHighPass(200, RATE).filter(input, whole, 0, length);
        const inPieces = new Float32Array(length);
        const filter = new BandHighPass(200, RATE);
        for (let start = 0, piece = 0; start < length; piece++) {
          const end = Math.min(length, start + pieces[piece % pieces.length]!);
          filter.filter(input, inPieces, start, end);
          start = end;
        }
        expect(inPieces).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });
});
