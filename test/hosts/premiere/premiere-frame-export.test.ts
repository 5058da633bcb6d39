import type { premierepro, Sequence } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { exportSequenceFrame, type FrameFolder } from '../../../src/hosts/premiere/premiere-frame-export';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { HostOperationError } from '../../../src/hosts/spec';
import { createFakePremiere } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

interface ExportCall {
  readonly seconds: number;
  readonly filename: string;
  readonly filepath: string;
  readonly width: number;
  readonly height: number;
}

/** A data folder in memory, and an exporter that writes into it (or answers as told). */
function frameWorld(answer: 'writes' | 'returns false' | 'writes nothing' | 'writes late' | 'doubles the extension' = 'writes') {
  const files = new Map<string, Uint8Array>();
  const calls: ExportCall[] = [];
  const mediaReads: string[] = [];
  const delays: number[] = [];
  // A recording delay: "writes late" puts the file there after the third look.
  const delay = async (delayMs: number) => {
    delays.push(delayMs);
    if (answer === 'writes late' && delays.length === 3) files.set(pendingName, PNG);
  };
  let pendingName = '';
  const folder: FrameFolder = {
    nativePath: async () => '/Users/ed/Library/ClipRelay/PluginData',
    readFile: async (name) => {
      const bytes = files.get(name);
      if (bytes == null) throw new Error(`no ${name}`);
      return bytes;
    },
    readMediaFile: async (mediaPath) => {
      mediaReads.push(mediaPath);
      return PNG;
    },
  };
  const exporter = {
    exportSequenceFrame: async (
      _sequence: Sequence,
      time: { seconds: number },
      filename: string,
      filepath: string,
      width: number,
      height: number,
    ) => {
      calls.push({ seconds: time.seconds, filename, filepath, width, height });
      if (answer === 'returns false') return false;
      if (answer === 'writes') files.set(filename, PNG);
      if (answer === 'doubles the extension') files.set(`${filename}.png`, PNG);
      if (answer === 'writes late') pendingName = filename;
      return true;
    },
  } as unknown as premierepro['Exporter'];
  return { files, calls, mediaReads, delays, delay, folder, exporter };
}

