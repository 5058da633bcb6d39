import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAudioDecoder } from '../../src/audio';
import { chunked, encodeWav } from '../support/encode-test-audio';
import { whiteNoise } from '../support/synth-signals';

/** Every block's samples, copied out as they arrive (a reused block is only valid until the next push). */
function decodeCopying(bytes: Uint8Array, chunkSizes: number[], options: { mixToMono: boolean; reuseBlocks: boolean }): number[][] {
  const decoder = createAudioDecoder({ fileName: 'voice.wav', ...options });
  const channels: number[][] = [];
  for (const chunk of chunked(bytes, chunkSizes)) {
    const block = decoder.push(chunk);
    block?.channels.forEach((samples, index) => (channels[index] ??= []).push(...samples));
  }
  decoder.end();
  return channels;
}

describe('audio decoder with reused blocks', () => {
  const left = whiteNoise(3000, -12, 4);
  const right = whiteNoise(3000, -18, 5);
  const formats = [
    { kind: 'int', bits: 16 },
    { kind: 'int', bits: 24 },
    { kind: 'float', bits: 32 },
  ] as const;

  it('gives the same samples as fresh blocks, whatever the chunking, mixed or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...formats),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (format, chunkSizes, mixToMono) => {
          const bytes = encodeWav([left, right], 48_000, format);
          const fresh = decodeCopying(bytes, chunkSizes, { mixToMono, reuseBlocks: false });
          const reused = decodeCopying(bytes, chunkSizes, { mixToMono, reuseBlocks: true });
          expect(reused).toEqual(fresh);
          expect(reused[0]).toHaveLength(3000);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('decodes every block into the same memory', () => {
    const decoder = createAudioDecoder({ fileName: 'voice.wav', reuseBlocks: true });
    const buffers = new Set<ArrayBufferLike>();
    for (const chunk of chunked(encodeWav([left], 48_000, { kind: 'int', bits: 16 }), [1000])) {
      const block = decoder.push(chunk);
      if (block != null) buffers.add(block.channels[0]!.buffer);
    }
    // The first block (the chunk after the header) is shorter: the arrays grow once, then every
    // later block fits. Fresh blocks would give one buffer per block (12 here).
    expect(buffers.size).toBeLessThanOrEqual(2);
  });
});
