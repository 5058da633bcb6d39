import { describe, expect, it } from 'vitest';
import { HostOperationError } from '../../../src/hosts/spec';
import { premiereOnFake, ticks } from './premiere-fixtures';

async function importedOnFake(mediaPath = '/gen/kling-001.mp4') {
  const setup = premiereOnFake();
  const media = await setup.host.importMedia(mediaPath, ['ClipRelay']);
  return { ...setup, media };
}

describe('PremiereHost.placeClip', () => {
  it('places linked video and audio on new tracks (index = count) in one undo step, touching nothing else', async () => {
    const { fake, host, media } = await importedOnFake();
    const before = fake.snapshot();
    const labelsBefore = fake.undoLabels.length;

    // 3.013 s snaps to the 3.0 s frame at 25 fps.
    const placed = await host.placeClip({ media, atSeconds: 3.013, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place Kling clip' });

    expect(placed).toEqual({
      videoClipId: `video:2:${ticks(3)}`,
      audioClipId: `audio:3:${ticks(3)}`,
      startSeconds: 3,
      endSeconds: 8,
      provenanceRecorded: false,
    });
    expect(fake.undoLabels).toHaveLength(labelsBefore + 1);
    expect(fake.undoLabels.at(-1)).toBe('Place Kling clip');
    const after = fake.snapshot();
    expect(after.videoTracks.slice(0, 2)).toEqual(before.videoTracks);
    expect(after.audioTracks.slice(0, 3)).toEqual(before.audioTracks);
    const [video] = after.videoTracks[2]?.items ?? [];
    const [audio] = after.audioTracks[3]?.items ?? [];
    expect(video).toMatchObject({ projectItemId: media.itemId, startTicks: ticks(3), endTicks: ticks(8) });
    expect(audio?.linkGroup).toBe(video?.linkGroup);

    const sequence = await host.readActiveSequence();
    const byId = [...sequence.videoTracks, ...sequence.audioTracks]
      .flatMap((track) => track.clips)
      .filter((clip) => [placed.videoClipId, placed.audioClipId].includes(clip.id));
    expect(byId.map((clip) => [clip.trackKind, clip.mediaPath])).toEqual([
      ['video', '/gen/kling-001.mp4'],
      ['audio', '/gen/kling-001.mp4'],
    ]);
  });

  it('places on existing tracks where they are free without trimming or shifting neighbours', async () => {
    const { fake, host, media } = await importedOnFake();
    const before = fake.snapshot();
    const placed = await host.placeClip({ media, atSeconds: 10, videoTrackIndex: 0, audioTrackIndex: 0, undoLabel: 'Place' });
    expect(placed).toMatchObject({ videoClipId: `video:0:${ticks(10)}`, audioClipId: `audio:0:${ticks(10)}` });
    const after = fake.snapshot();
    expect(after.videoTracks[0]?.items[0]).toEqual(before.videoTracks[0]?.items[0]);
    expect(after.audioTracks[0]?.items[0]).toEqual(before.audioTracks[0]?.items[0]);
    expect(after.videoTracks[0]?.items).toHaveLength(before.videoTracks[0]!.items.length + 1);
    expect(after.videoTracks.length + after.audioTracks.length).toBe(before.videoTracks.length + before.audioTracks.length);
  });

  it('reports no audio clip for media without audio', async () => {
    const { fake, host, media } = await importedOnFake('/gen/silent.mp4');
    const audioTracksBefore = fake.snapshot().audioTracks;
    const placed = await host.placeClip({ media, atSeconds: 30, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
    expect(placed).toMatchObject({ audioClipId: null, startSeconds: 30, endSeconds: 33 });
    expect(fake.snapshot().audioTracks).toEqual(audioTracksBefore);
  });

  it('is undone in one step, new tracks included', async () => {
    const { fake, host, media } = await importedOnFake();
    const before = fake.snapshot();
    await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
    fake.undo();
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses, without editing, an item that is no longer in its bin', async () => {
    const { fake, host, media } = await importedOnFake();
    const before = fake.snapshot();
    const labels = [...fake.undoLabels];
    const gone = { ...media, itemId: 'item-404' };
    await expect(
      host.placeClip({ media: gone, atSeconds: 3, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' }),
    ).rejects.toBeInstanceOf(HostOperationError);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.undoLabels).toEqual(labels);
  });
});
