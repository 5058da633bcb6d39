import { describe, expect, it } from 'vitest';
import { duckPresetSchema, planClipDucking } from '../../../src/domain/ducking';
import { builtinPreset } from '../../support/builtin-preset';

const rounded = (points: { timeSeconds: number; gainDb: number }[]) =>
  points.map((point) => [Math.round(point.timeSeconds * 1e4) / 1e4, Math.round(point.gainDb * 1e4) / 1e4]);
const smooth = (id: string) => ({ ...builtinPreset(id), fadeShape: 'smooth' as const });
const wholeClip = { startSeconds: 0, endSeconds: 20 };

describe('fade shape', () => {
  it('defaults to linear, so presets and packs without it plan as before', () => {
    const parsed = duckPresetSchema.parse({ id: 'x', name: 'X', depthDb: -9, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 });
    expect(parsed.fadeShape).toBe('linear');
    expect(planClipDucking([{ startSeconds: 4, endSeconds: 6 }], wholeClip, parsed)).toHaveLength(4);
  });

  it('refuses an unknown shape, naming the choices', () => {
    const result = duckPresetSchema.safeParse({ ...builtinPreset('standard'), fadeShape: 'exponential' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['fadeShape']);
    expect(result.error?.issues[0]?.message).toBe('must be "linear" or "smooth"');
  });

  // S-curve (1 − cos πu)/2 at u = ¼, ½, ¾: 0.1464, 0.5, 0.8536 of the way.
  it.each([
    {
      preset: 'standard',
      expected: [
        [3.7, 0],
        [3.775, -1.318],
        [3.85, -4.5],
        [3.925, -7.682],
        [4, -9],
        [6, -9],
        [6.15, -7.682],
        [6.3, -4.5],
        [6.45, -1.318],
        [6.6, 0],
      ],
    },
    {
      preset: 'strong',
      expected: [
        [3.75, 0],
        [3.8125, -1.7574],
        [3.875, -6],
        [3.9375, -10.2426],
        [4, -12],
        [6, -12],
        [6.15, -10.2426],
        [6.3, -6],
        [6.45, -1.7574],
        [6.6, 0],
      ],
    },
  ])('$preset: three S-curve points inside each fade, times strictly increasing', ({ preset, expected }) => {
    const points = planClipDucking([{ startSeconds: 4, endSeconds: 6 }], wholeClip, smooth(preset));
    expect(rounded(points)).toEqual(expected);
    expect(points.every((point, i) => i === 0 || point.timeSeconds > points[i - 1]!.timeSeconds)).toBe(true);
  });

  it('cuts a smooth fade at the clip edge with the interpolated gain, keeping the interior points inside', () => {
    // The clip starts half-way through the fade down (3.85 s): the boundary point carries −4.5 dB.
    const points = planClipDucking([{ startSeconds: 4, endSeconds: 6 }], { startSeconds: 3.85, endSeconds: 20 }, smooth('standard'));
    expect(rounded(points).slice(0, 3)).toEqual([
      [3.85, -4.5],
      [3.925, -7.682],
      [4, -9],
    ]);
  });
});
