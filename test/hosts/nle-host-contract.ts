import { describe, expect, it } from 'vitest';
import { HostOperationError, TrackOccupiedError, type ClipProvenance, type NleHost, type VolumeAutomation } from '../../src/hosts/spec';
import type { HostScenario } from '../support/host-scenario';

/**
 * What a host under contract test exposes besides NleHost: its undo, as the editor's Edit › Undo, and
 * the editor's own keyframe edit (as in Effect Controls), at a sequence time in absolute dB.
 */
interface HostUnderTest {
  readonly host: NleHost;
  undo(): void;
  undoCount(): number;
  editorAddsKeyframe(clipId: string, timeSeconds: number, levelDb: number): Promise<void>;
  /** False where the host version has no API for the timeline's In/Out marks (Resolve before 19.0). @default true */
  readonly readsInOutMarks?: boolean;
  /** Clip positions read back in whole frames (Resolve before 19.0.2 has no subframe precision). @default false */
  readonly readsWholeFramesOnly?: boolean;
}

const PROVENANCE: ClipProvenance = {
  prompt: 'Rain on a neon street at night, 35 mm, "wet" reflections & <distant> thunder',
  providerId: 'kling',
  model: 'kling-v2-6',
  jobId: 'task-0001',
  seed: 0,
  costUsd: null,
  createdAt: '2026-03-01T10:15:00.000Z',
};

export const CONTRACT_SCENARIO: HostScenario = {
  sequenceName: 'Contract',
  frameRate: 25,
  playheadSeconds: 3,
  videoTracks: [{ name: 'Video 1', clips: [{ name: 'Title', mediaPath: '/media/title.mov', startSeconds: 0, endSeconds: 3 }] }],
  audioTracks: [
    {
      name: 'Voice-over',
      clips: [
        { name: 'VO 1', mediaPath: '/media/vo-1.wav', startSeconds: 0.5, endSeconds: 2 },
        { name: 'VO 2', mediaPath: '/media/vo-2.wav', startSeconds: 4, endSeconds: 5.6, disabled: true },
      ],
    },
    // Bed: head-trimmed by 2 s, so keyframe media time differs from sequence time. Bed 2×: retimed,
    // which only a host that says it ducks retimed clips may key.
    {
      name: 'Music',
      muted: true,
      clips: [
        { name: 'Bed', mediaPath: '/media/bed.wav', startSeconds: 1, endSeconds: 9, inPointSeconds: 2 },
        { name: 'Bed 2x', mediaPath: '/media/bed.wav', startSeconds: 10, endSeconds: 12, inPointSeconds: 1, speed: 2 },
      ],
    },
  ],
  frameWidth: 1280,
  frameHeight: 720,
  inPointSeconds: 2,
  outPointSeconds: 8,
  media: {
    '/media/new-clip.mp4': { durationSeconds: 5, hasVideo: true, hasAudio: true },
    '/media/title.mov': { durationSeconds: 3, hasVideo: true, hasAudio: false },
    '/media/vo-1.wav': { durationSeconds: 1.5, hasVideo: false, hasAudio: true },
    '/media/vo-2.wav': { durationSeconds: 1.6, hasVideo: false, hasAudio: true },
    '/media/bed.wav': { durationSeconds: 30, hasVideo: false, hasAudio: true },
  },
};

