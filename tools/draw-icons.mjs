#!/usr/bin/env node
// Draws the plugin's icons into plugin/icons: `node tools/draw-icons.mjs`. The PNGs are committed; this script only
// regenerates them, byte for byte the same on every run (no dates, no randomness, fixed zlib level).
//
// The glyph: a clip frame holding a ducking gain envelope (level, ramp down, hold low, ramp up) and a small sparkle
// for "generated". Panel icons are a single colour on transparency, light for Premiere's dark UI brightness levels and
// dark for the light ones; the plugin-list icon (one file for every theme) is a white glyph on a blue tile.
//
// UXP reads an icon declared as `icons/name.png` with `scale: [1, 2]` from `name@1x.png` and `name@2x.png` (Adobe's
// plugin-icons guide; bolt-uxp and public plugins ship those names). `name.png` is written too, for tools that read
// the declared path as it is (our .ccx check, the sandbox page).
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const iconsFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'plugin', 'icons');

/** Sub-samples per pixel side: 8×8 = 64 coverage levels, plenty for 8-bit alpha at these sizes. */
const SUBSAMPLES = 8;

// ---- geometry: signed distances in design units (negative inside) ----

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function roundedRectDistance(x, y, { left, top, right, bottom, radius }) {
  const halfWidth = (right - left) / 2 - radius;
  const halfHeight = (bottom - top) / 2 - radius;
  const qx = Math.abs(x - (left + right) / 2) - halfWidth;
  const qy = Math.abs(y - (top + bottom) / 2) - halfHeight;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** A four-pointed star: inside when |x|^p + |y|^p <= r^p with p < 1 (concave sides). */
function sparkleInside(x, y, { cx, cy, radius }) {
  const p = 0.6;
  return Math.abs((x - cx) / radius) ** p + Math.abs((y - cy) / radius) ** p <= 1;
}

const shape = {
  fillRoundedRect: (rect) => (x, y) => roundedRectDistance(x, y, rect) <= 0,
  strokeRoundedRect: (rect, width) => (x, y) => Math.abs(roundedRectDistance(x, y, rect)) <= width / 2,
  strokePolyline: (points, width) => (x, y) =>
    points.slice(1).some((point, index) => distanceToSegment(x, y, points[index], point) <= width / 2),
  fillCircle: (cx, cy, radius) => (x, y) => Math.hypot(x - cx, y - cy) <= radius,
  sparkle: (star) => (x, y) => sparkleInside(x, y, star),
};

// ---- the glyph, on a 23-unit grid (the panel icon's 1x size; strokes on whole units stay crisp at 1x) ----

const frame = { left: 3, top: 6, right: 19, bottom: 19, radius: 2.5 };
const envelope = [
  [6, 10],
  [8.5, 10],
  [10, 15],
  [12, 15],
  [13.5, 10],
  [16, 10],
];
const star = { cx: 18.5, cy: 5.5, radius: 4.5 };

/**
 * Layers painted in order: 'paint' adds colour, 'erase' cuts a gap (so the sparkle stands clear of the frame corner).
 * `strokeUnits` is the stroke width in design units.
 */
function glyphLayers(color, strokeUnits) {
  return [
    { op: 'paint', color, inside: shape.strokeRoundedRect(frame, strokeUnits) },
    { op: 'paint', color, inside: shape.strokePolyline(envelope, strokeUnits) },
    { op: 'erase', inside: shape.sparkle({ ...star, radius: star.radius + 2.2 }) },
    { op: 'paint', color, inside: shape.sparkle(star) },
  ];
}

/** Moves and scales a layer's shape: design point = (pixel-space point - offset) / zoom. */
function transformed(layers, zoom, offset) {
  return layers.map((layer) => ({ ...layer, inside: (x, y) => layer.inside((x - offset) / zoom, (y - offset) / zoom) }));
}

function panelIcon(color) {
  return { gridUnits: 23, layers: glyphLayers(color, 2) };
}

/**
 * A deeper shade of the panel's accent blue (#1473e6): at 3.2:1 against the light grey of Premiere's "light" brightness
 * the tile's outline still reads there, and the white glyph carries it on the dark and medium greys.
 */
const TILE_BLUE = [0x0d, 0x5a, 0xc2, 255];

function pluginListIcon() {
  // 48-unit grid: the blue tile with the glyph scaled 1.45× and centred in white.
  const zoom = 1.45;
  const offset = 24 - 11.5 * zoom;
  return {
    gridUnits: 48,
    layers: [
      { op: 'paint', color: TILE_BLUE, inside: shape.fillRoundedRect({ left: 3, top: 3, right: 45, bottom: 45, radius: 10 }) },
      ...transformed(glyphLayers([255, 255, 255, 255], 2), zoom, offset).map((layer) =>
        // The erase of the sparkle's halo must not cut through the tile: paint tile blue there instead.
        layer.op === 'erase' ? { op: 'paint', color: TILE_BLUE, inside: layer.inside } : layer,
      ),
    ],
  };
}

// ---- rasterizing ----

/** Straight (non-premultiplied) RGBA pixels, `sizePixels`², anti-aliased by supersampling. */
function rasterize({ gridUnits, layers }, sizePixels) {
  const unitsPerPixel = gridUnits / sizePixels;
  const rgba = new Uint8Array(sizePixels * sizePixels * 4);
  for (let py = 0; py < sizePixels; py++) {
    for (let px = 0; px < sizePixels; px++) {
      // Premultiplied accumulation over the sub-samples, each composited front to back through the layers.
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * unitsPerPixel;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * unitsPerPixel;
          let sample = null;
          for (const layer of layers) {
            if (!layer.inside(x, y)) continue;
            sample = layer.op === 'erase' ? null : layer.color;
          }
          if (sample == null) continue;
          const sampleAlpha = sample[3] / 255;
          red += sample[0] * sampleAlpha;
          green += sample[1] * sampleAlpha;
          blue += sample[2] * sampleAlpha;
          alpha += sampleAlpha;
        }
      }
      const offset = (py * sizePixels + px) * 4;
      if (alpha === 0) continue;
      rgba[offset] = Math.round(red / alpha);
      rgba[offset + 1] = Math.round(green / alpha);
      rgba[offset + 2] = Math.round(blue / alpha);
      rgba[offset + 3] = Math.round((alpha / (SUBSAMPLES * SUBSAMPLES)) * 255);
    }
  }
  return rgba;
}

