import { describe, expect, it } from 'vitest';
import { formatTimecode, secondsOfTimecode } from '../../src/domain/format/timecode';

const NTSC_30 = 30000 / 1001;
const NTSC_60 = 60000 / 1001;
const NTSC_24 = 24000 / 1001;

describe('timecode at the sequence frame rate', () => {
  it.each([
    { frameRate: 25, seconds: 0, expected: '00:00:00:00' },
    { frameRate: 25, seconds: 4, expected: '00:00:04:00' },
    { frameRate: 25, seconds: 4.52, expected: '00:00:04:13' },
    { frameRate: 25, seconds: 3723.96, expected: '01:02:03:24' },
    { frameRate: 24, seconds: 1.5, expected: '00:00:01:12' },
    { frameRate: 30, seconds: 60, expected: '00:01:00:00' },
    { frameRate: 50, seconds: 0.98, expected: '00:00:00:49' },
    // 23.976 counts 24 labels a second, without dropping any: frame 120 is 5.005 s.
    { frameRate: NTSC_24, seconds: (120 * 1001) / 24000, expected: '00:00:05:00' },
    { frameRate: 23.976, seconds: 5, expected: '00:00:04:23' },
  ])('$seconds s at $frameRate fps is $expected', ({ frameRate, seconds, expected }) => {
    expect(formatTimecode(seconds, frameRate)).toBe(expected);
  });

  it.each([
    { frame: 0, expected: '00:00:00;00' },
    { frame: 1798, expected: '00:00:59;28' },
    { frame: 1799, expected: '00:00:59;29' },
    // The reference value: labels ;00 and ;01 are skipped at minute 1.
    { frame: 1800, expected: '00:01:00;02' },
    { frame: 3598, expected: '00:02:00;02' },
    // Every tenth minute keeps its first labels.
    { frame: 17982, expected: '00:10:00;00' },
    { frame: 17983, expected: '00:10:00;01' },
    { frame: 19782, expected: '00:11:00;02' },
    { frame: 107892, expected: '01:00:00;00' },
  ])('drop-frame at 29.97: frame $frame is $expected', ({ frame, expected }) => {
    expect(formatTimecode(frame / NTSC_30, NTSC_30)).toBe(expected);
    // A rate stored rounded to 29.97 counts the same way.
    expect(formatTimecode(frame / NTSC_30, 29.97)).toBe(expected);
  });

  it.each([
    { frame: 3599, expected: '00:00:59;59' },
    { frame: 3600, expected: '00:01:00;04' },
    { frame: 35964, expected: '00:10:00;00' },
  ])('drop-frame at 59.94: frame $frame is $expected', ({ frame, expected }) => {
    expect(formatTimecode(frame / NTSC_60, NTSC_60)).toBe(expected);
  });

  it('never shows a negative time', () => {
    expect(formatTimecode(-2, 25)).toBe('00:00:00:00');
  });
});

describe('the time a timecode names', () => {
  it.each([
    { frameRate: 25, timecode: { hours: 0, minutes: 0, seconds: 4, frames: 13 }, frame: 113 },
    { frameRate: NTSC_30, timecode: { hours: 0, minutes: 1, seconds: 0, frames: 2 }, frame: 1800 },
    { frameRate: NTSC_30, timecode: { hours: 0, minutes: 10, seconds: 0, frames: 0 }, frame: 17982 },
    // A label drop-frame skips names the minute's first frame.
    { frameRate: NTSC_30, timecode: { hours: 0, minutes: 1, seconds: 0, frames: 0 }, frame: 1800 },
    { frameRate: NTSC_60, timecode: { hours: 0, minutes: 1, seconds: 0, frames: 4 }, frame: 3600 },
  ])('$timecode at $frameRate fps is frame $frame', ({ frameRate, timecode, frame }) => {
    expect(secondsOfTimecode(timecode, frameRate) * (frameRate === 25 ? 25 : frameRate)).toBeCloseTo(frame, 6);
  });

  it('round-trips every frame of the first eleven minutes at 29.97 drop-frame', () => {
    for (let frame = 0; frame < 20_000; frame += 1) {
      const [hours, minutes, seconds, frames] = formatTimecode(frame / NTSC_30, NTSC_30)
        .split(/[:;]/)
        .map(Number) as [number, number, number, number];
      expect(Math.round(secondsOfTimecode({ hours, minutes, seconds, frames }, NTSC_30) * NTSC_30)).toBe(frame);
    }
  });
});
