import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAudioStream, createAudioDecoder, createLoudnessMeter, createSpeechDetector } from '../../../src/audio';
import type { TimeRange } from '../../../src/domain/ducking';
import { readFileChunks } from '../../../src/platform/node/read-file-chunks';
import { encodeAiff, encodeWav } from '../../support/encode-test-audio';
import { addBursts, whiteNoise } from '../../support/synth-signals';

const RATE = 48_000;
const left = addBursts(whiteNoise(2 * RATE, -50, 5), RATE, [{ startSeconds: 0.3, endSeconds: 1.1, peakDb: -14 }]);
const right = addBursts(whiteNoise(2 * RATE, -45, 6), RATE, [{ startSeconds: 0.4, endSeconds: 1.0, peakDb: -18, f0Hz: 200 }]);

type Kind = 'wav' | 'aifc';
/** Pads that start the samples at every offset mod 4 (WAV pads its odd chunks, so it needs AIFF-C's SSND offset for odd ones). */
const HEADERS: readonly { kind: Kind; padBytes: number }[] = [
  { kind: 'wav', padBytes: 0 },
  { kind: 'wav', padBytes: 1 },
  { kind: 'wav', padBytes: 2 },
  { kind: 'aifc', padBytes: 0 },
  { kind: 'aifc', padBytes: 1 },
  { kind: 'aifc', padBytes: 2 },
  { kind: 'aifc', padBytes: 3 },
];

function encode(kind: Kind, padBytes: number): Uint8Array {
  if (kind === 'wav') {
    const chunksBeforeData = padBytes === 0 ? [] : [{ id: 'LIST', body: new Uint8Array(padBytes) }];
    return encodeWav([left, right], RATE, { kind: 'int', bits: 16, chunksBeforeData });
  }
  return encodeAiff([left, right], RATE, { kind: 'int', bits: 16, compression: 'sowt', ssndOffset: padBytes });
}

let directory: string;
const files = new Map<string, { path: string; bytes: Uint8Array }>();
const fileFor = (kind: Kind, padBytes: number) => files.get(`${kind}${padBytes}`)!;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-chunks-aligned-'));
  for (const { kind, padBytes } of HEADERS) {
    const path = join(directory, `${kind}${padBytes}.bin`);
    const bytes = encode(kind, padBytes);
    writeFileSync(path, bytes);
    files.set(`${kind}${padBytes}`, { path, bytes });
  }
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The decoded channels through the meter and the detector: the path every other format takes. */
function reference(bytes: Uint8Array) {
  const block = createAudioDecoder({ fileName: 'voice.wav' }).push(bytes)!;
  const meter = createLoudnessMeter({ sampleRateHz: RATE, channelCount: 2 });
  const detector = createSpeechDetector({ sampleRateHz: RATE });
  meter.push(block.channels);
  const speech: TimeRange[] = [...detector.push(block.channels), ...detector.finish()];
  return { loudness: meter.finish(), speech, channels: block.channels };
}

/** The file's sample bytes (the words' bytes on a little-endian host), found without the decoder: they end the file, but for the pad byte of an odd-sized SSND chunk. */
function samplesOf(bytes: Uint8Array, kind: Kind, padBytes: number): Uint8Array {
  const dataBytes = 2 * RATE * 4;
  const start = bytes.length - dataBytes - (kind === 'aifc' ? padBytes & 1 : 0);
  return bytes.subarray(start, start + dataBytes);
}

/** The same chunks without the capability: the decoder cannot ask, so every chunk is read as it comes. */
async function* withoutAligner(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) yield chunk;
}

