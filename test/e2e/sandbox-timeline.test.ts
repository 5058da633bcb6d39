import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../support/encode-test-audio';
import { launchChromium } from '../support/launch-chromium';
import { captureReadmeScreenshot } from '../support/readme-screenshot';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, pick, readState } from '../support/sandbox-page';

/** The page's test hook, as seen from inside the page. */
interface SandboxHook {
  cliprelaySandbox: {
    player: { contextState(): string };
    media: { buffer(path: string): Promise<unknown>; waveform(path: string): Promise<{ minimums: Float32Array }> };
  };
  longTasks: number[];
}

/** A page at a viewport width that records every long task (> 50 ms) from the first script on. */
async function openAt(browser: Browser, url: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript(() => {
    const hook = window as unknown as { longTasks: number[] };
    hook.longTasks = [];
    new PerformanceObserver((list) => hook.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
      type: 'longtask',
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('[data-clip-name="VO line 1.wav"]');
  return { page, errors };
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('sandbox timeline in Chromium: waveforms, dB scale, timecode, speech regions, playback, any width', () => {
  let server: RunningSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
    const opened = await openAt(browser, server.url, 1280);
    page = opened.page;
    expect(opened.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws each voice-over clip with its waveform, the dB scale and a timecode ruler at the sequence rate', async () => {
    for (const name of ['VO line 1.wav', 'VO line 2.wav', 'VO line 3.wav']) {
      await page.locator(`[data-clip-name="${name}"][data-waveform="drawn"] [data-testid="waveform"]`).waitFor();
    }
    const path = await page.locator('[data-clip-name="VO line 3.wav"] [data-testid="waveform"]').getAttribute('d');
    expect(path?.match(/M/g)?.length).toBeGreaterThan(40);
    await expect(page.locator('[data-track="A1"] [data-testid="db-scale"] text').allTextContents()).resolves.toEqual([
      '0 dB',
      '−6',
      '−12',
      '−18',
    ]);
    const ruler = await page.getByTestId('ruler-label').allTextContents();
    expect(ruler).toContain('00:00:10:00');
    expect(ruler.every((label) => /^\d\d:\d\d:\d\d:\d\d$/.test(label))).toBe(true);
  });

  it('reduces a 10-minute file to its waveform in slices that let the page run (long tasks reported)', async () => {
    const sampleRate = 48_000;
    const samples = Float32Array.from({ length: sampleRate * 600 }, (_, i) => 0.4 * Math.sin(i / 9) * (Math.floor(i / sampleRate) % 2));
    const put = await fetch(new URL('/sandbox/media/ten-minutes.wav', server.url), {
      method: 'PUT',
      body: Buffer.from(encodeWav([samples], sampleRate, { kind: 'int', bits: 16 })),
    });
    expect(put.status).toBe(201);
    const measured = await page.evaluate(async () => {
      const hook = window as unknown as SandboxHook;
      // Long tasks are reported after they end: give the observer a frame before reading them.
      const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      // Other tasks that got to run while the waveform was computed: proof the work was cut into slices.
      let otherTasks = 0;
      const ticker = setInterval(() => (otherTasks += 1), 0);
      hook.longTasks.length = 0;
      const peaks = await hook.cliprelaySandbox.media.waveform('/sandbox/media/ten-minutes.wav');
      clearInterval(ticker);
      await settle();
      const waveformLongTasks = [...hook.longTasks];
      // What Play costs for such a file: the browser's decodeAudioData (reported, not a waveform matter).
      hook.longTasks.length = 0;
      await hook.cliprelaySandbox.media.buffer('/sandbox/media/ten-minutes.wav');
      await settle();
      return { bucketCount: peaks.minimums.length, otherTasks, waveformLongTasks, decodeLongTasks: [...hook.longTasks] };
    });
    expect(measured.bucketCount).toBe(600 * 400);
    expect(measured.otherTasks).toBeGreaterThanOrEqual(5);
    const longest = (tasks: number[]) => Math.max(0, ...tasks).toFixed(0);
    // Figures, not assertions: a long task's length depends on what else the machine runs.
    console.info(
      `ten-minute 48 kHz WAV: streamed waveform ${measured.waveformLongTasks.length} long tasks (longest ${longest(measured.waveformLongTasks)} ms), ` +
        `${measured.otherTasks} other tasks ran in between; decodeAudioData for Play ${measured.decodeLongTasks.length} long tasks ` +
        `(longest ${longest(measured.decodeLongTasks)} ms)`,
    );
  });

  it('draws a generated clip’s waveform, shades the speech the Duck tab found, and labels keyframes after Apply', async () => {
    await generate(page, 'A slow dolly shot over a foggy harbour at dawn');
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });
    const state = await readState(page);
    const audio = state.audioTracks.flatMap((track) => track.clips).find((clip) => clip.mediaPath.startsWith('/sandbox/media/'))!;
    const clip = page.locator(`[data-clip-id="${audio.id}"]`);
    await clip.locator('[data-testid="waveform"]').waitFor();
    await expect(clip.locator(':scope > title').textContent()).resolves.toBe(`${audio.name}\n00:00:03:00 – 00:00:08:00`);

    await page.getByRole('tab', { name: 'Duck' }).click();
    await pick(page, 'Voice-over track', 'A1 · Voice-over');
    await pick(page, 'Duck where', 'the voice speaks (speech detected in its media)');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('speech-region').first().waitFor();
    expect(await page.getByTestId('speech-region').count()).toBeGreaterThanOrEqual(3);
    await clip.locator('[data-testid="planned-gain-curve"]').waitFor();

    await page.getByRole('button', { name: /^Apply/ }).click();
    await clip.locator('[data-keyframe]').first().waitFor();
    await expect(clip.locator('[data-testid="planned-gain-curve"]').count()).resolves.toBe(0);
    const tooltips = await clip.locator('[data-keyframe] title').allTextContents();
    expect(tooltips.length).toBeGreaterThanOrEqual(4);
    expect(tooltips.every((tooltip) => /^00:00:0\d:\d\d \(\d+\.\d\d s\) · (0\.0|−\d+\.\d) dB · ClipRelay$/.test(tooltip))).toBe(true);
    expect(tooltips.some((tooltip) => tooltip.includes('−'))).toBe(true);
    await captureReadmeScreenshot(page.locator('.sandbox-timeline'), 'timeline-ducked.png');
  });

  it('plays the sequence from the playhead: the audio context runs and the playhead moves, then Stop leaves it there', async () => {
    const playhead = page.getByTestId('playhead');
    const startSeconds = Number(await playhead.getAttribute('data-seconds'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as SandboxHook).cliprelaySandbox.player.contextState() === 'running');
    await page.waitForFunction(
      (from) => Number(document.querySelector('[data-testid="playhead"]')!.getAttribute('data-seconds')) > from + 0.3,
      startSeconds,
    );
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    const stoppedAt = (await readState(page)).playheadSeconds;
    expect(stoppedAt).toBeGreaterThan(startSeconds + 0.3);
    await expect(playhead.getAttribute('data-seconds')).resolves.toBe(String(stoppedAt));
    await expect(page.getByRole('button', { name: 'Play', exact: true }).isVisible()).resolves.toBe(true);
  });

  it('at 1280 px: panel beside the timeline, no horizontal scrolling', async () => {
    expect(await noHorizontalScroll(page)).toBe(true);
    const panel = (await page.locator('.sandbox-panel').boundingBox())!;
    const timeline = (await page.getByTestId('timeline').boundingBox())!;
    await expect(page.locator('.sandbox-panel').evaluate((element) => element.clientWidth)).resolves.toBe(320);
    expect(timeline.x).toBeGreaterThanOrEqual(panel.x + panel.width);
    expect(timeline.x + timeline.width).toBeLessThanOrEqual(1280);
  });

  it('at 600 px: panel above the timeline, which uses the width there is, no horizontal scrolling', async () => {
    const { page: narrow, errors } = await openAt(browser, server.url, 600);
    expect(await noHorizontalScroll(narrow)).toBe(true);
    const panel = (await narrow.locator('.sandbox-panel').boundingBox())!;
    const timeline = (await narrow.getByTestId('timeline').boundingBox())!;
    await expect(narrow.locator('.sandbox-panel').evaluate((element) => element.clientWidth)).resolves.toBe(320);
    expect(timeline.y).toBeGreaterThanOrEqual(panel.y + panel.height);
    expect(timeline.width).toBeGreaterThan(500);
    expect(timeline.x + timeline.width).toBeLessThanOrEqual(600);
    expect(errors).toEqual([]);
    await narrow.context().close();
  });
});
