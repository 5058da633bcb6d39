import { describe, expect, it } from 'vitest';
import { duckPresetSchema, planClipDucking, planTargetGapDepth, type DuckPreset } from '../../../src/domain/ducking';
import { builtinPreset } from '../../support/builtin-preset';
import { DEFAULT_SPEECH_DETECTION } from '../../../src/audio';

const standard = builtinPreset('standard');
const accessible: DuckPreset = duckPresetSchema.parse({
  id: 'accessible',
  name: 'Accessible (20 dB under the voice)',
  depthDb: -12,
  attackSeconds: 0.3,
  releaseSeconds: 0.6,
  holdSeconds: 1,
  targetGapDb: 20,
  minDepthDb: -3,
  maxDepthDb: -18,
});

describe('planTargetGapDepth', () => {
  it.each([
    // voice, bed → depth that puts the bed 20 dB under the voice
    [-23, -30, -13, 'on-target', 20],
    [-23, -41, -3, 'limited-by-min-depth', 21],
    [-23, -20, -18, 'limited-by-max-depth', 15],
    [-23.04, -30.01, -13, 'on-target', 20],
  ] as const)('voice %d LUFS, bed %d LUFS → %d dB (%s)', (voice, bed, depthDb, outcome, gapDb) => {
    expect(planTargetGapDepth(accessible, voice, bed)).toEqual({ depthDb, outcome, gapDb });
  });

  it('uses the shallowest duck when the bed is silent under the speech, the fixed depth when the voice is', () => {
    expect(planTargetGapDepth(accessible, -23, -Infinity)).toEqual({ depthDb: -3, outcome: 'bed-silent', gapDb: null });
    expect(planTargetGapDepth(accessible, -Infinity, -30)).toEqual({ depthDb: -12, outcome: 'fixed-depth', gapDb: null });
  });

  it('keeps the fixed depth for presets without a target gap, and defaults the range to −1…−24 dB', () => {
    expect(planTargetGapDepth(standard, -23, -30)).toEqual({ depthDb: -9, outcome: 'fixed-depth', gapDb: 16 });
    const open = { ...standard, targetGapDb: 30 };
    expect(planTargetGapDepth(open, -20, -20).depthDb).toBe(-24);
    expect(planTargetGapDepth(open, -20, -60).depthDb).toBe(-1);
  });

  it('is deterministic and never raises a clip', () => {
    for (let bed = -80; bed <= 0; bed += 0.37) {
      const first = planTargetGapDepth(accessible, -20, bed);
      expect(first.depthDb).toBeLessThanOrEqual(-3);
      expect(first.depthDb).toBeGreaterThanOrEqual(-18);
      expect(planTargetGapDepth(accessible, -20, bed)).toEqual(first);
    }
  });

  it('feeds planClipDucking as an ordinary depth', () => {
    const { depthDb } = planTargetGapDepth(accessible, -23, -30);
    const points = planClipDucking([{ startSeconds: 2, endSeconds: 4 }], { startSeconds: 0, endSeconds: 10 }, { ...accessible, depthDb });
    expect(points.map((point) => point.gainDb)).toEqual([0, -13, -13, 0]);
  });
});

describe('duck preset schema extensions', () => {
  it('fills detection with the documented defaults and keeps old presets valid', () => {
    expect(standard.detection).toEqual(DEFAULT_SPEECH_DETECTION);
    expect(
      duckPresetSchema.parse({ id: 'x', name: 'X', depthDb: -9, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 }).targetGapDb,
    ).toBeUndefined();
  });

  it('refuses an inverted depth range and explains it', () => {
    const result = duckPresetSchema.safeParse({ ...accessible, minDepthDb: -18, maxDepthDb: -3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['maxDepthDb'],
      message: expect.stringContaining('at least as deep as minDepthDb'),
    });
    expect(duckPresetSchema.safeParse({ ...accessible, detection: { ...accessible.detection, openAboveFloorDb: 2 } }).success).toBe(false);
  });
});
