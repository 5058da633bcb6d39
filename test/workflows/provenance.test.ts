import { describe, expect, it } from 'vitest';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import type { SidecarWriter } from '../../src/platform/sidecar-writer';
import type { ClipProvenance } from '../../src/hosts/spec';
import { provenanceSidecarFileName, recordClipProvenance, serializeProvenanceSidecar } from '../../src/workflows/provenance';
import { CONTRACT_SCENARIO } from '../hosts/nle-host-contract';
import { parseProvenanceSidecar } from '../support/provenance-sidecar';

const provenance: ClipProvenance = {
  prompt: 'Gulls over the harbour',
  providerId: 'kling',
  model: 'kling-v2-6',
  jobId: 'task-9',
  seed: 0,
  costUsd: 0.35,
  createdAt: '2026-03-01T10:15:00.000Z',
};

function memorySidecars(fail = false) {
  const written = new Map<string, string>();
  const writer: SidecarWriter = {
    async writeBeside(mediaPath, fileName, text) {
      if (fail) throw new Error('disk full');
      const path = `${mediaPath.slice(0, mediaPath.lastIndexOf('/'))}/${fileName}`;
      written.set(path, text);
      return path;
    },
  };
  return { writer, written };
}

describe('provenance', () => {
  it('names the sidecar after the clip', () => {
    expect(provenanceSidecarFileName('/clips/gulls-kling-task9.mp4')).toBe('gulls-kling-task9.cliprelay.json');
    expect(provenanceSidecarFileName('C:\\clips\\take.2.mov')).toBe('take.2.cliprelay.json');
    expect(provenanceSidecarFileName('/clips/noext')).toBe('noext.cliprelay.json');
  });

  it('serializes a sidecar that parses back, and rejects one that is not ours', () => {
    const media = {
      fileName: 'a.mp4',
      durationSeconds: 5,
      width: 1280,
      height: 720,
      frameRate: 24,
      hasAudio: true,
      sha256: 'a'.repeat(64),
    };
    const text = serializeProvenanceSidecar(provenance, media);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseProvenanceSidecar(text)).toEqual({ format: 'cliprelay.provenance', version: 1, media, provenance });
    expect(() => parseProvenanceSidecar('{"format":"other"}')).toThrow();
  });

  it('is recorded in the project and beside the media; a failing sidecar becomes a warning, not an error', async () => {
    const host = new SandboxHost(createSandboxState(CONTRACT_SCENARIO), {
      probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
    });
    const imported = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
    const media = { durationSeconds: 5, width: 1280, height: 720, frameRate: 24, hasAudio: true, sha256: null };
    const ok = memorySidecars();
    const recorded = await recordClipProvenance({
      host,
      sidecars: ok.writer,
      itemId: imported.itemId,
      mediaPath: imported.mediaPath,
      media,
      provenance,
    });
    expect(recorded).toEqual({ sidecarPath: '/media/new-clip.cliprelay.json', inProject: true, warnings: [] });
    expect(await host.readProvenance(imported.itemId)).toEqual(provenance);
    expect(parseProvenanceSidecar(ok.written.get('/media/new-clip.cliprelay.json')!).media.fileName).toBe('new-clip.mp4');

    const failing = memorySidecars(true);
    const partial = await recordClipProvenance({
      host,
      sidecars: failing.writer,
      itemId: imported.itemId,
      mediaPath: imported.mediaPath,
      media,
      provenance,
    });
    expect(partial.sidecarPath).toBeNull();
    expect(partial.warnings.map((warning) => warning.message)).toEqual([
      'The provenance sidecar could not be written beside new-clip.mp4: disk full',
    ]);
    const gone = await recordClipProvenance({
      host,
      sidecars: ok.writer,
      itemId: 'item-missing',
      mediaPath: imported.mediaPath,
      media,
      provenance,
    });
    expect(gone.inProject).toBe(false);
    expect(gone.warnings[0]?.message).toMatch(/could not be written into the project/);
  });
});
