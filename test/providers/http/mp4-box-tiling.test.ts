import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mp4BoxTiling } from '../../../src/providers/http/mp4-box-tiling';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

function tile(bytes: Uint8Array, chunkBytes: number) {
  const tiling = mp4BoxTiling();
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) tiling.push(bytes.subarray(offset, offset + chunkBytes));
  return tiling.problem();
}

describe('mp4BoxTiling: complete by the container’s own sizes', () => {
  it.each([1, 7, 16, 1000, 65_536, DEMO_CLIP.length])('accepts the demo clip streamed in %i-byte chunks', (chunkBytes) => {
    expect(tile(DEMO_CLIP, chunkBytes)).toBeNull();
  });

  it.each([1, 8, 100, 1000, DEMO_CLIP.length - 1])('refuses the demo clip cut %i bytes short', (missing) => {
    expect(tile(DEMO_CLIP.subarray(0, DEMO_CLIP.length - missing), 4096)).not.toBeNull();
  });

  it('refuses a file whose media data runs past its end', () => {
    const box = (type: string, size: number, body = size - 8) => {
      const bytes = new Uint8Array(8 + body);
      new DataView(bytes.buffer).setUint32(0, size);
      bytes.set(
        [...type].map((c) => c.charCodeAt(0)),
        4,
      );
      return bytes;
    };
    const file = new Uint8Array([...box('ftyp', 16), ...box('moov', 16), ...box('mdat', 1_000, 10)]);
    expect(tile(file, 5)).toMatch(/runs to byte/);
  });

  it('refuses bytes after the last box that do not form a box (a body longer than the file)', () => {
    const padded = new Uint8Array([...DEMO_CLIP, 0, 0, 0]);
    expect(tile(padded, 4096)).toMatch(/box header/);
  });
});
