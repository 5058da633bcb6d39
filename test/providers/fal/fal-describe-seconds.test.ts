import { describe, expect, it } from 'vitest';
import { describeSeconds } from '../../../src/providers/fal/fal-create';

describe('describeSeconds, the durations an endpoint takes in a refusal', () => {
  it.each([
    [[8], 'only 8 s'],
    [[5, 10], '5 or 10 s'],
    [[4, 6, 8], '4, 6 or 8 s'],
    [[3, 4, 5, 6], '3\u20136 s'],
    [[2, 3, 5, 6], '2, 3, 5 or 6 s'],
  ])('%j → %s', (allowed, text) => {
    expect(describeSeconds(allowed)).toBe(text);
  });
});
