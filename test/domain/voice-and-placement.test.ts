import { describe, expect, it } from 'vitest';
import { mergeRanges, voiceRegionsFromClips } from '../../src/domain/ducking';
import { findFreeTrackIndex } from '../../src/domain/placement/find-free-track';

const clip = (startSeconds: number, endSeconds: number, disabled = false) => ({ startSeconds, endSeconds, disabled });

describe('voiceRegionsFromClips', () => {
  it('unions several voice tracks and skips muted tracks and disabled clips', () => {
    const regions = voiceRegionsFromClips([
      { muted: false, clips: [clip(0, 2), clip(5, 6, true)] },
      { muted: false, clips: [clip(1.5, 3)] },
      { muted: true, clips: [clip(8, 9)] },
    ]);
    expect(regions).toEqual([{ startSeconds: 0, endSeconds: 3 }]);
  });
});

describe('mergeRanges', () => {
  it('bridges gaps shorter than the bridge and drops empty ranges', () => {
    expect(
      mergeRanges(
        [
          { startSeconds: 4, endSeconds: 5 },
          { startSeconds: 0, endSeconds: 1 },
          { startSeconds: 1.4, endSeconds: 2 },
          { startSeconds: 3, endSeconds: 3 },
        ],
        0.5,
      ),
    ).toEqual([
      { startSeconds: 0, endSeconds: 2 },
      { startSeconds: 4, endSeconds: 5 },
    ]);
  });
});

describe('findFreeTrackIndex', () => {
  const tracks = [{ clips: [clip(0, 4)] }, { clips: [clip(4, 6)] }, { clips: [] }];
  it('takes the first track free over the whole span; touching edges are free', () => {
    expect(findFreeTrackIndex(tracks, 3, 8)).toBe(2); // V1 busy to 4, V2 busy 4..6
    expect(findFreeTrackIndex(tracks, 4, 5)).toBe(0);
    expect(findFreeTrackIndex(tracks, 6, 9)).toBe(0);
  });
  it('answers a new track when every track is busy', () => {
    expect(findFreeTrackIndex([{ clips: [clip(0, 10)] }], 2, 3)).toBe(1);
    expect(findFreeTrackIndex([], 0, 1)).toBe(0);
  });
});
