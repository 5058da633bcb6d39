import { describe, expect, it } from 'vitest';
import type { TimelineTrack } from '../../src/hosts/spec';
import { planPlacement } from '../../src/workflows/place-options';

const track = (index: number, spans: Array<[number, number]>): TimelineTrack => ({
  kind: 'video',
  index,
  name: `V${index + 1}`,
  muted: false,
  clips: spans.map(([startSeconds, endSeconds], clipIndex) => ({
    id: `c${index}-${clipIndex}`,
    trackKind: 'video',
    trackIndex: index,
    name: 'clip',
    mediaPath: null,
    projectItemId: null,
    startSeconds,
    endSeconds,
    inPointSeconds: 0,
    speed: 1,
    disabled: false,
  })),
});

const sequence = {
  playheadSeconds: 3,
  inPointSeconds: 10,
  endSeconds: 20,
  videoTracks: [track(0, [[0, 5]]), track(1, [[12, 14]])],
  audioTracks: [track(0, [[0, 20]])],
};

describe('planPlacement', () => {
  it('places at the playhead on the first tracks free over the whole span, new tracks when none are', () => {
    expect(planPlacement(sequence, 5)).toEqual({ atSeconds: 3, videoTrackIndex: 1, audioTrackIndex: 1, overwrite: false, notice: null });
  });

  it('places at the sequence In mark, where V2 is busy from 12 s', () => {
    expect(planPlacement(sequence, 5, { position: 'in-point' })).toMatchObject({ atSeconds: 10, videoTrackIndex: 0, audioTrackIndex: 1 });
  });

  it('falls back to the playhead, and says so, when there is no In mark', () => {
    const plan = planPlacement({ ...sequence, inPointSeconds: null }, 5, { position: 'in-point' });
    expect(plan.atSeconds).toBe(3);
    expect(plan.notice?.message).toMatch(/no In mark/);
  });

  it('places after the last clip at the sequence end, where every track is free', () => {
    expect(planPlacement(sequence, 5, { position: 'sequence-end' })).toMatchObject({
      atSeconds: 20,
      videoTrackIndex: 0,
      audioTrackIndex: 0,
    });
  });

  it('overwrites only when asked AND given tracks; picked free tracks never need it', () => {
    expect(planPlacement(sequence, 5, { overwrite: true }).overwrite).toBe(false);
    expect(planPlacement(sequence, 5, { overwrite: true, videoTrackIndex: 0, audioTrackIndex: 0 })).toMatchObject({
      videoTrackIndex: 0,
      audioTrackIndex: 0,
      overwrite: true,
    });
    expect(planPlacement(sequence, 5, { videoTrackIndex: 0 })).toMatchObject({ videoTrackIndex: 0, audioTrackIndex: 1, overwrite: false });
  });
});
