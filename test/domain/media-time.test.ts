import { describe, expect, it } from 'vitest';
import { mediaRangeToSequence, sequenceRangeToMedia } from '../../src/domain/ducking';
import {
  alignToNearestFrame,
  frameAlignedMediaSeconds,
  mediaToSequenceSeconds,
  sequenceToMediaSeconds,
  type ClipTiming,
} from '../../src/domain/time/media-time';

const NTSC = 30000 / 1001;

describe('sequence time → media time', () => {
  const cases: ReadonlyArray<{ name: string; clip: ClipTiming; sequenceSeconds: number; mediaSeconds: number }> = [
    {
      name: 'untrimmed at normal speed: a plain offset',
      clip: { startSeconds: 10, inPointSeconds: 0, speed: 1 },
      sequenceSeconds: 12.5,
      mediaSeconds: 2.5,
    },
    {
      name: 'head-trimmed: the in point is shown at the start',
      clip: { startSeconds: 10, inPointSeconds: 4, speed: 1 },
      sequenceSeconds: 10,
      mediaSeconds: 4,
    },
    {
      name: 'head-trimmed, later in the clip',
      clip: { startSeconds: 10, inPointSeconds: 4, speed: 1 },
      sequenceSeconds: 13,
      mediaSeconds: 7,
    },
    {
      name: '2× speed: media runs twice as fast',
      clip: { startSeconds: 10, inPointSeconds: 4, speed: 2 },
      sequenceSeconds: 12.5,
      mediaSeconds: 9,
    },
    {
      name: '50 % speed: media runs half as fast',
      clip: { startSeconds: 0, inPointSeconds: 1, speed: 0.5 },
      sequenceSeconds: 3,
      mediaSeconds: 2.5,
    },
    {
      name: 'reversed (negative speed): media runs backwards from the in point',
      clip: { startSeconds: 5, inPointSeconds: 8, speed: -1 },
      sequenceSeconds: 7,
      mediaSeconds: 6,
    },
    {
      name: 'NTSC: one frame in is one NTSC frame of media',
      clip: { startSeconds: 0, inPointSeconds: 0, speed: 1 },
      sequenceSeconds: 1001 / 30000,
      mediaSeconds: 1 / NTSC,
    },
  ];

  it.each(cases)('$name', ({ clip, sequenceSeconds, mediaSeconds }) => {
    expect(sequenceToMediaSeconds(clip, sequenceSeconds)).toBeCloseTo(mediaSeconds, 12);
    expect(mediaToSequenceSeconds(clip, mediaSeconds)).toBeCloseTo(sequenceSeconds, 12);
  });

  it('round-trips for every speed, including reversed', () => {
    for (const speed of [1, 2, 0.5, -1, -2.5]) {
      const clip = { startSeconds: 10, inPointSeconds: 4, speed };
      for (const seconds of [10, 10.04, 13.333, 40]) {
        expect(mediaToSequenceSeconds(clip, sequenceToMediaSeconds(clip, seconds))).toBeCloseTo(seconds, 9);
      }
    }
  });
});

describe('nearest frame', () => {
  it.each([
    { seconds: 0.019, frameRate: 25, aligned: 0 },
    { seconds: 0.021, frameRate: 25, aligned: 0.04 },
    { seconds: 0.02, frameRate: 25, aligned: 0.04 }, // exactly half a frame: rounds up
    { seconds: 12.513, frameRate: 25, aligned: 12.52 },
    { seconds: 1, frameRate: NTSC, aligned: 30 / NTSC }, // 1 s at 29.97 is 29.97 frames: frame 30 is nearest
    { seconds: 0.5, frameRate: NTSC, aligned: 15 / NTSC },
  ])('$seconds s at $frameRate fps → $aligned s', ({ seconds, frameRate, aligned }) => {
    expect(alignToNearestFrame(seconds, frameRate)).toBeCloseTo(aligned, 12);
  });

  it('snaps the sequence time before mapping it to media time', () => {
    const clip = { startSeconds: 10, inPointSeconds: 4, speed: 2 };
    // 12.513 s snaps to 12.52 s (25 fps): media 4 + 2.52 × 2, not 4 + 2.513 × 2.
    expect(frameAlignedMediaSeconds(clip, 12.513, 25)).toBeCloseTo(9.04, 12);
    expect(frameAlignedMediaSeconds(clip, 12.513, 25)).not.toBeCloseTo(sequenceToMediaSeconds(clip, 12.513), 12);
  });
});

describe('time ranges through a clip (speech detection, loudness)', () => {
  const clip = { startSeconds: 10, endSeconds: 20, inPointSeconds: 4, speed: 2 };

  it('maps a sequence range to media and back, clipped to the clip', () => {
    expect(sequenceRangeToMedia(clip, { startSeconds: 8, endSeconds: 12 })).toEqual({ startSeconds: 4, endSeconds: 8 });
    expect(mediaRangeToSequence(clip, { startSeconds: 4, endSeconds: 8 })).toEqual({ startSeconds: 10, endSeconds: 12 });
    expect(mediaRangeToSequence(clip, { startSeconds: 0, endSeconds: 3 })).toBeNull();
  });

  it('orders the ends of a reversed clip', () => {
    const reversed = { startSeconds: 0, endSeconds: 4, inPointSeconds: 8, speed: -1 };
    expect(sequenceRangeToMedia(reversed, { startSeconds: 1, endSeconds: 3 })).toEqual({ startSeconds: 5, endSeconds: 7 });
    expect(mediaRangeToSequence(reversed, { startSeconds: 5, endSeconds: 7 })).toEqual({ startSeconds: 1, endSeconds: 3 });
  });
});
