import { describe, expect, it } from 'vitest';
import { runPremiereDiagnostics } from '../../../src/hosts/premiere/premiere-diagnostics';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { clipAudioTypeMethods } from '../../../src/hosts/premiere/premiere-probe-clip-audio-type';
import { createFakePremiere } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

describe('Essential Sound clip types on Premiere: isolated behind a probe', () => {
  it('finds no clip-type reader on a track item as the 26.3 API has it, and finds one a later Premiere might add', () => {
    class TrackItem {
      getName() {}
      getType() {}
      getMediaType() {}
    }
    class LaterTrackItem extends TrackItem {
      getAudioClipType() {}
      getEssentialSoundType() {}
    }
    expect(clipAudioTypeMethods(new TrackItem())).toEqual([]);
    expect(clipAudioTypeMethods(new LaterTrackItem())).toEqual(['getAudioClipType', 'getEssentialSoundType']);
  });

  it('reports the finding in Diagnostics, and the host says it reads no clip types', async () => {
    const fake = createFakePremiere(scenario);
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    expect(host.capabilities.readsClipAudioTypes).toBe(false);
    const report = await runPremiereDiagnostics(fake.ppro, {
      host,
      hostInfo: null,
      now: () => Date.UTC(2026, 11, 6),
      scratch: false,
    });
    expect(report.facts.clipAudioTypeMethods).toEqual([]);
    expect(report.entries.find((entry) => entry.section === 'Essential Sound clip types')).toMatchObject({
      label: 'Clip type reader',
      status: 'info',
      value: expect.stringContaining('track roles come from track names and your choices'),
    });
    // Without a reader, the snapshot carries no clip type.
    const sequence = await host.readActiveSequence();
    expect(sequence.audioTracks.flatMap((track) => track.clips).some((clip) => clip.audioClipType != null)).toBe(false);
  });
});
