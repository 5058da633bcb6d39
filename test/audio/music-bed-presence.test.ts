import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MusicBedPresence } from '../../src/audio/music-bed-presence';

/** The definition, frame by frame: the share of rejected frames in the window cut at the stream's edges. */
function bruteForce(rejected: readonly boolean[], halfWindow: number, fraction: number): boolean[] {
  return rejected.map((_, frame) => {
    const first = Math.max(0, frame - halfWindow);
    const last = Math.min(rejected.length - 1, frame + halfWindow);
    let count = 0;
    for (let other = first; other <= last; other++) if (rejected[other]) count++;
    return count >= fraction * (last - first + 1);
  });
}

function run(rejected: readonly boolean[], halfWindow: number, fraction: number): { frames: number[]; present: boolean[] } {
  const presence = new MusicBedPresence(halfWindow, fraction);
  const frames: number[] = [];
  const present: boolean[] = [];
  const onFrame = (frame: number, bedPresent: boolean) => {
    frames.push(frame);
    present.push(bedPresent);
  };
  for (const flag of rejected) presence.push(flag, onFrame);
  presence.finish(onFrame);
  return { frames, present };
}

describe('MusicBedPresence', () => {
  it('reports every frame once, in order, each as the centred window defines it (any stream, window and share)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (rejected, halfWindow, fraction) => {
          const { frames, present } = run(rejected, halfWindow, fraction);
          expect(frames).toEqual(rejected.map((_, index) => index));
          expect(present).toEqual(bruteForce(rejected, halfWindow, fraction));
        },
      ),
    );
  });

  it('answers for a frame only once the frames of its window after it are in', () => {
    const presence = new MusicBedPresence(3, 0.5);
    const reported: number[] = [];
    for (let frame = 0; frame < 3; frame++) presence.push(true, (index) => reported.push(index));
    expect(reported).toEqual([]);
    presence.push(true, (index) => reported.push(index));
    expect(reported).toEqual([0]);
  });

  it('a bed in one part of a stream is present there and not far from it', () => {
    const rejected = Array.from({ length: 1000 }, (_, frame) => frame >= 400 && frame < 600 && frame % 3 === 0);
    const { present } = run(rejected, 100, 0.06);
    expect(present[500]).toBe(true);
    expect(present[100]).toBe(false);
    expect(present[900]).toBe(false);
  });
});
