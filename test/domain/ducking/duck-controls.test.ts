import { describe, expect, it } from 'vitest';
import { duckPresetSchema } from '../../../src/domain/ducking';
import { controlsDiffer, controlsFromPreset, customPresetName, presetFromControls } from '../../../src/domain/ducking/duck-controls';
import { builtinPreset } from '../../support/builtin-preset';

const standard = builtinPreset('standard');

describe('Duck tab controls and presets', () => {
  it('a preset fills every control', () => {
    expect(controlsFromPreset(standard)).toEqual({
      depthDb: -9,
      sensitivity: 5,
      attackSeconds: 0.3,
      releaseSeconds: 0.6,
      fadeShape: 'linear',
      holdSeconds: 1,
      prePadSeconds: 0.02,
      postPadSeconds: 0.03,
    });
  });

  it('edited controls make a valid custom preset named after where it started', () => {
    const controls = { ...controlsFromPreset(standard), depthDb: -12, sensitivity: 8, fadeShape: 'smooth' as const, postPadSeconds: 0.2 };
    const custom = presetFromControls(standard, controls);
    expect(custom.name).toBe('Custom (from Standard)');
    expect(custom).toMatchObject({ id: 'custom-standard', depthDb: -12, fadeShape: 'smooth' });
    expect(custom.detection).toMatchObject({ openAboveFloorDb: 7.5, closeAboveFloorDb: 3.75, postPadSeconds: 0.2 });
    expect(duckPresetSchema.safeParse(custom).success).toBe(true);
    expect(controlsDiffer(controls, controlsFromPreset(standard))).toBe(true);
    expect(controlsDiffer(controlsFromPreset(custom), controls)).toBe(false);
  });

  it("keeps a pack's own thresholds when sensitivity was not touched", () => {
    const pack = { ...standard, detection: { ...standard.detection, openAboveFloorDb: 11, closeAboveFloorDb: 4 } };
    const custom = presetFromControls(pack, { ...controlsFromPreset(pack), holdSeconds: 2 });
    expect(custom.detection).toMatchObject({ openAboveFloorDb: 11, closeAboveFloorDb: 4 });
    expect(custom.holdSeconds).toBe(2);
  });

  it.each([
    ['Standard (−9 dB)', 'Custom (from Standard)'],
    ['Acme promo', 'Custom (from Acme promo)'],
  ])('%s → %s', (name, expected) => {
    expect(customPresetName({ name })).toBe(expected);
  });
});
