import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAudioDecoder, decodeAudioStream } from '../../src/audio';
import { chunked, encodeAiff, encodeWav } from '../support/encode-test-audio';
import { whiteNoise } from '../support/synth-signals';

const FRAMES = 3000;
const left = whiteNoise(FRAMES, -20, 11);
const right = whiteNoise(FRAMES, -26, 12);
const DATA_BYTES = FRAMES * 4;

/**
 * 16-bit stereo files whose samples begin at every offset mod 4: WAV pads odd chunks to even sizes
 * (so a LIST of n bytes moves the data by n + (n & 1)), AIFF-C 'sowt' (little-endian, the words'
 * path) can start its samples anywhere through the SSND offset.
 */
function file(kind: 'wav' | 'aifc', headerPadBytes: number): Uint8Array {
  if (kind === 'wav') {
    const chunksBeforeData = headerPadBytes === 0 ? [] : [{ id: 'LIST', body: new Uint8Array(headerPadBytes) }];
    return encodeWav([left, right], 48_000, { kind: 'int', bits: 16, chunksBeforeData });
  }
  return encodeAiff([left, right], 48_000, { kind: 'int', bits: 16, compression: 'sowt', ssndOffset: headerPadBytes });
}

/** Where the samples begin: the files end with them, except for the pad byte of an odd-sized SSND chunk. */
function samplesStart(kind: 'wav' | 'aifc', headerPadBytes: number): number {
  return file(kind, headerPadBytes).length - DATA_BYTES - (kind === 'aifc' ? headerPadBytes & 1 : 0);
}

describe('the decoder tells a ReadAligner where the samples begin', () => {
  it('once, with the samples’ stream offset and the frame size, whatever the header and the chunking', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'wav' | 'aifc'>('wav', 'aifc'),
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }),
        (kind, headerPadBytes, chunkSizes) => {
          const bytes = file(kind, headerPadBytes);
          const requests: [number, number][] = [];
          const decoder = createAudioDecoder({
            fileName: 'voice.wav',
            stereoInt16Words: true,
            readAligner: { alignReads: (offset, frameBytes) => requests.push([offset, frameBytes]) },
          });
          for (const chunk of chunked(bytes, chunkSizes)) decoder.push(chunk);
          expect(requests).toEqual([[samplesStart(kind, headerPadBytes), 4]]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('covers every sample offset mod 4 (the property above is not about one alignment)', () => {
    const offsets = new Set<number>();
    for (const kind of ['wav', 'aifc'] as const) for (let pad = 0; pad < 4; pad++) offsets.add(samplesStart(kind, pad) % 4);
    expect([...offsets].sort()).toEqual([0, 1, 2, 3]);
  });

  it('is found on the chunk source by decodeAudioStream, and a source without one decodes the same', async () => {
    const bytes = file('wav', 3);
    const requests: number[] = [];
    const plain = [...chunked(bytes, [1000])];
    const aligning = Object.assign(plain.values(), { alignReads: (offset: number) => requests.push(offset) });
    const collect = async (source: Iterable<Uint8Array>) => {
      const lefts: number[] = [];
      for await (const block of decodeAudioStream(source, { fileName: 'voice.wav' })) lefts.push(...block.channels[0]!);
      return lefts;
    };
    const withAligner = await collect(aligning);
    expect(requests).toEqual([samplesStart('wav', 3)]);
    expect(withAligner).toEqual(await collect(plain));
    expect(withAligner).toHaveLength(FRAMES);
  });
});
