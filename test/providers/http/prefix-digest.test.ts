import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixDigest } from '../../../src/providers/http/prefix-digest';

function digestOf(chunks: readonly Uint8Array[]): number {
  const digest = prefixDigest();
  for (const chunk of chunks) digest.push(chunk);
  return digest.value();
}

/** `bytes` cut at the given offsets, each piece copied to an odd offset in a larger buffer half the time (unaligned views). */
function split(bytes: Uint8Array, cuts: readonly number[], unaligned: boolean): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    const piece = bytes.subarray(start, point);
    if (unaligned) {
      const host = new Uint8Array(piece.length + 3);
      host.set(piece, 1);
      pieces.push(host.subarray(1, 1 + piece.length));
    } else {
      pieces.push(piece);
    }
    start = point;
  }
  return pieces;
}

describe('prefixDigest', () => {
  it('gives the same value however the stream is split into chunks, aligned or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (bytes, cuts, unaligned) => {
        expect(digestOf(split(bytes, cuts, unaligned))).toBe(digestOf([bytes]));
      }),
    );
  });

  it('tells apart streams that differ in one byte, anywhere, or only in length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
        const changed = bytes.slice();
        const index = at % bytes.length;
        changed[index] = (changed[index]! + delta) & 0xff;
        expect(digestOf([changed])).not.toBe(digestOf([bytes]));
        expect(digestOf([bytes, new Uint8Array(1)])).not.toBe(digestOf([bytes]));
      }),
    );
  });
});
