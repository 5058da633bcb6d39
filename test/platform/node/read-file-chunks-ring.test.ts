import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeAudioStream } from '../../../src/audio';
import { readFileChunks } from '../../../src/platform/node/read-file-chunks';
import { encodeWav } from '../../support/encode-test-audio';
import { addBursts, whiteNoise } from '../../support/synth-signals';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-chunks-ring-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('readFileChunks with a ring of reused buffers', () => {
  it('cycles through that many buffers and still yields the whole file, copied as it comes', async () => {
    const file = join(directory, 'a.bin');
    const bytes = Uint8Array.from({ length: 10_000 }, (_, index) => index % 251);
    writeFileSync(file, bytes);
    const buffers: ArrayBufferLike[] = [];
    const copies: Buffer[] = [];
    for await (const chunk of readFileChunks(file, { chunkBytes: 1024, ringBuffers: 3 })) {
      buffers.push(chunk.buffer);
      copies.push(Buffer.from(chunk));
    }
    expect(new Set(buffers).size).toBe(3);
    expect(buffers[0]).toBe(buffers[3]);
    expect(Buffer.concat(copies).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is safe under analysis, which reads one chunk ahead: the same result as fresh buffers', async () => {
    const rate = 48_000;
    const voice = addBursts(whiteNoise(6 * rate, -60, 3), rate, [
      { startSeconds: 1, endSeconds: 2.2 },
      { startSeconds: 3.1, endSeconds: 4.4 },
    ]);
    const file = join(directory, 'voice.wav');
    writeFileSync(file, encodeWav([voice, voice], rate, { kind: 'int', bits: 16 }));
    const fresh = await analyzeAudioStream(readFileChunks(file, { chunkBytes: 4096 }), { fileName: 'voice.wav' });
    const ring = await analyzeAudioStream(readFileChunks(file, { chunkBytes: 4096, ringBuffers: 3 }), { fileName: 'voice.wav' });
    expect(ring.speech).toEqual(fresh.speech);
    expect(ring.speech).toHaveLength(2);
    expect(ring.loudness!.integratedLufs).toBe(fresh.loudness!.integratedLufs);
  });
});
