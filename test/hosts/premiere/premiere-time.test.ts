import type { FrameRate, TickTime, premierepro } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { decodeClipId, encodeClipId } from '../../../src/hosts/premiere/premiere-clip-id';
import { frameAlignedMediaSeconds } from '../../../src/domain/time/media-time';
import { TICKS_PER_SECOND, clipTimingOf, frameAlignedTime, keyframePositionAt } from '../../../src/hosts/premiere/premiere-time';
import { createFakePremiere } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

const { ppro } = createFakePremiere(scenario);
const fps25: FrameRate = ppro.FrameRate.createWithValue(25);
const at = (runtime: premierepro, seconds: number): TickTime => runtime.TickTime.createWithSeconds(seconds);

// The seconds formula itself is table-tested in test/domain/media-time.test.ts; here, its tick-exact Premiere form.
describe('keyframe positions in ticks', () => {
  it('snaps to the nearest sequence frame before mapping, tick-exact', () => {
    const clip = { start: at(ppro, 10), inPoint: at(ppro, 4), speed: 2, reversed: false };
    // 12.513 s is 0.013 s past frame 12.52 (25 fps frames are 40 ms): snaps to 12.52 → media 4 + 2.52 × 2.
    const position = keyframePositionAt(ppro.TickTime, clip, 12.513, fps25);
    expect(position.ticks).toBe(String(Math.round(9.04 * TICKS_PER_SECOND)));
    expect(frameAlignedTime(ppro.TickTime, 0.019, fps25).seconds).toBe(0);
    expect(frameAlignedTime(ppro.TickTime, 0.021, fps25).seconds).toBe(0.04);
  });

  it('agrees with the domain formula in seconds', () => {
    const clip = { start: at(ppro, 10), inPoint: at(ppro, 4), speed: 2, reversed: false };
    for (const seconds of [10, 12.513, 13.333, 40]) {
      expect(keyframePositionAt(ppro.TickTime, clip, seconds, fps25).seconds).toBeCloseTo(
        frameAlignedMediaSeconds(clipTimingOf(clip), seconds, 25),
        9,
      );
    }
  });
});

describe('clip ids', () => {
  it('round-trips kind, track and start ticks', () => {
    const address = { kind: 'audio' as const, trackIndex: 2, startTicks: '2540160000000' };
    expect(encodeClipId(address)).toBe('audio:2:2540160000000');
    expect(decodeClipId(encodeClipId(address))).toEqual(address);
  });

  it('rejects ids it did not make', () => {
    for (const id of ['', 'audio:x:1', 'title:0:0', 'audio:0', 'sandbox-clip-7']) expect(decodeClipId(id)).toBeNull();
  });
});