/** The NleHost contract: every host (Premiere on its fake, the sandbox) must pass the same tests. */
export function describeNleHostContract(name: string, create: (scenario: HostScenario) => Promise<HostUnderTest>): void {
  describe(`${name} honours the NleHost contract`, () => {
    it('reads the active sequence: tracks, clips, in points, speed, disabled and muted state', async () => {
      const { host, readsInOutMarks, readsWholeFramesOnly } = await create(CONTRACT_SCENARIO);
      const onFrame = (seconds: number) => (readsWholeFramesOnly === true ? Math.round(seconds * 25) / 25 : seconds);
      const sequence = await host.readActiveSequence();
      const marks = readsInOutMarks === false ? { inPointSeconds: null, outPointSeconds: null } : { inPointSeconds: 2, outPointSeconds: 8 };
      expect(sequence).toMatchObject({ frameWidth: 1280, frameHeight: 720, ...marks, endSeconds: 12 });
      expect(sequence.projectName).not.toBe('');
      expect(sequence.frameRate).toBe(25);
      expect(sequence.playheadSeconds).toBeCloseTo(3, 6);
      expect(sequence.videoTracks.map((track) => track.clips.map((clip) => clip.name))).toEqual([['Title']]);
      const [voice, music] = sequence.audioTracks;
      expect(voice?.clips.map((clip) => [clip.name, clip.startSeconds, clip.endSeconds, clip.disabled])).toEqual([
        ['VO 1', onFrame(0.5), 2, false],
        ['VO 2', 4, 5.6, true],
      ]);
      expect(music?.muted).toBe(true);
      expect(music?.clips[0]).toMatchObject({
        name: 'Bed',
        mediaPath: '/media/bed.wav',
        inPointSeconds: 2,
        speed: 1,
        trackKind: 'audio',
        trackIndex: 1,
      });
      expect(music?.clips[1]).toMatchObject({ name: 'Bed 2x', inPointSeconds: 1, speed: 2 });
    });

    it('imports into a bin and places linked video and audio on the given tracks without touching other clips', async () => {
      const { host, undo, undoCount } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
      expect(media).toMatchObject({ mediaPath: '/media/new-clip.mp4', binPath: ['ClipRelay'] });
      const before = await host.readActiveSequence();
      const undoBefore = undoCount();
      const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
      expect(undoCount()).toBe(undoBefore + 1);
      expect(placed.startSeconds).toBeCloseTo(3, 6);
      expect(placed.endSeconds).toBeCloseTo(8, 6);
      const after = await host.readActiveSequence();
      expect(after.videoTracks[0]?.clips.map((clip) => clip.name)).toHaveLength(2);
      expect(after.audioTracks).toHaveLength(3); // index = count created A3
      const newAudio = after.audioTracks[2]?.clips[0];
      expect(newAudio?.id).toBe(placed.audioClipId);
      expect(newAudio?.mediaPath).toBe('/media/new-clip.mp4');
      expect(after.audioTracks.slice(0, 2)).toEqual(before.audioTracks);
      undo();
      const undone = await host.readActiveSequence();
      expect(undone.videoTracks.map((track) => track.clips.length)).toEqual([1]);
      expect(undone.audioTracks.flatMap((track) => track.clips)).toHaveLength(4);
    });

    it('places onto new tracks without moving anything, whatever edit the host needs for it', async () => {
      const { host } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
      const before = await host.readActiveSequence();
      const placed = await host.placeClip({ media, atSeconds: 0.5, videoTrackIndex: 1, audioTrackIndex: 2, undoLabel: 'Place' });
      const after = await host.readActiveSequence();
      expect(placed.videoClipId).not.toBe('');
      expect(after.videoTracks).toHaveLength(2);
      expect(after.audioTracks).toHaveLength(3);
      expect(after.videoTracks[0]).toEqual(before.videoTracks[0]);
      expect(after.audioTracks.slice(0, 2)).toEqual(before.audioTracks);
    });

    it('ducks a retimed clip at media-time positions only if it says it can; otherwise refuses and changes nothing', async () => {
      const { host, undoCount } = await create(CONTRACT_SCENARIO);
      const retimed = (await host.readActiveSequence()).audioTracks[1]!.clips[1]!;
      const undoBefore = undoCount();
      const write = host.writeGainEnvelopes(
        [
          {
            clipId: retimed.id,
            points: [
              { timeSeconds: 10.4, gainDb: 0 },
              { timeSeconds: 11, gainDb: -9 },
            ],
          },
        ],
        'Duck',
      );
      if (host.capabilities.ducksRetimedClips) {
        await write;
        const automation = await host.readVolumeAutomation(retimed.id);
        expect(automation.keyframes.map((kf) => [round(kf.timeSeconds), round(kf.levelDb)])).toEqual([
          [10.4, 0],
          [11, -9],
        ]);
        return;
      }
      await expect(write).rejects.toThrow(/retimed \(its speed is 200 %\)/);
      expect(undoCount()).toBe(undoBefore);
      expect((await host.readVolumeAutomation(retimed.id)).keyframes).toEqual([]);
    });

    it('writes envelopes relative to the current level, in one undo step, at media-time positions', async () => {
      const { host, undo, undoCount } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
      const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
      const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!;
      const before = await host.readVolumeAutomation(bed.id);
      expect(before.staticLevelDb).toBeCloseTo(0, 5);
      expect(before.keyframes).toEqual([]);

      const undoBefore = undoCount();
      const points = [
        { timeSeconds: 3.72, gainDb: 0 }, // 3.72 s snaps to the 3.72 frame at 25 fps (exact)
        { timeSeconds: 4, gainDb: -9 },
        { timeSeconds: 5.6, gainDb: -9 },
        { timeSeconds: 6.2, gainDb: 0 },
      ];
      if (!host.capabilities.writesGainKeyframes) {
        await expectStepsOrRefusal(host, [bed.id, placed.audioClipId!], points, { undo, undoCount });
        return;
      }
      await host.writeGainEnvelopes(
        [
          { clipId: bed.id, points },
          { clipId: placed.audioClipId!, points },
        ],
        'Duck',
      );
      expect(undoCount()).toBe(undoBefore + 1);
      for (const clipId of [bed.id, placed.audioClipId!]) {
        const automation = await host.readVolumeAutomation(clipId);
        expect(automation.keyframes.map((kf) => round(kf.timeSeconds))).toEqual([3.72, 4, 5.6, 6.2]);
        expect(automation.keyframes.map((kf) => round(kf.levelDb))).toEqual([0, -9, -9, 0]);
      }

      // Re-applying a deeper duck over the same range replaces ClipRelay's points, not add to them.
      await host.writeGainEnvelopes(
        [{ clipId: bed.id, points: points.map((p) => ({ ...p, gainDb: p.gainDb === 0 ? 0 : -12 })) }],
        'Duck again',
      );
      const reapplied = await host.readVolumeAutomation(bed.id);
      expect(reapplied.keyframes.map((kf) => round(kf.levelDb))).toEqual([0, -12, -12, 0]);

      undo();
      undo();
      expect((await host.readVolumeAutomation(bed.id)).keyframes).toEqual([]);
    });

    it('refuses an envelope for a clip that is gone and leaves every clip untouched', async () => {
      const { host, undoCount } = await create(CONTRACT_SCENARIO);
      const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!;
      const undoBefore = undoCount();
      const write = host.writeGainEnvelopes(
        [
          {
            clipId: bed.id,
            points: [
              { timeSeconds: 2, gainDb: 0 },
              { timeSeconds: 3, gainDb: -9 },
            ],
          },
          {
            clipId: 'audio:7:123',
            points: [
              { timeSeconds: 2, gainDb: 0 },
              { timeSeconds: 3, gainDb: -9 },
            ],
          },
        ],
        'Duck',
      );
      await expect(write).rejects.toBeInstanceOf(HostOperationError);
      expect(undoCount()).toBe(undoBefore);
      expect((await host.readVolumeAutomation(bed.id)).keyframes).toEqual([]);

      const twice = host.writeGainEnvelopes(
        [
          { clipId: bed.id, points: [{ timeSeconds: 2, gainDb: 0 }] },
          { clipId: bed.id, points: [{ timeSeconds: 3, gainDb: -9 }] },
        ],
        'Duck',
      );
      await expect(twice).rejects.toThrow(/two envelopes for audio clip/);
      expect(undoCount()).toBe(undoBefore);
    });

    it('refuses to place over an occupied span unless asked to overwrite', async () => {
      const { host, undo, undoCount } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
      expect(media.binPath).toEqual(['ClipRelay', 'Kling']);
      const before = await host.readActiveSequence();
      const undoBefore = undoCount();
      // V1 holds the title 0–3 s: a clip at 1 s would cover part of it.
      const refused = host.placeClip({ media, atSeconds: 1, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
      await expect(refused).rejects.toBeInstanceOf(TrackOccupiedError);
      await expect(refused).rejects.toMatchObject({ trackKind: 'video', trackIndex: 0, occupiedBy: 'Title' });
      expect(undoCount()).toBe(undoBefore);
      expect(await host.readActiveSequence()).toEqual(before);
      if (host.capabilities.overwritesOccupiedSpans === false) {
        const overwrite = host.placeClip({
          media,
          atSeconds: 1,
          videoTrackIndex: 0,
          audioTrackIndex: 1,
          overwrite: true,
          undoLabel: 'Overwrite',
        });
        await expect(overwrite).rejects.toBeInstanceOf(HostOperationError);
        expect(undoCount()).toBe(undoBefore);
        expect(await host.readActiveSequence()).toEqual(before);
        return;
      }

      // Overwrite on existing tracks (V1 and A2 "Music").
      await host.placeClip({ media, atSeconds: 1, videoTrackIndex: 0, audioTrackIndex: 1, overwrite: true, undoLabel: 'Overwrite' });
      expect(undoCount()).toBe(undoBefore + 1);
      const after = await host.readActiveSequence();
      // The title is trimmed to 0–1 s; the new clip covers 1–6 s.
      expect(after.videoTracks[0]?.clips.map((clip) => [clip.name, round(clip.startSeconds), round(clip.endSeconds)])).toEqual([
        ['Title', 0, 1],
        [after.videoTracks[0]?.clips[1]?.name, 1, 6],
      ]);
      undo();
      expect(await host.readActiveSequence()).toEqual(before);
    });

    it('writes provenance into the project item in one undo step and reads it back', async () => {
      const { host, undo, undoCount } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
      expect(await host.readProvenance(media.itemId)).toBeNull();
      const undoBefore = undoCount();
      await host.writeProvenance(media.itemId, PROVENANCE);
      expect(undoCount()).toBe(undoBefore + 1);
      expect(await host.readProvenance(media.itemId)).toEqual(PROVENANCE);

      const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
      const clip = (await host.readActiveSequence()).audioTracks[2]?.clips.find((candidate) => candidate.id === placed.audioClipId);
      expect(clip?.projectItemId).toBe(media.itemId);
      await host.writeProvenance(media.itemId, { ...PROVENANCE, seed: 123456789012, costUsd: 0.35 });
      expect(await host.readProvenance(media.itemId)).toMatchObject({ seed: 123456789012, costUsd: 0.35 });
      undo();
      undo();
      expect(await host.readProvenance(media.itemId)).toEqual(PROVENANCE);
      undo();
      expect(await host.readProvenance(media.itemId)).toBeNull();
      await expect(host.writeProvenance('no-such-item', PROVENANCE)).rejects.toBeInstanceOf(HostOperationError);
    });

    it('places a clip and records its provenance in ONE undo step: one Undo takes both back', async () => {
      const { host, undo, undoCount } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
      const undoBefore = undoCount();
      const outcome = await host.placeClip({
        media,
        atSeconds: 3,
        videoTrackIndex: 0,
        audioTrackIndex: 2,
        undoLabel: 'Place',
        provenance: PROVENANCE,
      });
      expect(undoCount()).toBe(undoBefore + 1);
      expect(outcome.provenanceRecorded).toBe(host.capabilities.writesProvenance);
      if (host.capabilities.writesProvenance) expect(await host.readProvenance(media.itemId)).toEqual(PROVENANCE);
      const placedOn = (await host.readActiveSequence()).audioTracks[2]?.clips.map((clip) => clip.id);
      expect(placedOn).toContain(outcome.audioClipId);

      undo();
      const undone = await host.readActiveSequence();
      expect(undone.audioTracks[2]?.clips.map((clip) => clip.id) ?? []).not.toContain(outcome.audioClipId);
      expect(await host.readProvenance(media.itemId)).toBeNull();
    });

    it('places without provenance when none is asked for, and says it recorded none', async () => {
      const { host } = await create(CONTRACT_SCENARIO);
      const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
      const outcome = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
      expect(outcome.provenanceRecorded).toBe(false);
      expect(await host.readProvenance(media.itemId)).toBeNull();
    });

    it("re-applying replaces only ClipRelay's keyframes: the editor's keyframe inside the range survives", async () => {
      const { host, editorAddsKeyframe } = await create(CONTRACT_SCENARIO);
      const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!;
      const points = (duckDb: number) => [
        { timeSeconds: 3.72, gainDb: 0 },
        { timeSeconds: 4, gainDb: duckDb },
        { timeSeconds: 5.6, gainDb: duckDb },
        { timeSeconds: 6.2, gainDb: 0 },
      ];
      if (!host.capabilities.writesGainKeyframes) {
        // No keyframes for an editor to add: re-applying must still replace ClipRelay's own steps, never stack on them.
        if (!host.capabilities.writesGainSteps)
          return expect(host.writeGainEnvelopes([{ clipId: bed.id, points: points(-9) }], 'Duck')).rejects.toBeInstanceOf(
            HostOperationError,
          );
        await host.writeGainEnvelopes([{ clipId: bed.id, points: points(-9) }], 'Duck');
        await host.writeGainEnvelopes([{ clipId: bed.id, points: points(-12) }], 'Duck again');
        const steps = await host.readVolumeAutomation(bed.id);
        expect([3, 4.5, 5, 7].map((t) => heldLevelAt(steps, t))).toEqual([0, -12, -12, 0]);
        return;
      }
      await host.writeGainEnvelopes([{ clipId: bed.id, points: points(-9) }], 'Duck');
      // The editor pulls the bed down to −3 dB at 5 s, inside ClipRelay's range.
      await editorAddsKeyframe(bed.id, 5, -3);
      await host.writeGainEnvelopes([{ clipId: bed.id, points: points(-12) }], 'Duck again');

      const automation = await host.readVolumeAutomation(bed.id);
      const summary = automation.keyframes.map((kf) => [round(kf.timeSeconds), round(kf.levelDb), kf.writtenByClipRelay]);
      // Every ClipRelay point is relative to the bed's own level (−3 dB from the editor's keyframe), not to the earlier duck.
      expect(summary).toEqual([
        [3.72, -3, true],
        [4, -15, true],
        [5, -3, false],
        [5.6, -15, true],
        [6.2, -3, true],
      ]);
    });
  });
}

/** A stepped automation's level at a time: the last point at or before it holds (VolumeAutomation from a steps host). */
function heldLevelAt(automation: VolumeAutomation, timeSeconds: number): number {
  const held = automation.keyframes.filter((kf) => kf.timeSeconds <= timeSeconds + 1e-9).at(-1);
  return round(held?.levelDb ?? automation.staticLevelDb);
}

/**
 * A host without gain keyframes either lays the envelope as level steps (plateaus exact, ramps within one
 * 1.5 dB step of the straight line, re-applying replaces its own steps, one undo step) or refuses it and
 * changes nothing.
 */
async function expectStepsOrRefusal(
  host: NleHost,
  clipIds: readonly string[],
  points: readonly { timeSeconds: number; gainDb: number }[],
  { undo, undoCount }: Pick<HostUnderTest, 'undo' | 'undoCount'>,
): Promise<void> {
  const undoBefore = undoCount();
  const write = host.writeGainEnvelopes(
    clipIds.map((clipId) => ({ clipId, points })),
    'Duck',
  );
  if (!host.capabilities.writesGainSteps) {
    await expect(write).rejects.toBeInstanceOf(HostOperationError);
    expect(undoCount()).toBe(undoBefore);
    for (const clipId of clipIds) expect((await host.readVolumeAutomation(clipId)).keyframes).toEqual([]);
    return;
  }
  await write;
  expect(undoCount()).toBe(undoBefore + 1);
  for (const clipId of clipIds) {
    const steps = await host.readVolumeAutomation(clipId);
    expect(steps.keyframes.every((kf) => kf.writtenByClipRelay)).toBe(true);
    expect([3.5, 4, 4.5, 5.5, 6.2, 7].map((t) => heldLevelAt(steps, t))).toEqual([0, -9, -9, -9, 0, 0]);
    // Mid-ramp (3.86 s of 3.72→4 s, 0→−9 dB): within one step of the straight line (−4.5 dB).
    expect(Math.abs(heldLevelAt(steps, 3.86) + 4.5)).toBeLessThanOrEqual(1.5);
  }
  await host.writeGainEnvelopes(
    [{ clipId: clipIds[0]!, points: points.map((p) => ({ ...p, gainDb: p.gainDb === 0 ? 0 : -12 })) }],
    'Duck again',
  );
  expect(heldLevelAt(await host.readVolumeAutomation(clipIds[0]!), 4.5)).toBe(-12);
  undo();
  undo();
  for (const clipId of clipIds) expect((await host.readVolumeAutomation(clipId)).keyframes).toEqual([]);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
