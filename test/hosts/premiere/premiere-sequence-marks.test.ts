import { describe, expect, it } from 'vitest';
import { normalizeSequenceMarks } from '../../../src/hosts/premiere/premiere-sequence-marks';

describe('normalizeSequenceMarks', () => {
  it.each([
    ['no marks: In 0, Out at the end', 0, 20, 20, null, null],
    ['no marks on an empty sequence', 0, 0, 0, null, null],
    ['an In mark only (Out at the end)', 4, 20, 20, 4, 20],
    ['an Out mark only', 0, 12, 20, 0, 12],
    ['both marks', 4, 12.5, 20, 4, 12.5],
    ['an invalid (negative) In', -1, 12, 20, null, 12],
    ['an Out before the In', 8, 4, 20, 8, null],
    ['a non-finite Out', 4, Number.NaN, 20, 4, null],
  ])('%s', (_, inSeconds, outSeconds, endSeconds, expectedIn, expectedOut) => {
    expect(normalizeSequenceMarks(inSeconds, outSeconds, endSeconds)).toEqual({ inPointSeconds: expectedIn, outPointSeconds: expectedOut });
  });
});
