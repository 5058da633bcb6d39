import { describe, expect, it } from 'vitest';
import { builtinPreset } from '../support/builtin-preset';
import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { applyDucking } from '../../src/workflows/apply-ducking';
import { createFakePremiere } from '../support/fake-premierepro';
import { scenario } from '../hosts/premiere/premiere-fixtures';

const standard = builtinPreset('standard');

describe('applyDucking on Premiere (fake)', () => {
  it('leaves retimed clips alone with a warning naming them, and ducks the rest in one undo step', async () => {
    const fake = createFakePremiere({
      ...scenario,
      audioTracks: [
        ...scenario.audioTracks,
        { name: 'Generated', clips: [{ name: 'Gen', mediaPath: '/media/interview-a.mov', startSeconds: 1, endSeconds: 8 }] },
      ],
    });
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const result = await applyDucking({ host, voiceTrackIndices: [0], preset: standard });
    expect(result.warnings).toEqual([
      expect.stringMatching(/^"Score" on A2 is retimed \(speed 200 %\); Premiere Pro cannot place ducking keyframes on it reliably yet/),
    ]);
    expect(result.envelopes.map((envelope) => envelope.clipId)).toEqual([expect.stringMatching(/^audio:3:/)]);
    expect(fake.undoLabels).toEqual(['ClipRelay: duck Standard (−9 dB)']);
  });

  it('ducks under a voice clip it cannot listen to by its whole extent, saying why', async () => {
    const fake = createFakePremiere(
      {
        ...scenario,
        audioTracks: [
          { name: 'VO', clips: [] },
          { name: 'Bed', clips: [{ name: 'Bed', mediaPath: '/media/interview-a.mov', startSeconds: 0, endSeconds: 20 }] },
        ],
      },
      { syntheticClips: [{ kind: 'nested-sequence', trackKind: 'audio', trackIndex: 0, name: 'VO nest', startSeconds: 4, endSeconds: 8 }] },
    );
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const reads: string[] = [];
    const result = await applyDucking({
      host,
      voiceTrackIndices: [0],
      preset: standard,
      voiceSource: 'speech',
      readMedia: (path) => {
        reads.push(path);
        throw new Error('must not be read');
      },
    });
    expect(reads).toEqual([]);
    expect(result.warnings).toEqual([
      '"VO nest" on A1 cannot be listened to (a nested sequence (analyse the clips inside it)); ducking under the whole clip instead.',
    ]);
    expect(result.voiceRegions).toEqual([{ startSeconds: 4, endSeconds: 8 }]);
  });
});
