import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from './png-decode';

const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'cliprelay-png-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** ffmpeg's own decoding of a PNG, as straight RGBA bytes: the reference our decoder must match exactly. */
const ffmpegRgba = (path: string): Buffer =>
  execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'], { maxBuffer: 64 * 1024 * 1024 });

describe('decodePng (the test-only PNG reader for icons and screenshots)', () => {
  it.each(['plugin/icons/plugin@2x.png', 'plugin/icons/panel-light@1x.png', 'docs/screenshots/tab-duck.png'])(
    'reads %s exactly as ffmpeg does',
    (file) => {
      const path = resolve(root, file);
      const image = decodePng(readFileSync(path));
      expect(Buffer.from(image.rgba).equals(ffmpegRgba(path))).toBe(true);
    },
  );

  it.each(['rgb24', 'gray', 'ya8', 'pal8'])('reads the %s colour type exactly as ffmpeg does (all five row filters)', (pixelFormat) => {
    const path = join(scratch, `${pixelFormat}.png`);
    const input = resolve(root, 'plugin/icons/plugin@2x.png');
    // `-pred mixed` picks a filter per row, so None, Sub, Up, Average and Paeth all occur.
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', input, '-pix_fmt', pixelFormat, '-pred', 'mixed', path]);
    const image = decodePng(readFileSync(path));
    expect({ width: image.width, height: image.height }).toEqual({ width: 96, height: 96 });
    expect(Buffer.from(image.rgba).equals(ffmpegRgba(path))).toBe(true);
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => decodePng(new Uint8Array([1, 2, 3]))).toThrow('not a PNG');
    const sixteenBit = join(scratch, 'rgba64.png');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', resolve(root, 'plugin/icons/plugin.png'), '-pix_fmt', 'rgba64be', sixteenBit]);
    expect(() => decodePng(readFileSync(sixteenBit))).toThrow('bit depth 16');
  });
});
