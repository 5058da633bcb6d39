import type { FrameRate, TickTime, premierepro } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { decodeClipId, encodeClipId } from '../../../src/hosts/premiere/premiere-clip-id';
import {
  TICKS_PER_SECOND,
  frameAlignedTime,
  keyframePositionAt,
  mediaToSequenceSeconds,
  sequenceToMediaSeconds,
  type ClipTiming,
} from '../../../src/hosts/premiere/premiere-time';
import { createFakePremiere } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

const { ppro } = createFakePremiere(scenario);
const fps25: FrameRate = ppro.FrameRate.createWithValue(25);
const at = (runtime: premierepro, seconds: number): TickTime => runtime.TickTime.createWithSeconds(seconds);

describe('sequence time ↔ keyframe media time', () => {
  const untrimmed: ClipTiming = { startSeconds: 10, inPointSeconds: 0, speed: 1 };
  const headTrimmed2x: ClipTiming = { startSeconds: 10, inPointSeconds: 4, speed: 2 };

  it('is a plain offset for an untrimmed clip at normal speed', () => {
    expect(sequenceToMediaSeconds(untrimmed, 12.5)).toBe(2.5);
    expect(mediaToSequenceSeconds(untrimmed, 2.5)).toBe(12.5);
  });

  it('adds the in point and scales by speed for a head-trimmed 2× clip', () => {
    expect(sequenceToMediaSeconds(headTrimmed2x, 10)).toBe(4);
    expect(sequenceToMediaSeconds(headTrimmed2x, 12.5)).toBe(9);
    expect(mediaToSequenceSeconds(headTrimmed2x, 9)).toBe(12.5);
  });

  it('round-trips', () => {
    for (const seconds of [10, 10.04, 13.333, 40]) {
      expect(mediaToSequenceSeconds(headTrimmed2x, sequenceToMediaSeconds(headTrimmed2x, seconds))).toBeCloseTo(seconds, 9);
    }
  });

  it('snaps to the nearest sequence frame before mapping, tick-exact', () => {
    const clip = { start: at(ppro, 10), inPoint: at(ppro, 4), speed: 2, reversed: false };
    // 12.513 s is 0.013 s past frame 12.52 (25 fps frames are 40 ms): snaps to 12.52 → media 4 + 2.52 × 2.
    const position = keyframePositionAt(ppro.TickTime, clip, 12.513, fps25);
    expect(position.ticks).toBe(String(Math.round(9.04 * TICKS_PER_SECOND)));
    expect(frameAlignedTime(ppro.TickTime, 0.019, fps25).seconds).toBe(0);
    expect(frameAlignedTime(ppro.TickTime, 0.021, fps25).seconds).toBe(0.04);
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
