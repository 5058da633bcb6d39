import { describe, expect, it } from 'vitest';
import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { applyDucking } from '../../src/workflows/apply-ducking';
import { scenario } from '../hosts/premiere/premiere-fixtures';
import { builtinPreset } from '../support/builtin-preset';
import { createFakePremiere } from '../support/fake-premierepro';

describe('applyDucking passes the host\u2019s warnings on to the editor', () => {
  it('a re-duck whose keyframe record cannot be read ends with the warning in the result the Duck tab shows', async () => {
    const fake = createFakePremiere({
      ...scenario,
      audioTracks: [
        { name: 'VO', clips: [{ name: 'Voice', mediaPath: '/media/vo.wav', startSeconds: 2, endSeconds: 5 }] },
        { name: 'Bed', clips: [{ name: 'Bed', mediaPath: '/media/bed.wav', startSeconds: 0, endSeconds: 10 }] },
      ],
    });
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const first = await applyDucking({ host, voiceTrackIndices: [0], preset: builtinPreset('standard') });
    expect(first.warnings).toEqual([]);
    fake.ppro.Metadata.getProjectMetadata = async () => {
      throw new TypeError('metadata unavailable');
    };
    const again = await applyDucking({ host, voiceTrackIndices: [0], preset: builtinPreset('strong') });
    expect(again.warnings).toEqual([
      expect.stringMatching(
        /^"Bed": ClipRelay could not read which keyframes it wrote here before \(.*metadata unavailable.*\), so it kept them/,
      ),
      expect.stringMatching(/^"bed\.wav": ClipRelay could not record which keyframes it wrote .*undo this duck before re-ducking\.$/),
    ]);
  });
});
