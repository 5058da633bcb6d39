import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { decodePng } from './png-decode';
import { compareScreenshots, SAME_PANEL_MEAN_DIFFERENCE } from './screenshot-difference';
import { screenshotPath, updatingReadmeScreenshots } from './screenshot-path';

/** The screenshots the README shows, refreshed only by `npm run screenshots`. */
export const README_SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

/** Why the README's copy of a screenshot no longer shows what the panel looks like, or null when it still does. */
export function readmeScreenshotProblem(committedPath: string, freshPath: string): string | null {
  const name = basename(committedPath);
  if (!existsSync(committedPath)) return `README screenshot ${name} is missing: run \`npm run screenshots\``;
  const comparison = compareScreenshots(decodePng(readFileSync(committedPath)), decodePng(readFileSync(freshPath)));
  if (!comparison.sameSize) return `README screenshot ${name} is out of date (${comparison.sizes}): run \`npm run screenshots\``;
  if (comparison.meanDifference > SAME_PANEL_MEAN_DIFFERENCE) {
    const difference = comparison.meanDifference.toFixed(2);
    return `README screenshot ${name} is out of date (differs by ${difference}, tolerance ${SAME_PANEL_MEAN_DIFFERENCE}): run \`npm run screenshots\``;
  }
  return null;
}

/**
 * Takes a screenshot the README shows. In a test run it goes to test-output/ and is compared with the committed one
 * right away, in the same test (browser test files run in parallel, so a check after "all tests" would race them);
 * under `npm run screenshots` it replaces the committed one.
 */
export async function captureReadmeScreenshot(target: Locator, fileName: string): Promise<void> {
  const path = screenshotPath(fileName);
  await target.screenshot({ path });
  if (updatingReadmeScreenshots()) return;
  const problem = readmeScreenshotProblem(resolve(README_SCREENSHOTS, fileName), path);
  if (problem != null) throw new Error(problem);
}
