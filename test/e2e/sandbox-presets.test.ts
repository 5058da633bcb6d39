import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { openSandbox, picker } from '../support/sandbox-page';
import { captureReadmeScreenshot } from '../support/readme-screenshot';

const AGENCY_PACK = {
  schemaVersion: 2,
  name: 'Acme house mix',
  organisation: 'Acme',
  author: 'Audio lead',
  policy: { budget: { dailyUsd: 10 }, allowedProviders: ['kling', 'runway'] },
  presets: [
    {
      id: 'standard',
      name: 'Acme standard (−10 dB)',
      depthDb: -10,
      attackSeconds: 0.4,
      releaseSeconds: 0.8,
      holdSeconds: 1.2,
      locked: true,
    },
  ],
};

describe('sandbox preset packs in Chromium: an agency pack pins presets and policy', () => {
  let server: RunningSandbox;
  let browser: Browser;
  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a bad pack naming the field, installs a good one, and applies its presets and provider policy', async () => {
    const { page } = await openSandbox(browser, server.url);
    await page.getByRole('tab', { name: 'Presets' }).click();
    await page
      .getByLabel('Paste a pack (JSON) to install it')
      .fill(JSON.stringify({ ...AGENCY_PACK, presets: [{ ...AGENCY_PACK.presets[0], depthDb: 4 }] }));
    await page.getByRole('button', { name: 'Install pack' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      "Cannot use the pasted pack. Preset 'Acme standard (−10 dB)' → duck depth: must be between −24 and −1 dB.",
    );

    await page.getByLabel('Paste a pack (JSON) to install it').fill(JSON.stringify(AGENCY_PACK));
    await page.getByRole('button', { name: 'Install pack' }).click();
    await page.getByRole('status').filter({ hasText: 'Installed "Acme house mix"' }).waitFor();
    await expect(page.locator('[data-preset-id="standard"] .job-title').textContent()).resolves.toBe('Acme standard (−10 dB) · locked');
    await captureReadmeScreenshot(page.locator('.sandbox-panel'), 'tab-presets.png');

    await page.getByRole('tab', { name: 'Duck' }).click();
    await expect(page.getByRole('button', { name: 'Acme standard (−10 dB)', exact: true }).count()).resolves.toBe(1);
    await page.getByRole('tab', { name: 'Generate' }).click();
    const providers = await picker(page, 'Provider')
      .locator('sp-menu-item')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement & { value: string }).value));
    expect(providers).toEqual(['kling', 'runway']);
    await expect(page.getByTestId('cost-preview').textContent()).resolves.toMatch(/today \$0\.00 of \$10\.00/);
  });
});
