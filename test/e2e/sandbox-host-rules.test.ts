import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { openSandbox, pick, pickedLabel } from '../support/sandbox-page';

describe('sandbox in Chromium: the editor rules switch', () => {
  let server: RunningSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
    const opened = await openSandbox(browser, server.url);
    page = opened.page;
    expect(opened.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reopens the same project under DaVinci Resolve rules and back under Premiere Pro rules', async () => {
    const sequenceName = await page.locator('.sandbox-editor header h2').textContent();
    expect(await pickedLabel(page, 'Editor rules')).toBe('Rules: Premiere Pro');

    await pick(page, 'Editor rules', 'Rules: DaVinci Resolve');
    await page.waitForURL(/[?&]rules=resolve\b/);
    await expect.poll(() => pickedLabel(page, 'Editor rules')).toBe('Rules: DaVinci Resolve');
    expect(await page.locator('.sandbox-editor header h2').textContent()).toBe(sequenceName);

    await pick(page, 'Editor rules', 'Rules: Premiere Pro');
    await page.waitForURL((url) => !url.searchParams.has('rules'));
    await expect.poll(() => pickedLabel(page, 'Editor rules')).toBe('Rules: Premiere Pro');
  });
});
