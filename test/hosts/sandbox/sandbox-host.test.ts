import { describe, expect, it } from 'vitest';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { HostOperationError } from '../../../src/hosts/spec';
import type { HostScenario } from '../../support/host-scenario';
import { CONTRACT_SCENARIO, describeNleHostContract } from '../nle-host-contract';

function sandboxFor(scenario: HostScenario) {
  return new SandboxHost(createSandboxState(scenario), {
    probeMedia: async (path) => {
      const media = scenario.media[path];
      if (media == null) throw new Error(`no file at ${path}`);
      return media;
    },
  });
}

describeNleHostContract('SandboxHost', async (scenario) => {
  const host = sandboxFor(scenario);
  return {
    host,
    undo: () => void host.undo(),
    undoCount: () => host.undoLabels.length,
    editorAddsKeyframe: async (clipId, timeSeconds, levelDb) => host.addEditorKeyframe(clipId, timeSeconds, levelDb),
  };
});

describe('SandboxHost specifics', () => {
  it('stores keyframes in media time like Premiere (inPoint + (t − start) × speed)', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    // "Bed 2x": starts at 10 s, In point 1 s, twice as fast.
    const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[1]!;
    await host.writeGainEnvelopes(
      [
        {
          clipId: bed.id,
          points: [
            { timeSeconds: 10.52, gainDb: 0 },
            { timeSeconds: 11, gainDb: -6 },
          ],
        },
      ],
      'Duck',
    );
    const stored = host.state.audioTracks[1]!.clips[1]!.keyframes;
    expect(stored.map((kf) => kf.mediaSeconds)).toEqual([1 + (10.52 - 10) * 2, 1 + (11 - 10) * 2]);
  });

  it('refuses to overwrite an occupied span, leaving the timeline as it was', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    const before = host.state;
    await expect(
      host.placeClip({ media, atSeconds: 1, videoTrackIndex: 0, audioTrackIndex: 0, undoLabel: 'Place' }),
    ).rejects.toBeInstanceOf(HostOperationError);
    expect(host.state).toBe(before);
  });

  it('links the placed video and audio and names the undo step', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    const placed = await host.placeClip({
      media,
      atSeconds: 3,
      videoTrackIndex: 0,
      audioTrackIndex: 2,
      undoLabel: 'ClipRelay: place clip',
    });
    const video = host.state.videoTracks[0]!.clips.find((clip) => clip.id === placed.videoClipId)!;
    const audio = host.state.audioTracks[2]!.clips.find((clip) => clip.id === placed.audioClipId)!;
    expect(video.linkId).not.toBeNull();
    expect(audio.linkId).toBe(video.linkId);
    expect(host.undoLabels.at(-1)).toBe('ClipRelay: place clip');
  });
});
