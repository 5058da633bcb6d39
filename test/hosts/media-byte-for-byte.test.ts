import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import type { NleHost } from '../../src/hosts/spec';
import { createNodeSidecarWriter } from '../../src/platform/node/node-sidecar-writer';
import { recordClipProvenance } from '../../src/workflows/provenance';
import { createFakePremiere } from '../support/fake-premierepro';
import type { HostScenario } from '../support/host-scenario';
import { parseProvenanceSidecar } from '../support/provenance-sidecar';
import { CONTRACT_SCENARIO } from './nle-host-contract';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-bytes-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const hosts: Array<[string, (scenario: HostScenario) => NleHost]> = [
  ['PremiereHost on the fake', (scenario) => new PremiereHost(createFakePremiere(scenario).ppro, { delay: async () => undefined })],
  ['SandboxHost', (scenario) => new SandboxHost(createSandboxState(scenario), { probeMedia: async (path) => scenario.media[path]! })],
];

describe.each(hosts)('%s imports media byte for byte', (_, createHost) => {
  it('leaves the file exactly as downloaded through import, placement, provenance and its sidecar', async () => {
    const mediaPath = join(directory, 'gulls-kling-task9.mp4');
    // An MP4-shaped file: an ftyp box, then bytes that would change if anything re-muxed or tagged it.
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 31 + 7) % 256);
    bytes.set([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70], 0);
    writeFileSync(mediaPath, bytes);
    const before = sha256(mediaPath);

    const host = createHost({
      ...CONTRACT_SCENARIO,
      media: { ...CONTRACT_SCENARIO.media, [mediaPath]: { durationSeconds: 5, hasVideo: true, hasAudio: true } },
    });
    const media = await host.importMedia(mediaPath, ['ClipRelay', 'Kling']);
    await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 1, audioTrackIndex: 2, undoLabel: 'Place' });
    const provenance = {
      prompt: 'Gulls',
      providerId: 'kling',
      model: 'kling-v2-6',
      jobId: 'task-9',
      seed: null,
      costUsd: 0.35,
      createdAt: new Date(0).toISOString(),
    };
    const recorded = await recordClipProvenance({
      host,
      sidecars: createNodeSidecarWriter(),
      itemId: media.itemId,
      mediaPath,
      media: { durationSeconds: 5, width: 1280, height: 720, frameRate: 24, hasAudio: true, sha256: before },
      provenance,
    });

    expect(recorded.warnings).toEqual([]);
    expect(sha256(mediaPath)).toBe(before);
    expect(readdirSync(directory).sort()).toEqual(['gulls-kling-task9.cliprelay.json', 'gulls-kling-task9.mp4']);
    const sidecar = parseProvenanceSidecar(readFileSync(recorded.sidecarPath!, 'utf8'));
    expect(sidecar.media.sha256).toBe(before);
    expect(sidecar.provenance).toEqual(provenance);
    expect(await host.readProvenance(media.itemId)).toEqual(provenance);
  });
});
