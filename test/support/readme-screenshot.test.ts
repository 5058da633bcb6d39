import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng, type RgbaImage } from './png-decode';
import { README_SCREENSHOTS, readmeScreenshotProblem } from './readme-screenshot';
import { compareScreenshots, SAME_PANEL_MEAN_DIFFERENCE } from './screenshot-difference';

const scratch = mkdtempSync(join(tmpdir(), 'cliprelay-screenshot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const jobsPath = resolve(README_SCREENSHOTS, 'tab-jobs.png');
const jobs = decodePng(readFileSync(jobsPath));

/** A copy of `image` with a rectangle painted in the colour of its top-left pixel (text erased, as if a line went). */
function paintedOver(image: RgbaImage, { x, y, width, height }: { x: number; y: number; width: number; height: number }): RgbaImage {
  const rgba = Uint8Array.from(image.rgba);
  const background = rgba.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4);
  for (let row = y; row < y + height; row++)
    for (let column = x; column < x + width; column++) rgba.set(background, (row * image.width + column) * 4);
  return { ...image, rgba };
}

/**
 * The top row of the `height`-row band with the most pixels unlike the background: a line of text wherever
 * the panel's layout puts one, so the test does not depend on where the committed screenshot has its text.
 */
function busiestTextLine(image: RgbaImage, height: number): number {
  const background = image.rgba.slice(0, 3);
  const inkPerRow = Array.from({ length: image.height }, (_, row) => {
    let ink = 0;
    for (let column = 14; column < image.width - 14; column++) {
      const at = (row * image.width + column) * 4;
      const distance =
        Math.abs(image.rgba[at]! - background[0]!) +
        Math.abs(image.rgba[at + 1]! - background[1]!) +
        Math.abs(image.rgba[at + 2]! - background[2]!);
      if (distance > 96) ink += 1;
    }
    return ink;
  });
  let best = 0;
  let bestInk = -1;
  for (let top = 0; top + height <= image.height; top++) {
    const ink = inkPerRow.slice(top, top + height).reduce((sum, value) => sum + value, 0);
    if (ink > bestInk) [best, bestInk] = [top, ink];
  }
  return best;
}

/** Writes an RGBA image as PNG through ffmpeg (the check reads files, as it does in the browser tests). */
function writePng(image: RgbaImage, name: string): string {
  const path = join(scratch, name);
  execFileSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${image.width}x${image.height}`, '-i', '-', path],
    {
      input: Buffer.from(image.rgba),
    },
  );
  return path;
}

describe('README screenshots are checked against the ones a test run takes', () => {
  it('passes a screenshot identical to the committed one', () => {
    const fresh = join(scratch, 'tab-jobs.png');
    copyFileSync(jobsPath, fresh);
    expect(readmeScreenshotProblem(jobsPath, fresh)).toBeNull();
  });

  it('smooths pixel-level noise (anti-aliasing) that cancels out within a block', () => {
    const rgba = Uint8Array.from(jobs.rgba);
    for (let pixel = 0; pixel < jobs.width * jobs.height; pixel++) {
      const row = Math.floor(pixel / jobs.width);
      // A checkerboard of ±16 per pixel: large per pixel, zero on average over every 8×8 block.
      const delta = (pixel % jobs.width) % 2 === row % 2 ? 16 : -16;
      for (let channel = 0; channel < 3; channel++)
        rgba[pixel * 4 + channel] = Math.min(255, Math.max(0, (rgba[pixel * 4 + channel] ?? 0) + delta));
    }
    const comparison = compareScreenshots(jobs, { ...jobs, rgba });
    expect(comparison.sameSize && comparison.meanDifference).toBeLessThan(SAME_PANEL_MEAN_DIFFERENCE);
  });

  it('fails with the command to run when a line of the panel changed', () => {
    const fresh = writePng(paintedOver(jobs, { x: 14, y: busiestTextLine(jobs, 13), width: jobs.width - 28, height: 13 }), 'tab-jobs.png');
    expect(readmeScreenshotProblem(jobsPath, fresh)).toMatch(
      /^README screenshot tab-jobs\.png is out of date \(differs by \d+\.\d\d.*run `npm run screenshots`$/,
    );
  });

  it('fails when the panel changed size, and when the committed screenshot is missing', () => {
    const narrower = writePng({ width: 10, height: 10, rgba: new Uint8Array(400) }, 'small.png');
    expect(readmeScreenshotProblem(jobsPath, narrower)).toBe(
      `README screenshot tab-jobs.png is out of date (${jobs.width}×${jobs.height} committed, 10×10 now): run \`npm run screenshots\``,
    );
    expect(readmeScreenshotProblem(join(scratch, 'tab-gone.png'), jobsPath)).toBe(
      'README screenshot tab-gone.png is missing: run `npm run screenshots`',
    );
  });

  it('tells another tab apart by a wide margin', () => {
    const settings = decodePng(readFileSync(resolve(README_SCREENSHOTS, 'tab-settings.png')));
    const comparison = compareScreenshots(jobs, settings);
    expect(comparison.sameSize && comparison.meanDifference).toBeGreaterThan(SAME_PANEL_MEAN_DIFFERENCE * 10);
  });

  it('covers every screenshot the README shows: each is taken, and so checked, by a browser test', () => {
    const root = resolve(__dirname, '../..');
    const shown = [...readFileSync(resolve(root, 'README.md'), 'utf8').matchAll(/docs\/screenshots\/([\w-]+\.png)/g)].map(
      (match) => match[1],
    );
    const e2e = resolve(root, 'test/e2e');
    const taken = readdirSync(e2e).flatMap((file) =>
      [...readFileSync(join(e2e, file), 'utf8').matchAll(/captureReadmeScreenshot\([^,]+, '([\w-]+\.png)'\)/g)].map((match) => match[1]),
    );
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect([...new Set(shown)].sort()).toEqual([...new Set(taken)].sort());
  });
});
