import { describe, expect, it } from 'vitest';
import { replacedDuckRange, type OwnKeyframe } from '../../../src/domain/ducking/replaced-duck-range';

const duck = (start: number, downAt: number, upAt: number, end: number, depthDb = -9): OwnKeyframe[] => [
  { position: start, relativeGainDb: 0 },
  { position: downAt, relativeGainDb: depthDb },
  { position: upAt, relativeGainDb: depthDb },
  { position: end, relativeGainDb: 0 },
];

describe('replacedDuckRange', () => {
  it('widens to the earlier duck whose outer ramp key lies just outside the new envelope', () => {
    // Standard (0.3 s attack) was written from 0.2 s; Strong (0.25 s) starts at 0.24 s.
    expect(replacedDuckRange(duck(0.2, 0.5, 2, 2.6), 0.24, 2.6)).toEqual({ from: 0.2, to: 2.6 });
  });

  it('widens at both ends when the earlier ramps were longer on both sides', () => {
    expect(replacedDuckRange(duck(0, 1, 3, 5), 0.5, 4)).toEqual({ from: 0, to: 5 });
  });

  it('leaves a separate earlier duck alone when the new envelope does not touch it', () => {
    const keys = [...duck(0.2, 0.5, 2, 2.6), ...duck(8, 8.3, 10, 10.6)];
    expect(replacedDuckRange(keys, 0.24, 2.6)).toEqual({ from: 0.2, to: 2.6 });
  });

  it('takes in every earlier duck the new, longer envelope overlaps', () => {
    const keys = [...duck(0.2, 0.5, 2, 2.6), ...duck(3.7, 4, 5.6, 6.2)];
    expect(replacedDuckRange(keys, 1, 4.5)).toEqual({ from: 0.2, to: 6.2 });
  });

  it('keeps the range when ClipRelay has no keys on the clip', () => {
    expect(replacedDuckRange([], 1, 2)).toEqual({ from: 1, to: 2 });
  });
});
