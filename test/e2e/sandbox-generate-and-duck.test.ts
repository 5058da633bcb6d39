import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxClip, SandboxState } from '../../src/hosts/sandbox';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, openSandbox, pick, readState } from '../support/sandbox-page';

const screenshotDir = resolve(__dirname, '../../test-output');
const generatedAudio = (state: SandboxState): SandboxClip | undefined =>
  state.audioTracks.flatMap((track) => track.clips).find((clip) => clip.mediaPath.startsWith('/sandbox/media/'));

describe('sandbox in Chromium: a prompt becomes a clip on the timeline, ducked under the voice-over', () => {
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

  it('opens on the demo sequence with a voice-over track of several speech clips', async () => {
    const state = await readState(page);
    expect(state.audioTracks[0]?.name).toBe('Voice-over');
    expect(state.audioTracks[0]?.clips.length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-testid="playhead"]').getAttribute('data-seconds')).resolves.toBe('3');
    await expect(page.getByTestId('import-preview').textContent()).resolves.toMatch(/place 5 s at 0:03\.00 on V1 \+ A2/);
  });

  it('generates with Kling (emulated), shows progress, imports into the ClipRelay bin and places linked A/V on free tracks', async () => {
    await generate(page, 'A slow dolly shot over a foggy harbour at dawn');
    // The emulator keeps the task "processing" for a few polls, so the card shows it while we look.
    await page.locator('.job-card[data-phase="generating"]').waitFor();
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });

    const state = await readState(page);
    const video = state.videoTracks[0]?.clips.find((clip) => clip.mediaPath.startsWith('/sandbox/media/'));
    const audio = generatedAudio(state);
    expect(video?.startSeconds).toBe(3); // at the playhead, on V1 right after the title card
    expect(video?.endSeconds).toBeCloseTo(8, 3); // the emulator's 5 s clip, read from the real MP4
    expect(state.audioTracks.findIndex((track) => track.clips.includes(audio!))).toBe(1); // A1 speaks at 4 s, A2 is free
    expect(audio?.linkId).not.toBeNull();
    expect(audio?.linkId).toBe(video?.linkId);
    expect(state.items.map((item) => item.binPath.join('/'))).toEqual(['ClipRelay/Kling (emulated)']);
    expect(state.audioTracks[0]?.clips.map((clip) => clip.name)).toEqual(['VO line 1.wav', 'VO line 2.wav', 'VO line 3.wav']);
    await expect(page.locator(`[data-clip-id="${audio!.id}"]`).count()).resolves.toBe(1);
  });

  it('ducks the generated audio under the voice-over with Standard (−9 dB) in one undo step, drawn, and Undo restores it exactly', async () => {
    const before = await readState(page);
    const clipBefore = generatedAudio(before)!;
    const historyBefore = await page.getByTestId('undo-history').textContent();

    await page.getByRole('tab', { name: 'Duck' }).click();
    await pick(page, 'Voice-over track', 'A1 · Voice-over');
    // Clip extents first: the whole voice clips are the regions.
    await pick(page, 'Duck where', 'voice clips sit (whole clips)');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByTestId('duck-preview').textContent()).resolves.toMatch(
      /3 voice regions: 0\.5–2\.0 s, 4\.0–5\.6 s, 9\.6–12\.4 s/,
    );
    // Then speech detected in the demo voice-over WAVs: tighter than the clips, so less of the bed is ducked.
    await pick(page, 'Duck where', 'the voice speaks (speech detected in its media)');
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Ducked' }).waitFor();

    const after = await readState(page);
    const clipAfter = generatedAudio(after)!;
    const drawn = await page
      .locator(`[data-clip-id="${clipAfter.id}"] [data-keyframe]`)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-keyframe')!.split(':').map(Number) as [number, number]));
    // VO line 2 sits at 4.0–5.6 s over the clip (3–8 s); its speech lies inside that, so the −9 dB
    // stretch starts after 4.0 s and ends before 5.6 s, with a 0.3 s fade down and 0.6 s fade up.
    expect(drawn.map(([, levelDb]) => levelDb)).toEqual([0, -9, -9, 0]);
    const [fadeStart, duckStart, duckEnd, fadeEnd] = drawn.map(([time]) => time) as [number, number, number, number];
    expect(duckStart).toBeGreaterThan(4.0);
    expect(duckEnd).toBeLessThan(5.6);
    expect(duckStart - fadeStart).toBeCloseTo(0.3, 1);
    expect(fadeEnd - duckEnd).toBeCloseTo(0.6, 1);
    const historyAfter = await page.getByTestId('undo-history').textContent();
    expect(historyAfter).toBe(`${historyBefore} › ClipRelay: duck Standard (−9 dB)`);
    // The voice-over itself is never touched.
    expect(after.audioTracks[0]).toEqual(before.audioTracks[0]);

    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: resolve(screenshotDir, 'sandbox-ducked.png') });

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    const undone = await readState(page);
    expect(generatedAudio(undone)).toEqual(clipBefore);
    await expect(page.locator(`[data-clip-id="${clipBefore.id}"] [data-keyframe]`).count()).resolves.toBe(0);
  });
});
