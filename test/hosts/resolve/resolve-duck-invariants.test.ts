import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResolveHost } from '../../../src/hosts/resolve';
import { createFakeResolve } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

// Any sequence of ducks on 21.1 (new envelopes, re-ducks, undos): the panel sees one clip with the same
// extent, the segments lie end to end over exactly that extent, each is linked to the clip's video, and
// undoing everything gives back the clip as it was.
const envelope = fc
  .array(fc.tuple(fc.double({ min: 2.5, max: 8.5, noNaN: true }), fc.integer({ min: -18, max: 0 })), { minLength: 1, maxLength: 6 })
  .map((points) => points.map(([timeSeconds, gainDb]) => ({ timeSeconds, gainDb })).sort((a, b) => a.timeSeconds - b.timeSeconds));
const step = fc.oneof(
  envelope.map((points) => ({ kind: 'duck' as const, points })),
  fc.constant({ kind: 'undo' as const }),
);

describe('ducking in place on Resolve 21.1, under any sequence of ducks and undos', () => {
  it('keeps one clip of the same extent, contiguous linked segments, and undo restores the original', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const fake = createFakeResolve(CONTRACT_SCENARIO);
        const host = new ResolveHost(fake.resolve);
        const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
        const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
        const placedCount = host.journal.labels.length;
        const video = fake.state.current!.tracks.video[0]!.items.find((item) => item.media.uid === media.itemId)!;
        for (const action of steps) {
          if (action.kind === 'undo') {
            if (host.journal.labels.length > placedCount) await host.undoLastChange();
          } else {
            await host.writeGainEnvelopes([{ clipId: placed.audioClipId!, points: action.points }], 'Duck');
          }
          const items = fake.state.current!.tracks.audio[2]!.items;
          expect(items[0]!.start).toBe(video.start);
          expect(items.at(-1)!.end).toBe(video.end);
          items.forEach((item, index) => index > 0 && expect(item.start).toBe(items[index - 1]!.end));
          expect(items.every((item) => item.link === video.link)).toBe(true);
          expect(items.every((item) => item.sourceStart === item.start - video.start)).toBe(true);
          const seen = (await host.readActiveSequence()).audioTracks[2]!.clips;
          expect(seen.map((clip) => [clip.id, clip.startSeconds, clip.endSeconds])).toEqual([[placed.audioClipId, 3, 8]]);
        }
        while (host.journal.labels.length > placedCount) await host.undoLastChange();
        const back = fake.state.current!.tracks.audio[2]!.items;
        expect(back.map((item) => [item.start, item.end, item.volumeDb, item.markers.size])).toEqual([[video.start, video.end, 0, 0]]);
      }),
      { numRuns: 60 },
    );
  });
});
