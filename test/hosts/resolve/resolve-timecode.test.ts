import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { framesToTimecode, timecodeToFrames, timelineRateOf } from '../../../src/hosts/resolve/resolve-timecode';
import { fakeTimecodeOf } from '../../support/fake-resolve/fake-resolve-timecode';

const DF_2997 = timelineRateOf('29.97', '1');
const DF_5994 = timelineRateOf('59.94', '1');
const NDF_2997 = timelineRateOf('29.97', '0');

describe('Resolve timeline rates and timecode', () => {
  it('reads the rate settings Resolve writes, drop-frame only where it exists', () => {
    expect(timelineRateOf('25', '0')).toEqual({ fps: 25, nominalFps: 25, dropFrame: false });
    expect(timelineRateOf('23.976', '1')).toMatchObject({ nominalFps: 24, dropFrame: false });
    expect(DF_2997).toMatchObject({ fps: 30000 / 1001, nominalFps: 30, dropFrame: true });
    expect(timelineRateOf('29.97 DF', '1').dropFrame).toBe(true);
    expect(() => timelineRateOf('fast', '0')).toThrow(/frame rate ClipRelay cannot read/);
  });

  it('counts drop-frame labels as SMPTE does: two labels skipped each minute but every tenth', () => {
    expect(timecodeToFrames('00:01:00;02', DF_2997)).toBe(1800);
    expect(timecodeToFrames('00:10:00;00', DF_2997)).toBe(17982);
    expect(timecodeToFrames('01:00:00;00', DF_2997)).toBe(107892);
    expect(timecodeToFrames('01:00:00:00', NDF_2997)).toBe(108000);
    expect(framesToTimecode(1800, DF_2997)).toBe('00:01:00;02');
    expect(framesToTimecode(1799, DF_2997)).toBe('00:00:59;29');
    expect(framesToTimecode(71928, DF_5994)).toBe('00:20:00;00');
    expect(framesToTimecode(71928 + 3600, DF_5994)).toBe('00:21:00;04');
    expect(() => timecodeToFrames('1 hour', DF_2997)).toThrow(/timecode ClipRelay cannot read/);
  });

  it('labels and counts agree both ways, and with the fake, at any frame (29.97 and 59.94 DF, 25)', () => {
    const rates = [DF_2997, DF_5994, NDF_2997, timelineRateOf('25', '0')];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 3600 * 60 - 1 }), fc.constantFrom(...rates), (frame, rate) => {
        const label = framesToTimecode(frame, rate);
        expect(timecodeToFrames(label, rate)).toBe(frame);
        expect(label).toBe(fakeTimecodeOf(frame, rate.fps, rate.dropFrame));
      }),
      { numRuns: 500 },
    );
  });
});