describe('readFileChunks aligned to frames', () => {
  it('ends every read after the request on a frame, and still yields the whole file', async () => {
    const path = join(directory, 'bytes.bin');
    const bytes = Uint8Array.from({ length: 5_000 }, (_, index) => (index * 7) % 253);
    writeFileSync(path, bytes);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 1_000 }),
        async (frameBytes, chunkExtra, chunksBeforeRequest, offsetBytes) => {
          const chunkBytes = frameBytes + chunkExtra;
          const reader = readFileChunks(path, { chunkBytes, ringBuffers: 2 });
          const starts: number[] = [];
          const copies: Uint8Array[] = [];
          let position = 0;
          for await (const chunk of reader) {
            if (copies.length === chunksBeforeRequest) reader.alignReads(offsetBytes, frameBytes);
            expect(chunk.length).toBeLessThanOrEqual(chunkBytes);
            starts.push(position);
            copies.push(chunk.slice());
            position += chunk.length;
          }
          expect(Buffer.concat(copies).equals(Buffer.from(bytes))).toBe(true);
          // The chunk after the one in hand when asked ends on a frame; every later one starts on one.
          for (const start of starts.slice(chunksBeforeRequest + 2))
            expect((((start - offsetBytes) % frameBytes) + frameBytes) % frameBytes).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lets the decoder view 16-bit stereo words in the chunks it reads, for samples at any offset mod 4', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HEADERS), fc.integer({ min: 256, max: 40_000 }), async ({ kind, padBytes }, chunkBytes) => {
        const { path, bytes } = fileFor(kind, padBytes);
        const reader = readFileChunks(path, { chunkBytes, ringBuffers: 3 });
        // Chunks pushed since the one in which the samples began, when the decoder asked for aligned reads.
        let sinceRequest = -1;
        const readAligner = {
          alignReads: (offsetBytes: number, frameBytes: number) => {
            sinceRequest = 0;
            reader.alignReads(offsetBytes, frameBytes);
          },
        };
        const decoder = createAudioDecoder({ fileName: 'voice.wav', stereoInt16Words: true, readAligner });
        const received = new Int32Array(2 * RATE);
        let frames = 0;
        let copiedAfterAlignment = 0;
        for await (const chunk of reader) {
          if (sinceRequest >= 0) sinceRequest++;
          const words = decoder.push(chunk)?.stereoInt16;
          if (words == null) continue;
          // That chunk and the next (read before the request, so it starts inside a frame) may be copied; no other.
          const view = words.buffer === chunk.buffer && words.byteOffset === chunk.byteOffset;
          if (sinceRequest >= 2 && !view) copiedAfterAlignment++;
          received.set(words, frames);
          frames += words.length;
        }
        expect(copiedAfterAlignment).toBe(0);
        expect(frames).toBe(2 * RATE);
        expect(Buffer.from(received.buffer).equals(Buffer.from(samplesOf(bytes, kind, padBytes)))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  // Loudness sums each push's part of a 100 ms sub-block separately, so results follow the blocks' bounds
  // to the last bit. Chunks a multiple of the frame (the default 256 KiB is) end blocks on the same frames
  // aligned or not: the aligned reader ends each read on the frame where the decoder ended the block anyway.
  it('gives analysis the same speech and loudness to the bit as the same reader unaligned (chunks a multiple of the frame)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HEADERS),
        fc.integer({ min: 64, max: 16_000 }),
        fc.constantFrom(0, 3),
        async ({ kind, padBytes }, frames, ringBuffers) => {
          const { path } = fileFor(kind, padBytes);
          const options = { chunkBytes: 4 * frames, ringBuffers };
          const aligned = await analyzeAudioStream(readFileChunks(path, options), { fileName: 'voice.wav' });
          const unaligned = await analyzeAudioStream(withoutAligner(readFileChunks(path, options)), { fileName: 'voice.wav' });
          expect(aligned.speech).toEqual(unaligned.speech);
          expect(aligned.loudness!.blockPowers).toEqual(unaligned.loudness!.blockPowers);
          expect(aligned.loudness!.integratedLufs).toBe(unaligned.loudness!.integratedLufs);
          expect(aligned.speech).toEqual(reference(fileFor(kind, padBytes).bytes).speech);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('compares non-trivial results (speech found, loudness measured)', () => {
    const { speech, loudness } = reference(fileFor('aifc', 3).bytes);
    expect(speech.length).toBeGreaterThan(0);
    expect(loudness.integratedLufs).toBeGreaterThan(-40);
  });
});
