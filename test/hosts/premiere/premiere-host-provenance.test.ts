import type { premierepro } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { PRIVATE_PROJECT_METADATA_NS } from '../../../src/hosts/premiere/premiere-private-xmp';
import type { XmpMetaLike, XmpToolkit } from '../../../src/hosts/premiere/premiere-xmp-toolkit';
import { HostOperationError, type ClipProvenance } from '../../../src/hosts/spec';
import { createFakePremiere } from '../../support/fake-premierepro';
import { parseFakeXmp, serializeFakeXmp } from '../../support/fake-premierepro/fake-xmp';
import { premiereOnFake, scenario } from './premiere-fixtures';

const provenance: ClipProvenance = {
  prompt: 'Harbour at dawn, gulls, distant foghorn',
  providerId: 'kling',
  model: 'kling-v2-6',
  jobId: 'task-42',
  seed: 7,
  costUsd: 0.7,
  createdAt: '2026-03-01T06:00:00.000Z',
};

/** A stand-in for `require('uxp').xmp`, recording what the host asks of it. */
function recordingToolkit() {
  const calls: string[] = [];
  class StandInXmpMeta implements XmpMetaLike {
    private readonly properties: Record<string, string>;
    constructor(packet?: string) {
      this.properties = packet == null ? {} : parseFakeXmp(packet);
    }
    static registerNamespace(uri: string, prefix: string): string {
      calls.push(`registerNamespace ${prefix}`);
      return prefix;
    }
    doesPropertyExist(ns: string, name: string) {
      return ns === PRIVATE_PROJECT_METADATA_NS && name in this.properties;
    }
    getProperty(ns: string, name: string) {
      return this.doesPropertyExist(ns, name) ? { value: this.properties[name] } : undefined;
    }
    setProperty(ns: string, name: string, value: string) {
      calls.push(`setProperty ${name}`);
      if (ns === PRIVATE_PROJECT_METADATA_NS) this.properties[name] = value;
    }
    deleteProperty(_ns: string, name: string) {
      calls.push(`deleteProperty ${name}`);
      delete this.properties[name];
    }
    serialize() {
      const { 'Column.Intrinsic.Name': name = '', ...rest } = this.properties;
      return serializeFakeXmp(name, rest);
    }
  }
  const toolkit: XmpToolkit = { XMPMeta: StandInXmpMeta };
  return { toolkit, calls };
}

describe('PremiereHost provenance', () => {
  it('registers ClipRelay columns and writes every field with ONE set-metadata action', async () => {
    const { fake, host } = premiereOnFake();
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay', 'Kling']);
    await host.writeProvenance(media.itemId, provenance, 'Tag clip');
    expect(fake.transactions.at(-1)).toEqual({ label: 'Tag clip', methods: ['createSetProjectMetadataAction'] });
    expect(fake.metadataSchema).toEqual(
      expect.arrayContaining([
        'ClipRelayPrompt',
        'ClipRelayProvider',
        'ClipRelayModel',
        'ClipRelayJobId',
        'ClipRelaySeed',
        'ClipRelayCostUsd',
        'ClipRelayCreated',
      ]),
    );
    const item = fake.snapshot().items.find((candidate) => candidate.id === media.itemId)!;
    expect(item.metadata).toMatchObject({
      ClipRelayPrompt: provenance.prompt,
      ClipRelaySeed: '7',
      ClipRelayCostUsd: '0.7',
      ClipRelayProvider: 'kling',
    });
    // A field without a value is removed rather than written empty.
    await host.writeProvenance(media.itemId, { ...provenance, seed: null }, 'Tag clip');
    expect(fake.snapshot().items.find((candidate) => candidate.id === media.itemId)!.metadata.ClipRelaySeed).toBeUndefined();
  });

  it('finds the item by id in nested bins even in a new session (no import hint)', async () => {
    const fake = createFakePremiere(scenario);
    const first = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const media = await first.importMedia('/gen/kling-002.mp4', ['ClipRelay', 'Kling', 'Day 1']);
    const later = new PremiereHost(fake.ppro, { delay: async () => undefined });
    await later.writeProvenance(media.itemId, provenance);
    expect(await later.readProvenance(media.itemId)).toEqual(provenance);
  });

  it('fails loudly when Premiere silently drops the columns', async () => {
    const fake = createFakePremiere(scenario);
    // A Premiere that answers the schema call but registers nothing: the set action then keeps no field.
    const ppro = {
      ...fake.ppro,
      Metadata: { ...fake.ppro.Metadata, addPropertyToProjectMetadataSchema: async () => false },
    } as premierepro;
    const host = new PremiereHost(ppro, { delay: async () => undefined });
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    await expect(host.writeProvenance(media.itemId, provenance)).rejects.toThrow(HostOperationError);
    await expect(host.writeProvenance(media.itemId, provenance)).rejects.toThrow(/did not keep the ClipRelay metadata/);
  });

  it("edits the metadata with UXP's XMPMeta when the host provides it", async () => {
    const fake = createFakePremiere(scenario);
    const { toolkit, calls } = recordingToolkit();
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined, xmp: toolkit });
    expect(host.metadataEditor.usesXmpToolkit).toBe(true);
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    await host.writeProvenance(media.itemId, provenance);
    expect(calls).toContain('registerNamespace premierePrivateProjectMetaData');
    expect(calls).toContain('setProperty ClipRelayPrompt');
    expect(await host.readProvenance(media.itemId)).toEqual(provenance);
  });

  it('keeps provenance and the keyframe record of one item apart', async () => {
    const { fake, host } = premiereOnFake();
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    await host.writeProvenance(media.itemId, provenance);
    const placed = await host.placeClip({ media, atSeconds: 30, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
    await host.writeGainEnvelopes(
      [
        {
          clipId: placed.audioClipId!,
          points: [
            { timeSeconds: 31, gainDb: 0 },
            { timeSeconds: 32, gainDb: -9 },
          ],
        },
      ],
      'Duck',
    );
    expect(await host.readProvenance(media.itemId)).toEqual(provenance);
    expect(Object.keys(fake.snapshot().items.find((item) => item.id === media.itemId)!.metadata)).toContain('ClipRelayKeyframes');
  });
});
