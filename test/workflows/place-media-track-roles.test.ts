import { describe, expect, it } from 'vitest';
import { sequenceRoleKey, trackRoleChoicesFor } from '../../src/domain/preferences/sequence-track-roles';
import type { TrackRole } from '../../src/domain/tracks/track-role';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import { placeMedia } from '../../src/workflows/place-media';

/** Two free audio tracks whose names say nothing: only the editor's role choice can rule one out. */
function host(): SandboxHost {
  const state = createSandboxState({
    sequenceName: 'Promo 30s',
    frameRate: 25,
    playheadSeconds: 0,
    videoTracks: [{ name: 'Video 1', clips: [] }],
    audioTracks: [
      { name: 'Audio 1', clips: [] },
      { name: 'Audio 2', clips: [] },
    ],
  });
  return new SandboxHost(state, { probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }) });
}

/** As the panel composes it: the roles remembered for the sequence the clip goes into. */
const placementFrom = (stored: Record<string, Record<string, TrackRole>>) => (sequence: Parameters<typeof sequenceRoleKey>[0]) => ({
  trackRoles: trackRoleChoicesFor(stored, sequence),
});

describe('Generate places by the Duck tab’s track roles for the sequence it places into', () => {
  it('never places on a track the editor called voice in this sequence, and ignores choices made for another sequence', async () => {
    const key = sequenceRoleKey({ projectPath: '', projectName: 'Sandbox project', name: 'Promo 30s', sequenceId: 'sandbox-sequence-1' });
    // Choices remembered under the names, before hosts gave a sequence id, still count.
    const byNames = sequenceRoleKey({ projectPath: '', projectName: 'Sandbox project', name: 'Promo 30s' });
    const cases = [
      { stored: { [key]: { '0': 'voice' as const } }, expectedTrack: 1 },
      { stored: { [byNames]: { '0': 'voice' as const } }, expectedTrack: 1 },
      { stored: { [`${key} (copy)`]: { '0': 'voice' as const } }, expectedTrack: 0 },
    ];
    for (const { stored, expectedTrack } of cases) {
      const target = host();
      await placeMedia({
        host: target,
        mediaPath: '/m/a.mp4',
        durationSeconds: 5,
        binPath: ['ClipRelay'],
        undoLabel: 'Place',
        placement: placementFrom(stored),
      });
      const sequence = await target.readActiveSequence();
      expect(sequence.audioTracks.findIndex((track) => track.clips.length > 0)).toBe(expectedTrack);
    }
  });
});

describe('Generate reads Essential Sound clip types where the host has them', () => {
  it('never places on a track whose clips are typed Dialogue, even when its name says nothing', async () => {
    const target = new SandboxHost(
      createSandboxState({
        sequenceName: 'Typed',
        frameRate: 25,
        playheadSeconds: 0,
        videoTracks: [{ name: 'Video 1', clips: [] }],
        audioTracks: [
          // The dialogue clip is later in the sequence, so A1 is free where the new clip goes.
          { name: 'Audio 1', clips: [{ name: 'line', mediaPath: '/l.wav', startSeconds: 20, endSeconds: 22, audioClipType: 'dialogue' }] },
          { name: 'Audio 2', clips: [] },
        ],
      }),
      { probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }) },
    );
    await placeMedia({
      host: target,
      mediaPath: '/m/a.mp4',
      durationSeconds: 5,
      binPath: ['ClipRelay'],
      undoLabel: 'Place',
      placement: () => ({}),
    });
    const sequence = await target.readActiveSequence();
    expect(sequence.audioTracks[1]?.clips.map((clip) => clip.mediaPath)).toEqual(['/m/a.mp4']);
    expect(sequence.audioTracks[0]?.clips.map((clip) => clip.name)).toEqual(['line']);
  });
});
