import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otioTimelineCopy } from '../../../src/entries/resolve/otio-timeline-copy';
import { ResolveHost } from '../../../src/hosts/resolve';
import { HostOperationError, HostUnavailableError } from '../../../src/hosts/spec';
import { createFakeResolve } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

const PROVENANCE = {
  prompt: 'Gulls over a pier',
  providerId: 'kling',
  model: 'kling-v2-6',
  jobId: 'task-9',
  seed: null,
  costUsd: 0.35,
  createdAt: '2026-03-01T10:15:00.000Z',
};

describe('ResolveHost specifics', () => {
  it('reads a 29.97 drop-frame timeline: the playhead from its ";" timecode, in real seconds', async () => {
    const fake = createFakeResolve(
      { ...CONTRACT_SCENARIO, frameRate: 30000 / 1001, playheadSeconds: 0 },
      { frameRateSetting: '29.97', dropFrame: true, startFrame: 107892 },
    );
    fake.state.current!.playhead = 107892 + 17982; // ten minutes of real time
    const sequence = await new ResolveHost(fake.resolve).readActiveSequence();
    expect(sequence.frameRate).toBeCloseTo(29.97003, 5);
    expect(sequence.playheadSeconds).toBeCloseTo((17982 * 1001) / 30000, 9); // 17982 real frames, not 18000 labels
  });

  it('reads the selection where Resolve has GetSelectedClips (21.0.4+) and says so in its capabilities', async () => {
    for (const profile of ['21.0', '21.1'] as const) {
      const fake = createFakeResolve(CONTRACT_SCENARIO, { profile });
      const host = new ResolveHost(fake.resolve);
      const before = await host.readActiveSequence();
      const bed = before.audioTracks[1]!.clips[0]!;
      fake.select([fake.state.current!.tracks.audio[1]!.items[0]!.uid]);
      const sequence = await host.readActiveSequence();
      expect(host.capabilities.readsSelection).toBe(profile === '21.1');
      expect(sequence.selectedClipIds).toEqual(profile === '21.1' ? [bed.id] : undefined);
    }
  });

  it('imports into ClipRelay/<provider> without making a second folder of a name that exists', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '19.1' });
    const host = new ResolveHost(fake.resolve);
    await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
    await host.importMedia('/media/vo-1.wav', ['ClipRelay', 'Kling']);
    await host.importMedia('/media/vo-2.wav', ['ClipRelay', 'Runway']);
    const root = fake.state.root;
    expect(root.subfolders.map((folder) => folder.name)).toEqual(['ClipRelay']);
    expect(root.subfolders[0]!.subfolders.map((folder) => [folder.name, folder.clips.length])).toEqual([
      ['Kling', 2],
      ['Runway', 1],
    ]);
  });

  it('imports by path where the 21.1 dict form imports nothing, and refuses a file Resolve cannot import', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '21.0' });
    const host = new ResolveHost(fake.resolve);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    expect(fake.state.media.find((item) => item.uid === media.itemId)?.path).toBe('/media/new-clip.mp4');
    await expect(host.importMedia('/media/missing.mp4', ['ClipRelay'])).rejects.toThrow(/did not import \/media\/missing\.mp4/);
  });

  it('always reads back: a truthy answer that placed nothing is an error, and the tracks it made are taken away', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO);
    const host = new ResolveHost(fake.resolve);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    const pool = fake.resolve.GetProjectManager().GetCurrentProject()!.GetMediaPool();
    const append = pool.AppendToTimeline.bind(pool);
    // Resolve answering a list and placing nothing, as measured over occupied ranges (research §2.2).
    pool.AppendToTimeline = (infos) => (append([]), infos.length > 0 ? [] : false);
    const project = fake.resolve.GetProjectManager().GetCurrentProject()!;
    const patched = { ...fake.resolve, GetProjectManager: () => ({ GetCurrentProject: () => ({ ...project, GetMediaPool: () => pool }) }) };
    const refused = new ResolveHost(patched).placeClip({ media, atSeconds: 3, videoTrackIndex: 1, audioTrackIndex: 2, undoLabel: 'Place' });
    await expect(refused).rejects.toThrow(/answered but placed nothing on V2/);
    expect(fake.state.current!.tracks.video).toHaveLength(1);
    expect(fake.state.current!.tracks.audio).toHaveLength(2);
  });

  it('links the placed video and audio at the same record frame, provenance in third-party metadata and a marker', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO);
    const host = new ResolveHost(fake.resolve);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
    const placed = await host.placeClip({
      media,
      atSeconds: 3,
      videoTrackIndex: 0,
      audioTrackIndex: 2,
      undoLabel: 'Place',
      provenance: PROVENANCE,
    });
    expect(placed.provenanceRecorded).toBe(true);
    const timeline = fake.state.current!;
    const video = timeline.tracks.video[0]!.items.find((item) => item.media.uid === media.itemId)!;
    const audio = timeline.tracks.audio[2]!.items[0]!;
    expect(video.start).toBe(audio.start);
    expect(video.start).toBe(90000 + 75);
    expect(timeline.tracks.audio[2]!.name).toBe('ClipRelay'); // a new track says what it carries
    expect(video.link).not.toBeNull();
    expect(audio.link).toBe(video.link);
    const mediaState = fake.state.media.find((item) => item.uid === media.itemId)!;
    expect(mediaState.thirdParty.get('ClipRelay Job')).toBe('task-9');
    expect([...mediaState.markers.values()].map((marker) => marker.customData.startsWith('cliprelay-provenance:'))).toEqual([true]);
  });

  it('keeps provenance in a marker where third-party metadata is missing (18.5)', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '18.5' });
    const host = new ResolveHost(fake.resolve);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    await host.writeProvenance(media.itemId, PROVENANCE);
    expect(await host.readProvenance(media.itemId)).toEqual(PROVENANCE);
    expect(fake.state.media.find((item) => item.uid === media.itemId)!.thirdParty.size).toBe(0);
  });

  it('ducks on 21.1 with audio-only segments of the same media, each with its own volume, linked to the video', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO);
    const host = new ResolveHost(fake.resolve);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
    await host.writeGainEnvelopes(
      [
        {
          clipId: placed.audioClipId!,
          points: [
            { timeSeconds: 4, gainDb: 0 },
            { timeSeconds: 4.2, gainDb: -9 },
            { timeSeconds: 6, gainDb: -9 },
            { timeSeconds: 6.2, gainDb: 0 },
          ],
        },
      ],
      'Duck',
    );
    const segments = fake.state.current!.tracks.audio[2]!.items;
    expect(segments.length).toBeGreaterThan(3);
    expect(segments.every((item) => item.media.uid === media.itemId && item.kind === 'audio')).toBe(true);
    segments.forEach((item, index) => index > 0 && expect(item.start).toBe(segments[index - 1]!.end));
    expect(segments.map((item) => item.sourceStart)).toEqual(segments.map((item) => item.start - 90075));
    expect(Math.min(...segments.map((item) => item.volumeDb))).toBe(-9);
    const video = fake.state.current!.tracks.video[0]!.items.find((item) => item.media.uid === media.itemId)!;
    expect(segments.every((item) => item.link === video.link && item.link != null)).toBe(true);
    // The panel still sees one clip.
    expect((await host.readActiveSequence()).audioTracks[2]!.clips.map((clip) => [clip.startSeconds, clip.endSeconds])).toEqual([[3, 8]]);
    expect(await host.undoLastChange()).toBe('Duck');
    expect(fake.state.current!.tracks.audio[2]!.items).toHaveLength(1);
    expect(fake.state.current!.tracks.audio[2]!.items[0]!.link).toBe(video.link);
  });

  it('refuses a duck before 21.1 with what to do instead, changing nothing', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '21.0' });
    const host = new ResolveHost(fake.resolve);
    const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!;
    const calls = fake.state.calls.length;
    const write = host.writeGainEnvelopes([{ clipId: bed.id, points: [{ timeSeconds: 2, gainDb: -9 }] }], 'Duck');
    await expect(write).rejects.toBeInstanceOf(HostOperationError);
    await expect(write).rejects.toThrow(/needs Resolve 21\.1 or later/);
    expect(fake.state.calls.length).toBe(calls);
    expect(host.capabilities.writesGainSteps).toBe(false);
  });

  it("before 21.1, ducks a copy of the timeline by Resolve's OTIO round trip: volume keyframes on the copy, original untouched", async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '21.0' });
    const host = new ResolveHost(fake.resolve, { timelineCopy: otioTimelineCopy(mkdtempSync(join(tmpdir(), 'cliprelay-otio-'))) });
    const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!; // Bed: 1–9 s
    const original = fake.state.current!;
    const warnings = await host.writeGainEnvelopes(
      [
        {
          clipId: bed.id,
          points: [
            { timeSeconds: 3.72, gainDb: 0 },
            { timeSeconds: 4, gainDb: -9 },
            { timeSeconds: 5.6, gainDb: -9 },
            { timeSeconds: 6.2, gainDb: 0 },
          ],
        },
      ],
      'Duck',
    );
    expect(warnings.map((note) => note.message)).toEqual([
      expect.stringMatching(/ducked a copy of the timeline .*"Contract \(ClipRelay ducked\)".*original timeline is untouched/),
    ]);
    const copy = fake.state.current!;
    expect(copy.name).toBe('Contract (ClipRelay ducked)');
    const ducked = copy.tracks.audio[1]!.items[0]!;
    // Keyframes in frames from the clip's start (Bed starts at 1 s = frame 25): 3.72 s → 68, 4 s → 75.
    expect(ducked.volumeKeys.map((key) => [key.frame, Math.round(key.levelDb * 100) / 100])).toEqual([
      [68, 0],
      [75, -9],
      [115, -9],
      [130, 0],
    ]);
    expect(original.tracks.audio[1]!.items[0]!.volumeKeys).toEqual([]);
    expect(await host.undoLastChange()).toBe('Duck');
    expect(fake.state.current).toBe(original);
    expect(fake.state.timelines.map((timeline) => timeline.name)).toEqual(['Contract']);
  });

  it('on 18.5, whose timeline import reads no OTIO yet, the copy is refused in words and nothing is left behind', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '18.5' });
    const host = new ResolveHost(fake.resolve, { timelineCopy: otioTimelineCopy(mkdtempSync(join(tmpdir(), 'cliprelay-otio-'))) });
    const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!;
    const write = host.writeGainEnvelopes([{ clipId: bed.id, points: [{ timeSeconds: 2, gainDb: -9 }] }], 'Duck');
    await expect(write).rejects.toThrow(/OTIO import needs Resolve 18\.6 or later/);
    expect(fake.state.timelines.map((timeline) => timeline.name)).toEqual(['Contract']);
    expect(host.journal.labels).toEqual([]);
  });

  it('says what to open when Resolve has no timeline', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO);
    fake.state.current = null;
    await expect(new ResolveHost(fake.resolve).readActiveSequence()).rejects.toBeInstanceOf(HostUnavailableError);
  });
});