describe('Premiere sequence frames through Exporter.exportSequenceFrame', () => {
  it('exports the frame into the data folder at a width that keeps the aspect ratio, and reads it back', async () => {
    const fake = createFakePremiere(scenario);
    const world = frameWorld();
    const ppro = { ...fake.ppro, Exporter: world.exporter };
    const sequence = await fake.project.getActiveSequence();
    const frame = await exportSequenceFrame(
      ppro,
      world.folder,
      sequence,
      { atSeconds: 5, frameRate: 25, widthPx: 1920, heightPx: 1080 },
      { maxWidthPx: 320, fileStem: 'thumbnail-job 7' },
      world.delay,
    );
    expect(world.calls).toEqual([
      { seconds: 5, filename: 'thumbnail-job-7.png', filepath: '/Users/ed/Library/ClipRelay/PluginData', width: 320, height: 180 },
    ]);
    expect(frame).toEqual({ bytes: PNG, mimeType: 'image/png', fileName: 'Frame at 00.00.05.00.png' });
  });

  it('never asks for a frame larger than the sequence', async () => {
    const fake = createFakePremiere(scenario);
    const world = frameWorld();
    const sequence = await fake.project.getActiveSequence();
    const frame = { atSeconds: 0, frameRate: 25, widthPx: 640, heightPx: 360 };
    await exportSequenceFrame(
      { ...fake.ppro, Exporter: world.exporter },
      world.folder,
      sequence,
      frame,
      { maxWidthPx: 1920, fileStem: 'x' },
      world.delay,
    );
    expect(world.calls[0]).toMatchObject({ width: 640, height: 360 });
  });

  it.each([
    ['returns false', /declined to export the frame at 00:00:02:00/],
    ['writes nothing', /reported the frame exported, but x\.png is not in the plugin's data folder/],
  ] as const)('fails in words when the exporter %s', async (answer, message) => {
    const fake = createFakePremiere(scenario);
    const world = frameWorld(answer);
    const sequence = await fake.project.getActiveSequence();
    const frame = { atSeconds: 2, frameRate: 25, widthPx: 1920, heightPx: 1080 };
    const exporting = exportSequenceFrame(
      { ...fake.ppro, Exporter: world.exporter },
      world.folder,
      sequence,
      frame,
      { maxWidthPx: 320, fileStem: 'x' },
      world.delay,
    );
    await expect(exporting).rejects.toBeInstanceOf(HostOperationError);
    await expect(exporting).rejects.toThrow(message);
  });

  it('waits about two seconds for the file before saying it is missing, never longer', async () => {
    const fake = createFakePremiere(scenario);
    const world = frameWorld('writes nothing');
    const sequence = await fake.project.getActiveSequence();
    const frame = { atSeconds: 2, frameRate: 25, widthPx: 1920, heightPx: 1080 };
    await exportSequenceFrame(
      { ...fake.ppro, Exporter: world.exporter },
      world.folder,
      sequence,
      frame,
      { maxWidthPx: 320, fileStem: 'x' },
      world.delay,
    ).catch(() => undefined);
    expect(world.delays.reduce((total, ms) => total + ms, 0)).toBe(1900);
  });

  it.each(['writes late', 'doubles the extension'] as const)('reads the frame back when the exporter %s', async (answer) => {
    const fake = createFakePremiere(scenario);
    const world = frameWorld(answer);
    const sequence = await fake.project.getActiveSequence();
    const frame = { atSeconds: 2, frameRate: 25, widthPx: 1920, heightPx: 1080 };
    const exported = await exportSequenceFrame(
      { ...fake.ppro, Exporter: world.exporter },
      world.folder,
      sequence,
      frame,
      { maxWidthPx: 320, fileStem: 'x' },
      world.delay,
    );
    expect(exported.bytes).toEqual(PNG);
  });
});

describe('PremiereHost frames and project stills', () => {
  const stillScenario = {
    ...scenario,
    media: { ...scenario.media, '/stills/Poster.PNG': { durationSeconds: 0, hasVideo: true, hasAudio: false } },
  };

  function hostOnFake(withFrames: boolean) {
    const fake = createFakePremiere(stillScenario);
    const world = frameWorld();
    const ppro = { ...fake.ppro, Exporter: world.exporter };
    const host = new PremiereHost(ppro, { delay: async () => undefined, ...(withFrames ? { frames: world.folder } : {}) });
    return { host, world };
  }

  it('says it can picture the sequence and read stills only when it has a folder for frames', () => {
    expect(hostOnFake(true).host.capabilities).toMatchObject({ capturesSequenceFrames: true, readsProjectStills: true });
    expect(hostOnFake(false).host.capabilities).toMatchObject({ capturesSequenceFrames: false, readsProjectStills: false });
    expect(hostOnFake(false).host.capabilities.capturesMediaFrames).not.toBe(true);
  });

  it('pictures the active sequence at its own frame size', async () => {
    const { host, world } = hostOnFake(true);
    const frame = await host.captureSequenceFrame(3, { maxWidthPx: 480, fileStem: 'reference-at-playhead' });
    expect(world.calls).toEqual([expect.objectContaining({ seconds: 3, filename: 'reference-at-playhead.png', width: 480, height: 270 })]);
    expect(frame.fileName).toBe('Frame at 00.00.03.00.png');
  });

  it('lists the PNG and JPEG items of the project (not video) and reads one by its media path', async () => {
    const { host, world } = hostOnFake(true);
    const imported = await host.importMedia('/stills/Poster.PNG', ['Stills']);
    const stills = await host.listProjectStills();
    expect(stills).toEqual([{ itemId: imported.itemId, name: 'Poster.PNG' }]);
    const still = await host.readProjectStill(imported.itemId);
    expect(world.mediaReads).toEqual(['/stills/Poster.PNG']);
    expect(still).toEqual({ bytes: PNG, mimeType: 'image/png', fileName: 'Poster.PNG' });
  });

  it('refuses in words without a folder for frames', async () => {
    const { host } = hostOnFake(false);
    await expect(host.captureSequenceFrame(1, { maxWidthPx: 100, fileStem: 'x' })).rejects.toThrow(/started without a folder for frames/);
  });
});
