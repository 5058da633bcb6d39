import type { RgbaImage } from './png-decode';

/** Side of the square blocks both images are averaged over before comparing: smooths anti-aliasing and sub-pixel text. */
const BLOCK_PIXELS = 8;
/**
 * Mean absolute difference (0–255 per channel, averaged over blocks and channels) under which two screenshots show the
 * same panel. Measured on the README's Jobs screenshot: a new job id (the only thing that changes between runs) moves
 * it by 0.017–0.020; painting over a 5-letter button label 0.08, over one line of a job card 0.30; another tab or the
 * Generate tab of two weeks earlier 6–10. So a changed line, control or layout fails; a renamed word may slip by, and
 * so does a small rendering drift between Chromium builds.
 */
export const SAME_PANEL_MEAN_DIFFERENCE = 0.1;

type ScreenshotComparison = { sameSize: false; sizes: string } | { sameSize: true; meanDifference: number };

/** Block averages of each RGB channel, composited over white (Chromium writes opaque screenshots; this keeps alpha honest). */
function blockAverages(image: RgbaImage): Float64Array {
  const columns = Math.ceil(image.width / BLOCK_PIXELS);
  const rows = Math.ceil(image.height / BLOCK_PIXELS);
  const sums = new Float64Array(columns * rows * 3);
  const counts = new Uint32Array(columns * rows);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const pixel = (y * image.width + x) * 4;
      const block = Math.floor(y / BLOCK_PIXELS) * columns + Math.floor(x / BLOCK_PIXELS);
      const alpha = (image.rgba[pixel + 3] ?? 0) / 255;
      for (let channel = 0; channel < 3; channel++)
        sums[block * 3 + channel]! += (image.rgba[pixel + channel] ?? 0) * alpha + 255 * (1 - alpha);
      counts[block]!++;
    }
  }
  return sums.map((sum, index) => sum / (counts[Math.floor(index / 3)] ?? 1));
}

/** A tolerant, perceptual comparison: same size, then the mean absolute difference of 8×8 block averages. */
export function compareScreenshots(committed: RgbaImage, fresh: RgbaImage): ScreenshotComparison {
  if (committed.width !== fresh.width || committed.height !== fresh.height) {
    return { sameSize: false, sizes: `${committed.width}×${committed.height} committed, ${fresh.width}×${fresh.height} now` };
  }
  const before = blockAverages(committed);
  const after = blockAverages(fresh);
  let total = 0;
  for (let index = 0; index < before.length; index++) total += Math.abs((before[index] ?? 0) - (after[index] ?? 0));
  return { sameSize: true, meanDifference: total / before.length };
}
