import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { captureReadmeScreenshot } from '../support/readme-screenshot';
import { emulatorTasks, generate, openSandbox, readJobs, readState, scriptFaults } from '../support/sandbox-page';

const generatedVideoClips = async (page: Page) =>
  (await readState(page)).videoTracks.flatMap((track) => track.clips).filter((clip) => clip.mediaPath.startsWith('/sandbox/media/'));

describe('sandbox jobs in Chromium: paid generations are never lost or made twice', () => {
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

  it('resumes a job after the page reloads mid-generation and lands it exactly once', async () => {
    const { page } = await openSandbox(browser, server.url);
    await scriptFaults(server.url, 'kling:poll:delay=1500*3');
    await generate(page, 'Rain on a neon street at night');
    await page.locator('.job-card[data-phase="generating"]').waitFor();
    const [job] = await readJobs(page);
    await page.reload();
    await page.locator(`.job-card[data-job-id="${job!.id}"][data-phase="placed"]`).waitFor({ timeout: 30_000 });
    expect(await generatedVideoClips(page)).toHaveLength(1);
    expect(await emulatorTasks(server.url, job!.id)).toHaveLength(1);
    // The card's picture arrives after the card (a frame grabbed from the sequence): the README shows it drawn.
    const picture = page.locator(
      `.job-card[data-job-id="${job!.id}"] img[data-testid="job-thumbnail"][alt^="Picture of the clip on the timeline"]`,
    );
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await captureReadmeScreenshot(page.locator('.sandbox-panel'), 'tab-jobs.png');
  });

  it('reconciles a create whose answer the network dropped: exactly one job is created and it lands', async () => {
    const { page } = await openSandbox(browser, server.url);
    await scriptFaults(server.url, 'kling:create:drop');
    await generate(page, 'A lighthouse at dusk, waves and wind');
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });
    const [job] = await readJobs(page);
    expect(await emulatorTasks(server.url, job!.id)).toHaveLength(1);
    expect(await generatedVideoClips(page)).toHaveLength(1);
  });

  it("shows the provider's reason when a prompt is moderated", async () => {
    const { page } = await openSandbox(browser, server.url);
    await generate(page, 'A street scene [moderate]');
    const card = page.locator('.job-card[data-phase="failed"]');
    await card.waitFor({ timeout: 30_000 });
    await expect(card.getByRole('alert').textContent()).resolves.toMatch(/refused the content: .*risk control/);
    expect(await generatedVideoClips(page)).toHaveLength(0);
  });

  it('refuses a request over the budget cap with the reason, sending nothing', async () => {
    const { page } = await openSandbox(browser, server.url);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Daily cap (USD)').fill('0.20');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await captureReadmeScreenshot(page.locator('.sandbox-panel'), 'tab-settings.png');

    await generate(page, 'An expensive idea');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /would take today's spend to \$0\.35, over the daily cap of \$0\.20/,
    );
    expect(await readJobs(page)).toEqual([]);
    await captureReadmeScreenshot(page.locator('.sandbox-panel'), 'tab-generate.png');
  });

  it('renders every tab at the narrow docked width editors use (300 px)', async () => {
    const { page } = await openSandbox(browser, server.url, 1100);
    await page.addStyleTag({ content: '.sandbox-panel { width: 300px !important; flex-basis: 300px !important; }' });
    for (const tab of ['Generate', 'Jobs', 'Duck', 'Presets', 'Settings']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).resolves.toBe('true');
      // Nothing may spill past the panel's right edge at 300 px.
      const overflow = await page.locator('.sandbox-panel').evaluate((panel) => panel.scrollWidth - panel.clientWidth);
      expect(overflow, `${tab} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      if (tab === 'Duck') await captureReadmeScreenshot(page.locator('.sandbox-panel'), 'tab-duck.png');
    }
    // Keyboard: arrow keys move between tabs.
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Generate' }).getAttribute('aria-selected')).resolves.toBe('true');
  });
});
