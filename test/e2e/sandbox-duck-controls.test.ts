import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxClip, SandboxState } from '../../src/hosts/sandbox';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, openSandbox, pick, pickedLabel, pickedValue, readState } from '../support/sandbox-page';

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
    await expect(pickedValue(page, 'Role of A2 Music')).resolves.toBe('music'); // from the track's name
    await pick(page, 'Role of A2 Music', 'Generated');
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('tab', { name: 'Duck' }).click();
    await expect.poll(() => pickedValue(page, 'Role of A2 Music')).toBe('generated');
    await expect(pickedValue(page, 'Role of A1 Voice-over')).resolves.toBe('voice');
  });

  it('Reduce by −12 dB and Apply: the generated clip is ducked to −12 dB in one undo step, named as a custom preset', async () => {
    const before = await readState(page);
    const historyBefore = await page.getByTestId('undo-history').textContent();
    await pick(page, 'Voice-over track', 'A1 · Voice-over');
    await pick(page, 'Duck where', 'voice clips sit (whole clips)');
    await page.getByLabel('Reduce by (dB), exact value').fill('-12');
    await expect.poll(() => pickedLabel(page, 'Start from')).toBe('Custom (from Standard)');
    await expect(page.getByRole('slider', { name: 'Reduce by (dB)' }).inputValue()).resolves.toBe('-12');
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
