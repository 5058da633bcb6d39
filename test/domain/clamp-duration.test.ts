import { describe, expect, it } from 'vitest';
import { clampDuration } from '../../src/domain/format/clamp-duration';

const model = (durationsSeconds: number[]) => ({ durationsSeconds });

describe('clampDuration: a length the model offers', () => {
  it.each([
    { name: 'keeps the wanted length when offered', durations: [5, 10], wanted: 10, expected: 10 },
    { name: "falls back to the model's first length", durations: [4, 8, 12], wanted: 5, expected: 4 },
    { name: 'keeps 5 s where offered (form start, CLI default)', durations: [3, 5, 10], wanted: 5, expected: 5 },
    { name: 'uses 5 s when the model offers no length', durations: [], wanted: 7, expected: 5 },
  ])('$name', ({ durations, wanted, expected }) => {
    expect(clampDuration(model(durations), wanted)).toBe(expected);
  });

  it('uses 5 s when there is no model at all', () => {
    expect(clampDuration(undefined, 8)).toBe(5);
  });
});
