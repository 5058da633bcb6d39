import { inflateSync } from 'node:zlib';

/** A decoded image: straight (non-premultiplied) RGBA, 4 bytes per pixel, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Colour type → samples per pixel (PNG spec, IHDR). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decodes the PNGs this repository has: 8 bits per sample, not interlaced, any colour type (grey, RGB, palette with
 * tRNS, grey + alpha, RGBA) — what tools/draw-icons.mjs and Chromium's screenshots write. Anything else is refused with
 * the reason, so a test fails on a file it cannot read instead of misreading it. A tRNS colour key on a grey or RGB
 * image is ignored (those pixels stay opaque): nothing here writes one.
 */
export function decodePng(bytes: Uint8Array): RgbaImage {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 8 || SIGNATURE.some((byte, index) => data[index] !== byte)) throw new Error('not a PNG (signature)');
  let width = 0;
  let height = 0;
  let colourType = -1;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const compressed: Buffer[] = [];
  for (let offset = 8; offset + 8 <= data.length;) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      colourType = body[9] ?? -1;
      if (bitDepth !== 8) throw new Error(`bit depth ${bitDepth} is not supported (8 only)`);
      if (body[12] !== 0) throw new Error('interlaced PNGs are not supported');
      if (CHANNELS[colourType] == null) throw new Error(`colour type ${colourType} is unknown`);
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') compressed.push(body);
    else if (type === 'IEND') break;
  }
  if (width === 0 || height === 0) throw new Error('no IHDR chunk');
  const channels = CHANNELS[colourType] ?? 0;
  const pixels = unfilter(inflateSync(Buffer.concat(compressed)), width, height, channels);
  return { width, height, rgba: toRgba(pixels, width * height, colourType, palette, transparency) };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Reverses the per-row filters (None, Sub, Up, Average, Paeth); `bytesPerPixel` is `channels` at 8 bits. */
function unfilter(filtered: Buffer, width: number, height: number, bytesPerPixel: number): Uint8Array {
  const rowBytes = width * bytesPerPixel;
  if (filtered.length < (rowBytes + 1) * height) throw new Error('image data is shorter than IHDR promises');
  const out = new Uint8Array(rowBytes * height);
  for (let row = 0; row < height; row++) {
    const filter = filtered[row * (rowBytes + 1)];
    const source = row * (rowBytes + 1) + 1;
    const target = row * rowBytes;
    for (let index = 0; index < rowBytes; index++) {
      const raw = filtered[source + index] ?? 0;
      const left = index >= bytesPerPixel ? (out[target + index - bytesPerPixel] ?? 0) : 0;
      const up = row > 0 ? (out[target - rowBytes + index] ?? 0) : 0;
      const upLeft = row > 0 && index >= bytesPerPixel ? (out[target - rowBytes + index - bytesPerPixel] ?? 0) : 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`row ${row} has unknown filter type ${filter}`);
      out[target + index] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

function toRgba(pixels: Uint8Array, count: number, colourType: number, palette: Buffer | null, transparency: Buffer | null): Uint8Array {
  const rgba = new Uint8Array(count * 4);
  for (let pixel = 0; pixel < count; pixel++) {
    const out = pixel * 4;
    if (colourType === 6) rgba.set(pixels.subarray(pixel * 4, pixel * 4 + 4), out);
    else if (colourType === 2) rgba.set([pixels[pixel * 3] ?? 0, pixels[pixel * 3 + 1] ?? 0, pixels[pixel * 3 + 2] ?? 0, 255], out);
    else if (colourType === 0) rgba.set([pixels[pixel] ?? 0, pixels[pixel] ?? 0, pixels[pixel] ?? 0, 255], out);
    else if (colourType === 4) {
      const grey = pixels[pixel * 2] ?? 0;
      rgba.set([grey, grey, grey, pixels[pixel * 2 + 1] ?? 0], out);
    } else {
      const index = pixels[pixel] ?? 0;
      if (palette == null || index * 3 + 2 >= palette.length) throw new Error(`palette index ${index} has no colour`);
      rgba.set([palette[index * 3] ?? 0, palette[index * 3 + 1] ?? 0, palette[index * 3 + 2] ?? 0, transparency?.[index] ?? 255], out);
    }
  }
  return rgba;
}
