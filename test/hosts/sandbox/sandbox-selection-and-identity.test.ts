import { describe, expect, it } from 'vitest';
import { createSandboxState, loadSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { HostOperationError } from '../../../src/hosts/spec';
import type { HostScenario } from '../../support/host-scenario';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

function sandboxFor(scenario: HostScenario) {
  return new SandboxHost(createSandboxState(scenario), {
    probeMedia: async (path) => {
      const media = scenario.media[path];
      if (media == null) throw new Error(`no file at ${path}`);
      return media;
    },
  });
}

const ids = async (host: SandboxHost) => {
  const sequence = await host.readActiveSequence();
  const byName = new Map(
    [...sequence.videoTracks, ...sequence.audioTracks].flatMap((track) => track.clips.map((clip) => [clip.name, clip.id])),
  );
  return (name: string) => byName.get(name)!;
};

describe('the sandbox timeline selection (what "Only selected clips" ducks)', () => {
  it('says it reads the selection; nothing is selected at first, and a seeded selection is read back', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    expect(host.capabilities.readsSelection).toBe(true);
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([]);
    const seeded = sandboxFor({
      ...CONTRACT_SCENARIO,
      audioTracks: CONTRACT_SCENARIO.audioTracks.map((track) => ({
        ...track,
        clips: track.clips.map((clip) => ({ ...clip, selected: clip.name === 'Bed' })),
      })),
    });
    const id = await ids(seeded);
    expect((await seeded.readActiveSequence()).selectedClipIds).toEqual([id('Bed')]);
  });

  it('selects as a click does, with no undo step, and refuses a clip that is not on the timeline', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    const id = await ids(host);
    host.setSelectedClips([id('Bed'), id('Bed 2x')]);
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([id('Bed'), id('Bed 2x')]);
    host.setSelectedClips([id('VO 1')]);
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([id('VO 1')]);
    expect(host.undoLabels).toEqual([]);
    expect(() => host.setSelectedClips(['clip-999'])).toThrow(HostOperationError);
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([id('VO 1')]);
  });

  it('toggles a clip and its linked partner together (linked selection), as shift-click in Premiere', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    const placed = await host.placeClip({ media, atSeconds: 20, videoTrackIndex: 0, audioTrackIndex: 1, undoLabel: 'Place' });
    const id = await ids(host);
    host.toggleClipSelected(placed.videoClipId);
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([placed.videoClipId, placed.audioClipId]);
    host.toggleClipSelected(id('Bed'));
    expect((await host.readActiveSequence()).selectedClipIds).toHaveLength(3);
    host.toggleClipSelected(placed.audioClipId!);
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([id('Bed')]);
  });

  it('keeps the selection through an undo, less any clip the undo took away', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay']);
    const placed = await host.placeClip({ media, atSeconds: 20, videoTrackIndex: 0, audioTrackIndex: 1, undoLabel: 'Place' });
    const id = await ids(host);
    host.setSelectedClips([id('Bed'), placed.audioClipId!]);
    expect(host.undo()).toBe('Place');
    expect((await host.readActiveSequence()).selectedClipIds).toEqual([id('Bed')]);
  });
});

describe('the sandbox sequence’s stable id', () => {
  it('stays when the sequence is renamed (one undo step), as a Premiere guid does', async () => {
    const host = sandboxFor(CONTRACT_SCENARIO);
    const before = await host.readActiveSequence();
    expect(before.sequenceId).toBe('sandbox-sequence-1');
    host.renameSequence('Contract (client cut)');
    const after = await host.readActiveSequence();
    expect(after).toMatchObject({ name: 'Contract (client cut)', sequenceId: before.sequenceId });
    expect(host.undoLabels).toEqual(['Rename sequence']);
  });

  it('reads no id from a state saved before sandbox sequences had one, so the names key it', async () => {
    const { sequenceId: _dropped, ...saved } = createSandboxState(CONTRACT_SCENARIO);
    const host = new SandboxHost(saved, { probeMedia: async () => ({ durationSeconds: 1, hasVideo: true, hasAudio: true }) });
    expect((await host.readActiveSequence()).sequenceId).toBeUndefined();
  });
});

describe('a sandbox project saved before sequences had ids', () => {
  it('gets the demo sequence’s id when loaded, so its name-keyed roles can move to it; a saved id is kept', () => {
    const { sequenceId: _dropped, ...old } = createSandboxState(CONTRACT_SCENARIO);
    const stored = new Map<string, string>([
      ['old', JSON.stringify(old)],
      ['new', JSON.stringify({ ...old, sequenceId: 'sequence-7' })],
    ]);
    const storage = { getItem: (key: string) => stored.get(key) ?? null } as Storage;
    expect(loadSandboxState(storage, 'old')?.sequenceId).toBe('sandbox-sequence-1');
    expect(loadSandboxState(storage, 'new')?.sequenceId).toBe('sequence-7');
  });
});

describe('Essential Sound clip types in the sandbox', () => {
  it('reads the type an audio clip was given, and none where it has none', async () => {
    const host = sandboxFor({
      ...CONTRACT_SCENARIO,
      audioTracks: [
        {
          name: 'Audio 1',
          clips: [{ name: 'Line', mediaPath: '/media/vo-1.wav', startSeconds: 0, endSeconds: 1, audioClipType: 'dialogue' }],
        },
        { name: 'Audio 2', clips: [{ name: 'Bed', mediaPath: '/media/bed.wav', startSeconds: 0, endSeconds: 9 }] },
      ],
    });
    expect(host.capabilities.readsClipAudioTypes).toBe(true);
    const [first, second] = (await host.readActiveSequence()).audioTracks;
    expect(first?.clips[0]?.audioClipType).toBe('dialogue');
    expect(second?.clips[0]).not.toHaveProperty('audioClipType');
  });
});
