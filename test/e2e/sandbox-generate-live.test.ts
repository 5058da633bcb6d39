import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { openSandbox, pick, pickedValue, readState } from '../support/sandbox-page';

/** "0:10.40" for 10.4 s, as the Generate tab's preview writes times. */
function previewTime(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}.${String(Math.round((seconds - whole) * 100)).padStart(2, '0')}`;
}

describe('sandbox in Chromium: the Generate tab follows the timeline and counts the prompt', () => {
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

  it('moves the placement preview with the playhead, without pressing Refresh', async () => {
    const preview = page.getByTestId('import-preview');
    await expect(preview.textContent()).resolves.toMatch(/at 0:03\.00 on V1 \+ A2/);
    const ruler = page.getByTestId('ruler');
    const box = (await ruler.boundingBox())!;
    for (const fraction of [0.6, 0.25]) {
      // Low on the ruler, under its timecode labels (they sit on top of it and take clicks there).
      await ruler.click({ position: { x: Math.round(box.width * fraction) + 0.5, y: box.height - 4 } });
      const seconds = (await readState(page)).playheadSeconds;
      expect(seconds).toBeGreaterThan(0);
      await page
        .getByTestId('import-preview')
        .filter({ hasText: `at ${previewTime(seconds)} on` })
        .waitFor({ timeout: 5000 });
    }
  });

  it('counts the prompt against the Kling limit and refuses past it before anything is sent', async () => {
    // A page of its own: nothing the timeline test did (pointer over the ruler, a moved playhead) carries over.
    const opened = await openSandbox(browser, server.url);
    page = opened.page;
    expect(opened.errors).toEqual([]);
    await page.getByRole('tab', { name: 'Generate' }).click();
    if ((await pickedValue(page, 'Provider')) !== 'kling') await pick(page, 'Provider', 'Kling (emulated)');
    // By name, not label: a textarea's text becomes part of its label's accessible name once it is filled.
    const prompt = page.getByLabel('Prompt', { exact: true });
    await prompt.fill('x'.repeat(2431));
    await expect(page.getByTestId('prompt-count').textContent()).resolves.toBe('2,431 / 2,500');
    await expect(page.getByRole('button', { name: /^Generate/ }).isEnabled()).resolves.toBe(true);

    await prompt.fill('x'.repeat(2600));
    await expect(page.getByTestId('prompt-too-long').textContent()).resolves.toMatch(
      /^The prompt is 2,600 characters; .+ takes at most 2,500\. Shorten it by 100 to generate; nothing is sent until then\.$/,
    );
    await expect(page.getByRole('button', { name: /^Generate/ }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('.job-card').count()).resolves.toBe(0);
  });
});
