import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mp4SamplesEndByte } from '../../src/media/mp4-samples-end';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-samples-end-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Top-level boxes as ffmpeg wrote them: type → [start, end). */
function topLevelBoxes(bytes: Uint8Array): Map<string, [number, number]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes = new Map<string, [number, number]>();
  for (let offset = 0; offset + 8 <= bytes.length;) {
    const size = view.getUint32(offset);
    boxes.set(new TextDecoder().decode(bytes.subarray(offset + 4, offset + 8)), [offset, offset + size]);
    offset += size;
  }
  return boxes;
}

describe('mp4SamplesEndByte', () => {
  for (const [name, flags] of [
    ['faststart', ['-movflags', '+faststart']],
    ['movie header last', []],
  ] as const) {
    it(`ends where ffmpeg's media data ends (${name}, video and audio interleaved)`, () => {
      const path = join(directory, `${name.replace(/ /g, '-')}.mp4`);
      execFileSync('ffmpeg', [
        ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=d=2:s=160x90:r=25', '-f', 'lavfi', '-i', 'sine=d=2:r=48000'],
        ...['-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', ...flags, path],
      ]);
      const bytes = new Uint8Array(readFileSync(path));
      const mdat = topLevelBoxes(bytes).get('mdat')!;
      expect(mp4SamplesEndByte(bytes)).toBe(mdat[1]);
    });
  }

  it('says nothing without a movie header, or with a track whose tables are missing', () => {
    expect(mp4SamplesEndByte(new Uint8Array(16))).toBeNull();
    const stub = new Uint8Array(16);
    new DataView(stub.buffer).setUint32(0, 16);
    stub.set(new TextEncoder().encode('moov'), 4);
    new DataView(stub.buffer).setUint32(8, 8);
    stub.set(new TextEncoder().encode('trak'), 12);
    expect(mp4SamplesEndByte(stub)).toBeNull();
  });
});
