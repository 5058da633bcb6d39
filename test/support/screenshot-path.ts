import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** True under `npm run screenshots`, which refreshes the README's screenshots on purpose. */
export function updatingReadmeScreenshots(): boolean {
  return process.env.CLIPRELAY_UPDATE_SCREENSHOTS === '1';
}

/**
 * Where a browser test writes a screenshot. The README shows the ones in docs/screenshots, refreshed
 * only on purpose (`npm run screenshots`): a test run must leave the working tree as it found it, and
 * job cards show run-specific ids, so every run would otherwise dirty it.
 */
export function screenshotPath(fileName: string): string {
  const directory = updatingReadmeScreenshots()
    ? resolve(__dirname, '../../docs/screenshots')
    : resolve(__dirname, '../../test-output/screenshots');
  mkdirSync(directory, { recursive: true });
  return resolve(directory, fileName);
}
