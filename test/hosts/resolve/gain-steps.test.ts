import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planGainSteps } from '../../../src/hosts/spec/gain-steps';

describe('planGainSteps lays an envelope as level steps', () => {
  it('keeps plateaus exact and turns each ramp into steps of at most 1.5 dB', () => {
    const steps = planGainSteps({
      clipStartFrame: 100,
      clipEndFrame: 300,
      points: [
        { frame: 150, gainDb: 0 },
        { frame: 160, gainDb: -9 },
        { frame: 200, gainDb: -9 },
        { frame: 215, gainDb: 0 },
      ],
    });
    expect(steps[0]).toEqual({ startFrame: 100, endFrame: 150, gainDb: 0 });
    expect(steps.find((step) => step.startFrame === 160)).toEqual({ startFrame: 160, endFrame: 200, gainDb: -9 });
    expect(steps.at(-1)).toEqual({ startFrame: 215, endFrame: 300, gainDb: 0 });
    expect(steps).toHaveLength(1 + 6 + 1 + 6 + 1);
  });

  it('answers one unity step for no points, and never a step shorter than a frame', () => {
    expect(planGainSteps({ clipStartFrame: 0, clipEndFrame: 50, points: [] })).toEqual([{ startFrame: 0, endFrame: 50, gainDb: 0 }]);
    const abrupt = planGainSteps({
      clipStartFrame: 0,
      clipEndFrame: 50,
      points: [
        { frame: 10, gainDb: 0 },
        { frame: 12, gainDb: -12 },
      ],
    });
    expect(abrupt.every((step) => step.endFrame - step.startFrame >= 1)).toBe(true);
  });

  it('any envelope: steps cover the clip end to end on whole frames, neighbours differ, levels stay within the envelope', () => {
    const envelope = fc
      .tuple(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 2, max: 2000 }),
        fc.array(fc.tuple(fc.double({ min: -50, max: 2100, noNaN: true }), fc.integer({ min: -24, max: 0 })), {
          minLength: 1,
          maxLength: 8,
        }),
      )
      .map(([start, length, raw]) => ({
        clipStartFrame: start,
        clipEndFrame: start + length,
        points: raw.map(([offset, gainDb]) => ({ frame: start + offset, gainDb })).sort((a, b) => a.frame - b.frame),
      }));
    fc.assert(
      fc.property(envelope, (input) => {
        const steps = planGainSteps(input);
        expect(steps[0]!.startFrame).toBe(input.clipStartFrame);
        expect(steps.at(-1)!.endFrame).toBe(input.clipEndFrame);
        steps.forEach((step, index) => {
          expect(Number.isInteger(step.startFrame) && step.endFrame > step.startFrame).toBe(true);
          if (index > 0) {
            expect(step.startFrame).toBe(steps[index - 1]!.endFrame);
            expect(step.gainDb).not.toBe(steps[index - 1]!.gainDb);
          }
          const lowest = Math.min(...input.points.map((point) => point.gainDb));
          expect(step.gainDb).toBeGreaterThanOrEqual(lowest - 1e-9);
          expect(step.gainDb).toBeLessThanOrEqual(1e-9);
        });
      }),
      { numRuns: 300 },
    );
  });
});