// ---- PNG encoding (RGBA, 8 bits per channel, filter type 0 on every row) ----

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(rgba, sizePixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(sizePixels, 0);
  header.writeUInt32BE(sizePixels, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
  const rowBytes = sizePixels * 4;
  const raw = Buffer.alloc((rowBytes + 1) * sizePixels);
  for (let row = 0; row < sizePixels; row++) raw.set(rgba.subarray(row * rowBytes, (row + 1) * rowBytes), row * (rowBytes + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- what the manifest declares (manifest.json → icons, entrypoints[].icons) ----

const icons = [
  { name: 'panel-dark', sizePixels: 23, drawing: panelIcon([0xe8, 0xe8, 0xe8, 255]) }, // themes darkest, dark, medium
  { name: 'panel-light', sizePixels: 23, drawing: panelIcon([0x2b, 0x2b, 0x2b, 255]) }, // themes lightest, light
  { name: 'plugin', sizePixels: 48, drawing: pluginListIcon() }, // theme all, species pluginList
];

mkdirSync(iconsFolder, { recursive: true });
for (const { name, sizePixels, drawing } of icons) {
  const oneX = encodePng(rasterize(drawing, sizePixels), sizePixels);
  const twoX = encodePng(rasterize(drawing, sizePixels * 2), sizePixels * 2);
  writeFileSync(join(iconsFolder, `${name}.png`), oneX);
  writeFileSync(join(iconsFolder, `${name}@1x.png`), oneX);
  writeFileSync(join(iconsFolder, `${name}@2x.png`), twoX);
  console.log(`${name}: ${sizePixels}px and ${sizePixels * 2}px`);
}
