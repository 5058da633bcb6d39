import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlidingMinimum } from '../../src/audio/sliding-minimum';

/**
 * One step on the window: push a value, or shrink the window to the last `keep` values pushed (as
 * the detector does at the end of a stream). No −0: the detector's powers are never negative.
 */
type Step = { readonly push: number } | { readonly keep: number };

describe('SlidingMinimum', () => {
  it('always holds the minimum of the values still in its window, whatever the pushes, shrinks and ties', () => {
    const step = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          push: fc.oneof(
            fc.integer({ min: -3, max: 3 }),
            fc.double({ noNaN: true }).map((value) => (value === 0 ? 0 : value)),
          ),
        }),
      },
      { weight: 1, arbitrary: fc.record({ keep: fc.nat({ max: 12 }) }) },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(step, { maxLength: 80 }), (capacity, steps: Step[]) => {
        const window = new SlidingMinimum(capacity);
        const pushed: number[] = [];
        // Values at index ≥ `from` are in the window (a shrink only moves it forward; a push may too).
        let from = 0;
        for (const next of steps) {
          if ('push' in next) {
            window.push(next.push);
            pushed.push(next.push);
            from = Math.max(from, pushed.length - capacity);
          } else {
            window.keepLast(next.keep);
            from = Math.max(from, pushed.length - next.keep);
          }
          const inWindow = pushed.slice(from);
          expect(window.minimum, JSON.stringify({ capacity, steps })).toBe(inWindow.length === 0 ? Infinity : Math.min(...inWindow));
        }
      }),
    );
  });
});
