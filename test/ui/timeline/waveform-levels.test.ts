import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceToMediaSeconds } from '../../../src/domain/time/media-time';
import { waveformColumns, type WaveformPeaks } from '../../../src/ui/timeline/waveform-columns';

/** The columns as the plain scan over every bucket a column covers would give them. */
function scannedColumns(
  peaks: WaveformPeaks,
  clip: { startSeconds: number; inPointSeconds: number; speed: number },
  pps: number,
  seconds: number,
) {
  const columns: { x: number; min: number; max: number }[] = [];
  const fromX = clip.startSeconds * pps;
  const toX = (clip.startSeconds + seconds) * pps;
  for (let x = Math.floor(fromX); x < Math.ceil(toX); x += 1) {
    const a = sequenceToMediaSeconds(clip, Math.max(x, fromX) / pps);
    const b = sequenceToMediaSeconds(clip, Math.min(x + 1, toX) / pps);
    const first = Math.max(0, Math.floor(Math.min(a, b) * peaks.bucketsPerSecond + 1e-6));
    const last = Math.min(peaks.minimums.length - 1, Math.ceil(Math.max(a, b) * peaks.bucketsPerSecond - 1e-6) - 1);
    if (first > last) continue;
    let min = 0;
    let max = 0;
    for (let bucket = first; bucket <= last; bucket += 1) {
      min = Math.min(min, peaks.minimums[bucket]!);
      max = Math.max(max, peaks.maximums[bucket]!);
    }
    columns.push({ x, min, max });
  }
  return columns;
}

describe('waveform columns from the halved levels', () => {
  it('equal the plain scan for any peaks, zoom, in point and speed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 700 }),
        fc.integer({ min: 1, max: 60 }),
        fc.record({
          startSeconds: fc.integer({ min: 0, max: 20 }),
          inPointSeconds: fc.integer({ min: 0, max: 5 }),
          speed: fc.constantFrom(0.5, 1, 2, 3),
        }),
        fc.integer({ min: 1, max: 30 }),
        (samples, pps, clip, seconds) => {
          const peaks: WaveformPeaks = {
            bucketsPerSecond: 40,
            minimums: Float32Array.from(samples, (value) => -Math.abs(value)),
            maximums: Float32Array.from(samples, (value) => Math.abs(value) / 2),
          };
          const drawn = waveformColumns(peaks, clip, {
            fromX: clip.startSeconds * pps,
            toX: (clip.startSeconds + seconds) * pps,
            secondsAtX: (x) => x / pps,
          });
          expect(drawn).toEqual(scannedColumns(peaks, clip, pps, seconds));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a ten-minute file zoomed out to 1,000 columns with a few blocks per column', () => {
    const buckets = 600 * 400;
    const peaks: WaveformPeaks = {
      bucketsPerSecond: 400,
      minimums: Float32Array.from({ length: buckets }, (_, i) => -((i * 7919) % 1000) / 1000),
      maximums: Float32Array.from({ length: buckets }, (_, i) => ((i * 104729) % 1000) / 1000),
    };
    let reads = 0;
    const counting = new Proxy(peaks.maximums, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value === target ? receiver : value;
      },
    });
    // One peaks object, as the timeline keeps per file: its levels are built once.
    const counted: WaveformPeaks = { ...peaks, maximums: counting };
    const draw = () =>
      waveformColumns(
        counted,
        { startSeconds: 0, inPointSeconds: 0, speed: 1 },
        {
          fromX: 0,
          toX: 1000,
          secondsAtX: (x) => x * 0.6,
        },
      );
    expect(draw()).toHaveLength(1000);
    // The first drawing builds the levels (one read of every bucket); a redraw reads a few per column, not 240 each.
    reads = 0;
    expect(draw()).toHaveLength(1000);
    expect(reads).toBeLessThan(1000 * 10);
  });
});
