import { describe, expect, it } from 'vitest';
import { ResolveHost } from '../../../src/hosts/resolve';
import { HostOperationError } from '../../../src/hosts/spec';
import { createFakeResolve, type ResolveProfileId } from '../../support/fake-resolve';
import type { FakeItem } from '../../support/fake-resolve/fake-resolve-state';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

const RENDERED = '/media/new-clip (ducked).wav';
const SCENARIO = {
  ...CONTRACT_SCENARIO,
  media: { ...CONTRACT_SCENARIO.media, [RENDERED]: { durationSeconds: 5, hasVideo: false, hasAudio: true } },
};
const BEFORE_CLIP_VOLUME: readonly ResolveProfileId[] = ['18.5', '19.1', '20.1', '21.0'];

async function placedClip(profile: ResolveProfileId) {
  const fake = createFakeResolve(SCENARIO, { profile });
  const host = new ResolveHost(fake.resolve);
  const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
  const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
  const timeline = fake.state.current!;
  const video = timeline.tracks.video[0]!.items.find((item) => item.media.path === '/media/new-clip.mp4')!;
  const audioTrack = () => timeline.tracks.audio[2]!.items;
  return { fake, host, placed, video, audioTrack };
}

const shape = (item: FakeItem) => ({ path: item.media.path, start: item.start, end: item.end, sourceStart: item.sourceStart });

describe('Resolve before 21.1: "Swap in rendered audio" replaces the clip\'s audio by the rendered file', () => {
  for (const profile of BEFORE_CLIP_VOLUME) {
    it(`on ${profile}: same track and range, linked to the picture, in ClipRelay/Ducked audio; one undo puts the original back`, async () => {
      const { fake, host, placed, video, audioTrack } = await placedClip(profile);
      const original = shape(audioTrack()[0]!);
      const notes = await host.swapInRenderedAudio([{ clipId: placed.audioClipId!, renderedPath: RENDERED }], 'ClipRelay: duck Standard');

      expect(audioTrack()).toHaveLength(1);
      const swapped = audioTrack()[0]!;
      expect(shape(swapped)).toEqual({ ...original, path: RENDERED, sourceStart: 0 });
      expect(swapped.link).not.toBeNull();
      expect(swapped.link).toBe(video.link);
      expect(fake.state.root.subfolders[0]!.subfolders.map((folder) => folder.name)).toEqual(['Kling', 'Ducked audio']);
      expect(notes.map((note) => note.message)).toEqual([
        expect.stringMatching(/rendered the ducked sound into new files beside the originals \("new-clip \(ducked\)\.wav"\)/),
      ]);
      // The host reads it back as the same clip (positional id), so a later duck finds it.
      const sequence = await host.readActiveSequence();
      expect(sequence.audioTracks[2]!.clips.map((clip) => [clip.id, clip.mediaPath])).toEqual([[placed.audioClipId, RENDERED]]);

      expect(await host.undoLastChange()).toBe('ClipRelay: duck Standard');
      expect(audioTrack().map(shape)).toEqual([original]);
      expect(audioTrack()[0]!.link).toBe(video.link);
    });
  }

  it('puts the original audio back and says so when Resolve answers but places nothing', async () => {
    const { fake, placed, video, audioTrack } = await placedClip('20.1');
    const original = shape(audioTrack()[0]!);
    // A clip of the editor's lands in the range first (another panel, a script): Resolve places nothing over it.
    const pool = fake.resolve.GetProjectManager().GetCurrentProject()!.GetMediaPool();
    const realAppend = pool.AppendToTimeline.bind(pool);
    let first = true;
    const project = fake.resolve.GetProjectManager().GetCurrentProject()!;
    const patchedPool = {
      ...pool,
      AppendToTimeline: (infos: Parameters<typeof pool.AppendToTimeline>[0]) => {
        if (first) {
          first = false;
          return infos.length > 0 ? [] : false;
        }
        return realAppend(infos);
      },
    };
    const patched = {
      ...fake.resolve,
      GetProjectManager: () => ({ GetCurrentProject: () => ({ ...project, GetMediaPool: () => patchedPool }) }),
    };
    const other = new ResolveHost(patched);
    const refused = other.swapInRenderedAudio([{ clipId: placed.audioClipId!, renderedPath: RENDERED }], 'Duck');
    await expect(refused).rejects.toThrow(HostOperationError);
    await expect(refused).rejects.toThrow(/placed nothing on A3; the clip's own audio is back/);
    expect(audioTrack().map(shape)).toEqual([original]);
    expect(audioTrack()[0]!.link).toBe(video.link);
    expect(await other.undoLastChange()).toBeNull(); // the failed swap left no journal entry
  });
});
