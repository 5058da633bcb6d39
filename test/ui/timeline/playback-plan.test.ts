import { describe, expect, it } from 'vitest';
import type { DrawnClip, DrawnTimeline, DrawnTrack } from '../../../src/ui/timeline/drawn-timeline';
import { dbToGain, gainAutomation, playbackPlan } from '../../../src/ui/timeline/playback-plan';

function clip(overrides: Partial<DrawnClip>): DrawnClip {
  return {
    id: 'c',
    name: 'clip',
    startSeconds: 3,
    endSeconds: 8,
    mediaPath: '/sandbox/media/clip.mp4',
    inPointSeconds: 0,
    speed: 1,
    disabled: false,
    linkId: null,
    generated: true,
    staticLevelDb: 0,
    keyframes: [],
    ...overrides,
  };
}
const audioTrack = (index: number, clips: DrawnClip[], muted = false): DrawnTrack => ({
  kind: 'audio',
  index,
  name: `A${index + 1}`,
  muted,
  clips,
});
const timeline = (audioTracks: DrawnTrack[], videoEnd = 0): DrawnTimeline => ({
  name: 'seq',
  frameRate: 25,
  playheadSeconds: 0,
  videoTracks: [
    {
      kind: 'video',
      index: 0,
      name: 'V1',
      muted: false,
      clips: videoEnd > 0 ? [clip({ id: 'v', startSeconds: 0, endSeconds: videoEnd })] : [],
    },
  ],
  audioTracks,
});
const round = (events: readonly { kind: string; atSeconds: number; gain: number }[]) =>
  events.map((event) => [event.kind, Number(event.atSeconds.toFixed(4)), Number(event.gain.toFixed(4))]);

describe('dB to linear gain', () => {
  it.each([
    { levelDb: 0, gain: 1 },
    { levelDb: -6, gain: 0.5012 },
    { levelDb: -9, gain: 0.3548 },
    { levelDb: 6, gain: 1.9953 },
    { levelDb: -120, gain: 0 },
  ])('$levelDb dB is ×$gain', ({ levelDb, gain }) => {
    expect(dbToGain(levelDb)).toBeCloseTo(gain, 4);
  });
});

describe('a clip envelope as Web Audio automation', () => {
  it('holds the static level when the clip has no keyframes', () => {
    expect(round(gainAutomation(clip({ staticLevelDb: -6 }), 3, 0))).toEqual([['set', 3, 0.5012]]);
  });

  it('sets the level at the start, then ramps to each keyframe in steps of at most 1 dB (linear in dB, as drawn)', () => {
    const ducked = clip({
      keyframes: [
        { timeSeconds: 4, levelDb: 0, byClipRelay: true },
        { timeSeconds: 4.3, levelDb: -3, byClipRelay: true },
        { timeSeconds: 5, levelDb: -3, byClipRelay: true },
      ],
    });
    expect(round(gainAutomation(ducked, 3, 0))).toEqual([
      ['set', 3, 1],
      ['ramp', 4, 1],
      ['ramp', 4.1, 0.8913],
      ['ramp', 4.2, 0.7943],
      ['ramp', 4.3, 0.7079],
      ['ramp', 5, 0.7079],
    ]);
  });

  it('starting inside a fade: begins at the level interpolated there, times relative to the play start', () => {
    const fading = clip({
      keyframes: [
        { timeSeconds: 4, levelDb: 0, byClipRelay: true },
        { timeSeconds: 6, levelDb: -2, byClipRelay: true },
      ],
    });
    expect(round(gainAutomation(fading, 5, 5))).toEqual([
      ['set', 0, 0.8913],
      ['ramp', 1, 0.7943],
    ]);
  });

  it('follows a fade that runs past the clip end up to the end', () => {
    const cut = clip({
      endSeconds: 5,
      keyframes: [
        { timeSeconds: 4, levelDb: 0, byClipRelay: false },
        { timeSeconds: 6, levelDb: -2, byClipRelay: false },
      ],
    });
    expect(round(gainAutomation(cut, 3, 3)).at(-1)).toEqual(['ramp', 2, 0.8913]);
  });
});

describe('what plays from the playhead', () => {
  it('plays each audible clip from where the playhead falls in it, at its in point and speed', () => {
    const plan = playbackPlan(
      timeline([
        audioTrack(0, [
          clip({ id: 'vo', startSeconds: 0.5, endSeconds: 2 }),
          clip({ id: 'vo2', startSeconds: 4, endSeconds: 5.6, inPointSeconds: 1 }),
        ]),
        audioTrack(1, [clip({ id: 'gen', startSeconds: 3, endSeconds: 8, speed: 2 })]),
      ]),
      3.5,
    );
    expect(plan.endSeconds).toBe(8);
    expect(
      plan.clips.map(({ clipId, delaySeconds, mediaOffsetSeconds, mediaDurationSeconds, playbackRate }) => ({
        clipId,
        delaySeconds,
        mediaOffsetSeconds,
        mediaDurationSeconds,
        playbackRate,
      })),
    ).toEqual([
      { clipId: 'vo2', delaySeconds: 0.5, mediaOffsetSeconds: 1, mediaDurationSeconds: expect.closeTo(1.6, 9), playbackRate: 1 },
      { clipId: 'gen', delaySeconds: 0, mediaOffsetSeconds: 1, mediaDurationSeconds: 9, playbackRate: 2 },
    ]);
  });

  it('leaves muted tracks, disabled clips and reversed clips silent', () => {
    const plan = playbackPlan(
      timeline([
        audioTrack(0, [clip({ id: 'muted' })], true),
        audioTrack(1, [
          clip({ id: 'disabled', disabled: true }),
          clip({ id: 'reversed', speed: -1 }),
          clip({ id: 'heard', startSeconds: 9, endSeconds: 10 }),
        ]),
      ]),
      0,
    );
    expect(plan.clips.map((planned) => planned.clipId)).toEqual(['heard']);
  });

  it('runs to the end of the last clip, video included', () => {
    expect(playbackPlan(timeline([audioTrack(0, [clip({})])], 12), 0).endSeconds).toBe(12);
  });
});
