import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxClip, SandboxState } from '../../src/hosts/sandbox';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, openSandbox, readState } from '../support/sandbox-page';

const generatedAudio = (state: SandboxState): SandboxClip | undefined =>
  state.audioTracks.flatMap((track) => track.clips).find((clip) => clip.mediaPath.startsWith('/sandbox/media/'));

describe('sandbox in Chromium: track roles and Essential Sound controls in the Duck tab', () => {
  let server: RunningSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
    const opened = await openSandbox(browser, server.url);
    page = opened.page;
    expect(opened.errors).toEqual([]);
    await generate(page, 'A slow dolly shot over a foggy harbour at dawn');
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets a track role, remembered when the tab is opened again', async () => {
    await page.getByRole('tab', { name: 'Duck' }).click();
    const musicRole = page.getByLabel('Role of A2 Music');
    await expect(musicRole.inputValue()).resolves.toBe('music'); // from the track's name
    await musicRole.selectOption({ label: 'Generated' });
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('tab', { name: 'Duck' }).click();
    await expect(page.getByLabel('Role of A2 Music').inputValue()).resolves.toBe('generated');
    await expect(page.getByLabel('Role of A1 Voice-over').inputValue()).resolves.toBe('voice');
  });

  it('Reduce by −12 dB and Apply: the generated clip is ducked to −12 dB in one undo step, named as a custom preset', async () => {
    const before = await readState(page);
    const historyBefore = await page.getByTestId('undo-history').textContent();
    await page.getByLabel('Voice-over track').selectOption({ label: 'A1 · Voice-over' });
    await page.getByLabel('Duck where').selectOption('clip-extents');
    await page.getByLabel('Reduce by (dB), exact value').fill('-12');
    await expect(page.getByLabel('Start from').locator('option:checked').textContent()).resolves.toBe('Custom (from Standard)');
    await page.getByRole('button', { name: 'Apply these settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Ducked' }).waitFor();

    const after = await readState(page);
    const clip = generatedAudio(after)!;
    const drawn = await page
      .locator(`[data-clip-id="${clip.id}"] [data-keyframe]`)
      .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-keyframe')!.split(':')[1])));
    // VO line 2 (4.0–5.6 s) lies over the generated clip (3–8 s): one duck, down to the new −12 dB.
    expect(drawn).toEqual([0, -12, -12, 0]);
    await expect(page.getByTestId('undo-history').textContent()).resolves.toBe(`${historyBefore} › ClipRelay: duck Custom (from Standard)`);
    expect(after.audioTracks[0]).toEqual(before.audioTracks[0]); // the voice-over is never touched

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(page.locator(`[data-clip-id="${clip.id}"] [data-keyframe]`).count()).resolves.toBe(0);
  });
});
