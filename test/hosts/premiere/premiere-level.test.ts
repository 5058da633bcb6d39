import { describe, expect, it } from 'vitest';
import { dbToPremiereLevel, premiereLevelToDb } from '../../../src/hosts/premiere/premiere-level';

describe('Premiere Volume › Level ↔ dB', () => {
  it.each([
    [0, 0.17782794],
    [-6, 0.08912509],
    [-9, 0.06309573],
    [-12, 0.04466836],
    [6, 0.35481339],
    [15, 1],
  ])('%d dB is Level %f and back', (levelDb, level) => {
    expect(dbToPremiereLevel(levelDb)).toBeCloseTo(level, 8);
    // The table's levels are rounded to 8 digits, good to about 1e-6 dB.
    expect(premiereLevelToDb(level)).toBeCloseTo(levelDb, 5);
  });

  it('clamps to the +15 dB maximum both ways', () => {
    expect(dbToPremiereLevel(20)).toBe(1);
    expect(premiereLevelToDb(1.5)).toBe(15);
  });

  it('maps silence to −∞ and back', () => {
    expect(dbToPremiereLevel(-Infinity)).toBe(0);
    expect(premiereLevelToDb(0)).toBe(-Infinity);
    expect(premiereLevelToDb(-0.1)).toBe(-Infinity);
  });

  it('is not the naive 10^(dB/20), which would be ~15 dB too loud', () => {
    expect(dbToPremiereLevel(0)).not.toBeCloseTo(1, 2);
    expect(dbToPremiereLevel(-9)).toBeLessThan(10 ** (-9 / 20) / 5);
  });
});
