import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import type { NleHost } from '../../src/hosts/spec';
import { applyDucking, planDucking } from '../../src/workflows/apply-ducking';
import { NothingSelectedToDuckError } from '../../src/workflows/selected-duck-targets';
import { builtinPreset } from '../support/builtin-preset';
import { createFakePremiere } from '../support/fake-premierepro';
import { scenario } from '../hosts/premiere/premiere-fixtures';

const standard = builtinPreset('standard');

/** A voice line from 4 to 5.6 s over three beds that all overlap it, on tracks named for their roles. */
function sandbox(): SandboxHost {
  return new SandboxHost(
    createSandboxState({
      sequenceName: 'Duck',
      frameRate: 25,
      playheadSeconds: 0,
      videoTracks: [{ name: 'Video 1', clips: [{ name: 'Shot', mediaPath: '/shot.mov', startSeconds: 0, endSeconds: 9 }] }],
      audioTracks: [
        { name: 'VO', clips: [{ name: 'line', mediaPath: '/vo.wav', startSeconds: 4, endSeconds: 5.6 }] },
        {
          name: 'Music',
          clips: [
            { name: 'score A', mediaPath: '/a.wav', startSeconds: 0, endSeconds: 4.5 },
            { name: 'score B', mediaPath: '/b.wav', startSeconds: 4.5, endSeconds: 9 },
          ],
        },
        { name: 'Generated', clips: [{ name: 'gen', mediaPath: '/gen.mp4', startSeconds: 3, endSeconds: 8 }] },
        { name: 'SFX', clips: [{ name: 'whoosh', mediaPath: '/whoosh.wav', startSeconds: 3, endSeconds: 6 }] },
      ],
    }),
    { probeMedia: async () => ({ durationSeconds: 10, hasVideo: false, hasAudio: true }) },
  );
}

async function clipIds(host: NleHost): Promise<Map<string, string>> {
  const sequence = await host.readActiveSequence();
  return new Map([...sequence.videoTracks, ...sequence.audioTracks].flatMap((track) => track.clips.map((clip) => [clip.name, clip.id])));
}

const duck = (host: NleHost) =>
  applyDucking({ host, voiceTrackIndices: [0], preset: standard, duckRoles: ['generated', 'music'], onlySelectedClips: true });

describe('"Only selected clips": ducking touches the selection and nothing else', () => {
  it('ducks only the selected clips on ducked tracks, as one undo step', async () => {
    const host = sandbox();
    const id = await clipIds(host);
    host.setSelectedClips([id.get('score B')!]);
    const result = await duck(host);
    expect(result.envelopes.map((envelope) => envelope.clipId)).toEqual([id.get('score B')]);
    expect(host.undoLabels).toEqual(['ClipRelay: duck Standard (−9 dB)']);
    const keyed = host.state.audioTracks.flatMap((track) => track.clips).filter((clip) => clip.keyframes.length > 0);
    expect(keyed.map((clip) => clip.name)).toEqual(['score B']);
  });

  it('says so, without writing, when nothing is selected', async () => {
    const host = sandbox();
    await expect(duck(host)).rejects.toMatchObject({ name: 'NothingSelectedToDuckError', reason: 'nothing-selected' });
    expect(host.undoLabels).toEqual([]);
  });

  it('says per clip why a selection holds nothing to duck: voice, a role not ticked, video', async () => {
    const host = sandbox();
    const id = await clipIds(host);
    host.setSelectedClips([id.get('line')!, id.get('whoosh')!, id.get('Shot')!]);
    const failure = await duck(host).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NothingSelectedToDuckError);
    const { message } = failure as NothingSelectedToDuckError;
    expect(message).toContain('None of the 3 selected clips can be ducked');
    expect(message).toContain('"line" is on the voice track A1');
    expect(message).toContain('"whoosh" is on A4 (effects), a role not ticked to duck');
    expect(message).toContain('1 video clip (only audio is ducked)');
    expect(message).toContain('untick "Only selected clips"');
    expect(host.undoLabels).toEqual([]);
  });

  it('refuses, naming the host, where the selection cannot be read', async () => {
    const host = sandbox();
    const blind: NleHost = Object.assign(Object.create(host) as NleHost, {
      readActiveSequence: async () => ({ ...(await host.readActiveSequence()), selectedClipIds: undefined }),
      capabilities: { ...host.capabilities, readsSelection: false },
    });
    await expect(planDucking({ host: blind, voiceTrackIndices: [0], preset: standard, onlySelectedClips: true })).rejects.toMatchObject({
      reason: 'selection-unreadable',
      message: expect.stringContaining('Sandbox does not tell ClipRelay which clips are selected'),
    });
  });

  it('never writes to a clip outside the selection, whatever is selected', async () => {
    const names = ['line', 'score A', 'score B', 'gen', 'whoosh', 'Shot'];
    await fc.assert(
      fc.asyncProperty(fc.subarray(names), async (chosen) => {
        const host = sandbox();
        const id = await clipIds(host);
        host.setSelectedClips(chosen.map((name) => id.get(name)!));
        await duck(host).catch((error: unknown) => {
          if (!(error instanceof NothingSelectedToDuckError)) throw error;
        });
        const keyed = host.state.audioTracks.flatMap((track) => track.clips).filter((clip) => clip.keyframes.length > 0);
        for (const clip of keyed) expect(chosen).toContain(clip.name);
        expect(keyed.map((clip) => clip.name)).not.toContain('line');
        expect(keyed.map((clip) => clip.name)).not.toContain('whoosh');
      }),
      { numRuns: 40 },
    );
  });
});

describe('"Only selected clips" on Premiere (fake): the selection read from each track item', () => {
  it('reads the selection and the sequence guid, and ducks only the selected clip', async () => {
    const fake = createFakePremiere({
      ...scenario,
      audioTracks: [
        ...scenario.audioTracks,
        {
          name: 'Generated',
          clips: [
            { name: 'Gen 1', mediaPath: '/media/interview-a.mov', startSeconds: 1, endSeconds: 5 },
            { name: 'Gen 2', mediaPath: '/media/interview-a.mov', startSeconds: 5, endSeconds: 9 },
          ],
        },
      ],
    });
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    expect(host.capabilities).toMatchObject({ readsSelection: true, readsClipAudioTypes: false });
    // The editor clicks Gen 2 and, with linked selection, the video of the interview on V1.
    fake.select([
      { kind: 'audio', trackIndex: 3, itemIndex: 1 },
      { kind: 'video', trackIndex: 0, itemIndex: 0 },
    ]);
    const sequence = await host.readActiveSequence();
    const gen2 = sequence.audioTracks[3]!.clips[1]!.id;
    expect(sequence.selectedClipIds).toEqual([sequence.videoTracks[0]!.clips[0]!.id, gen2]);
    expect(sequence.sequenceId).toMatch(/\S/);
    const result = await applyDucking({
      host,
      voiceTrackIndices: [0],
      preset: standard,
      duckRoles: ['generated'],
      onlySelectedClips: true,
    });
    expect(result.envelopes.map((envelope) => envelope.clipId)).toEqual([gen2]);
    expect(fake.undoLabels).toEqual(['ClipRelay: duck Standard (−9 dB)']);
  });

  it('keeps the sequence id through a rename, so remembered track roles follow it', async () => {
    const fake = createFakePremiere(scenario);
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const before = await host.readActiveSequence();
    fake.renameSequence('Ad cut v4');
    const after = await host.readActiveSequence();
    expect(after.name).toBe('Ad cut v4');
    expect(after.sequenceId).toBe(before.sequenceId);
  });
});
