import { describe, expect, it } from 'vitest';
import { rulerTicks } from '../../../src/ui/timeline/ruler-ticks';
import { waveformColumns, type WaveformPeaks } from '../../../src/ui/timeline/waveform-columns';

/** 10 buckets a second; bucket i peaks at ±i/100, so a column's max names the buckets it covered. */
function rampPeaks(seconds: number): WaveformPeaks {
  const count = seconds * 10;
  return {
    bucketsPerSecond: 10,
    minimums: Float32Array.from({ length: count }, (_, i) => -i / 100),
    maximums: Float32Array.from({ length: count }, (_, i) => i / 100),
  };
}

// 10 px a second, sequence time 0 at x = 0.
const pixels = (fromSeconds: number, toSeconds: number) => ({
  fromX: fromSeconds * 10,
  toX: toSeconds * 10,
  secondsAtX: (x: number) => x / 10,
});

describe('waveform columns', () => {
  it('gives one min/max pair per pixel column from the media the column plays', () => {
    const columns = waveformColumns(rampPeaks(10), { startSeconds: 2, inPointSeconds: 0, speed: 1 }, pixels(2, 3));
    expect(columns.map((column) => column.x)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    // Column at x=20 covers media 0–0.1 s: bucket 0.
    expect(columns[0]!.max).toBeCloseTo(0, 6);
    expect(columns[9]!.max).toBeCloseTo(0.09, 6);
    expect(columns[9]!.min).toBeCloseTo(-0.09, 6);
  });

  it('starts at the in point of a head-trimmed clip', () => {
    const columns = waveformColumns(rampPeaks(10), { startSeconds: 2, inPointSeconds: 4, speed: 1 }, pixels(2, 3));
    expect(columns[0]!.max).toBeCloseTo(0.4, 6);
  });

  it('covers twice the media per column at double speed, taking the extreme of the buckets it spans', () => {
    const columns = waveformColumns(rampPeaks(10), { startSeconds: 0, inPointSeconds: 0, speed: 2 }, pixels(0, 1));
    // x=0 plays media 0–0.2 s: buckets 0 and 1.
    expect(columns[0]!.max).toBeCloseTo(0.01, 6);
    expect(columns[9]!.max).toBeCloseTo(0.19, 6);
  });

  it('leaves out columns past the end of the media', () => {
    const columns = waveformColumns(rampPeaks(1), { startSeconds: 0, inPointSeconds: 0, speed: 1 }, pixels(0, 3));
    expect(columns).toHaveLength(10);
  });
});

describe('ruler ticks', () => {
  it('labels whole timecode seconds at the sequence rate, spaced so labels do not overlap', () => {
    const ticks = rulerTicks(20, 30, 25);
    expect(ticks.map((tick) => tick.label)).toEqual(['00:00:00:00', '00:00:05:00', '00:00:10:00', '00:00:15:00', '00:00:20:00']);
    expect(ticks.map((tick) => tick.seconds)).toEqual([0, 5, 10, 15, 20]);
  });

  it('uses a denser step when there is room', () => {
    expect(rulerTicks(4, 100, 25).map((tick) => tick.seconds)).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts drop-frame ticks on whole timecode seconds (5 s of timecode is 5.005 s at 29.97)', () => {
    const ticks = rulerTicks(11, 30, 30000 / 1001);
    expect(ticks.map((tick) => tick.label)).toEqual(['00:00:00;00', '00:00:05;00', '00:00:10;00']);
    expect(ticks[1]!.seconds).toBeCloseTo(5.005, 6);
  });

  it('names the first frame of a minute whose ;00 label drop-frame skips', () => {
    const ticks = rulerTicks(61, 2, 30000 / 1001);
    expect(ticks.at(-1)!.label).toBe('00:01:00;02');
  });
});
