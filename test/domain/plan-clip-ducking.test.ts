import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, gainAt, planClipDucking, duckPresetSchema } from '../../src/domain/ducking';
import { builtinPreset } from '../support/builtin-preset';

const standard = builtinPreset('standard');
const clip = { startSeconds: 3, endSeconds: 8 };
const region = (startSeconds: number, endSeconds: number) => ({ startSeconds, endSeconds });
/** Rounds away float noise (5.6 + 0.6 = 6.199999…) so plans compare exactly. */
const rounded = (points: { timeSeconds: number; gainDb: number }[]) =>
  points.map((point) => ({ timeSeconds: Math.round(point.timeSeconds * 1e6) / 1e6, gainDb: Math.round(point.gainDb * 1e6) / 1e6 }));

describe('planClipDucking', () => {
  it('fades down before speech and back up after it, four points per region', () => {
    expect(rounded(planClipDucking([region(4, 5.6)], clip, standard))).toEqual([
      { timeSeconds: 3.7, gainDb: 0 },
      { timeSeconds: 4, gainDb: -9 },
      { timeSeconds: 5.6, gainDb: -9 },
      { timeSeconds: 6.2, gainDb: 0 },
    ]);
  });

  it('returns nothing when no speech (with its ramps) touches the clip', () => {
    expect(planClipDucking([region(0.5, 2), region(9.6, 12)], clip, standard)).toEqual([]);
  });

  it('merges regions closer than attack + release + hold so short pauses do not pump', () => {
    // gap of 1.5 s < 0.3 + 0.6 + 1 → one ducked stretch
    expect(rounded(planClipDucking([region(3.5, 4), region(5.5, 6)], { startSeconds: 0, endSeconds: 10 }, standard))).toEqual([
      { timeSeconds: 3.2, gainDb: 0 },
      { timeSeconds: 3.5, gainDb: -9 },
      { timeSeconds: 6, gainDb: -9 },
      { timeSeconds: 6.6, gainDb: 0 },
    ]);
    // gap of 2 s > 1.9 s → two stretches
    expect(planClipDucking([region(1, 2), region(4, 5)], { startSeconds: 0, endSeconds: 10 }, standard)).toHaveLength(8);
  });

  it('adds boundary points with the interpolated gain where a region crosses a clip edge', () => {
    const points = planClipDucking([region(2, 5)], { startSeconds: 1.85, endSeconds: 5.3 }, standard);
    expect(points[0]!.timeSeconds).toBe(1.85);
    expect(points[0]!.gainDb).toBeCloseTo(-4.5, 9); // halfway down the 1.7→2.0 ramp
    expect(points[points.length - 1]!.timeSeconds).toBe(5.3);
    expect(points[points.length - 1]!.gainDb).toBeCloseTo(-4.5, 9); // halfway up the 5.0→5.6 ramp
    expect(points.every((point) => point.timeSeconds >= 1.85 && point.timeSeconds <= 5.3)).toBe(true);
  });

  it('never raises a clip and is deterministic', () => {
    for (const preset of BUILTIN_DUCK_PRESETS) {
      const regions = [region(1, 2.5), region(2.9, 3.1), region(7, 20)];
      const first = planClipDucking(regions, { startSeconds: 0, endSeconds: 12 }, preset);
      expect(first.every((point) => point.gainDb <= 0 && point.gainDb >= preset.depthDb)).toBe(true);
      expect(planClipDucking(regions, { startSeconds: 0, endSeconds: 12 }, preset)).toEqual(first);
    }
  });

  it('keeps times strictly increasing with the shortest ramps a preset allows', () => {
    const hard = { ...standard, attackSeconds: 0.02, releaseSeconds: 0.02, holdSeconds: 0 };
    const points = planClipDucking([region(2, 3)], { startSeconds: 0, endSeconds: 5 }, hard);
    const times = points.map((point) => point.timeSeconds);
    expect(times.every((time, i) => i === 0 || time > times[i - 1]!)).toBe(true);
    expect(gainAt(points, 2.5)).toBe(-9);
    expect(duckPresetSchema.safeParse({ ...standard, attackSeconds: 0 }).success).toBe(false);
  });
});

describe('duck presets', () => {
  it('ships Light −6, Standard −9 and Strong −12 dB', () => {
    expect(BUILTIN_DUCK_PRESETS.map((preset) => [preset.id, preset.depthDb])).toEqual([
      ['light', -6],
      ['standard', -9],
      ['strong', -12],
    ]);
  });

  it('refuses a preset naming the wrong field', () => {
    const result = duckPresetSchema.safeParse({ ...standard, depthDb: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['depthDb']);
    expect(duckPresetSchema.safeParse({ ...standard, depth: -9 }).success).toBe(false);
  });
});
