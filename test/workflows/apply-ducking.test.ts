import { describe, expect, it } from 'vitest';
import { builtinPreset } from '../support/builtin-preset';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import { applyDucking, planDucking } from '../../src/workflows/apply-ducking';

const standard = builtinPreset('standard');

function hostWith(voiceMuted = false) {
  return new SandboxHost(
    createSandboxState({
      sequenceName: 'Duck',
      frameRate: 25,
      playheadSeconds: 0,
      videoTracks: [],
      audioTracks: [
        { name: 'VO', muted: voiceMuted, clips: [{ name: 'line', mediaPath: '/vo.wav', startSeconds: 4, endSeconds: 5.6 }] },
        { name: 'Gen', clips: [{ name: 'gen', mediaPath: '/gen.mp4', startSeconds: 3, endSeconds: 8 }] },
        { name: 'Far', clips: [{ name: 'far', mediaPath: '/far.mp4', startSeconds: 20, endSeconds: 25 }] },
      ],
    }),
    { probeMedia: async () => ({ durationSeconds: 1, hasVideo: false, hasAudio: true }) },
  );
}

describe('applyDucking', () => {
  it('ducks only the clips the voice overlaps, never the voice itself, as one undo step', async () => {
    const host = hostWith();
    const result = await applyDucking({ host, voiceTrackIndices: [0], preset: standard });
    expect(result.envelopes.map((envelope) => envelope.clipId)).toEqual([host.state.audioTracks[1]!.clips[0]!.id]);
    expect(host.undoLabels).toEqual(['ClipRelay: duck Standard (−9 dB)']);
    expect(host.state.audioTracks[0]!.clips[0]!.keyframes).toEqual([]);
    expect(host.state.audioTracks[1]!.clips[0]!.keyframes.map((kf) => kf.levelDb)).toEqual([0, -9, -9, 0]);
    expect(host.state.audioTracks[2]!.clips[0]!.keyframes).toEqual([]);
  });

  it('previews without writing, and a muted voice track ducks nothing', async () => {
    const host = hostWith(true);
    const plan = await planDucking({ host, voiceTrackIndices: [0], preset: standard });
    expect(plan.voiceRegions).toEqual([]);
    expect(plan.envelopes).toEqual([]);
    await applyDucking({ host, voiceTrackIndices: [0], preset: standard });
    expect(host.undoLabels).toEqual([]);
  });
});
