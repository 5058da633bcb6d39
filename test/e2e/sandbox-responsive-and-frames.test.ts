import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxState } from '../../src/hosts/sandbox';
import { encodeWav } from '../support/encode-test-audio';
import { launchChromium } from '../support/launch-chromium';
import { recordMainThreadTasks, type MainThreadTask } from '../support/main-thread-trace';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, openSandbox, readJobs, readState } from '../support/sandbox-page';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const run = promisify(execFile);

const SENTENCES = [
  'Welcome back to the harbour, where the boats come in before dawn.',
  'The fishermen unload their catch while the fog lifts over the water.',
  'By seven the market is full, and the first buyers argue over prices.',
  'Later the light turns gold, and the town slowly wakes up.',
];
const PAUSES_SECONDS = [0.9, 1.6, 0.7, 2.4];
const VO_SECONDS = 600;
const VO_PATH = '/sandbox/media/ten-minute-vo.wav';
const MUSIC_PATH = '/sandbox/media/music-bed.wav';

/** A ten-minute spoken voice-over: a few espeak-ng sentences with pauses, repeated and cut to length, 48 kHz mono 16-bit. */
async function tenMinuteVoiceOver(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const [index, sentence] of SENTENCES.entries()) {
    const spoken = join(folder, `s${index}.wav`);
    const padded = join(folder, `p${index}.wav`);
    await run('espeak-ng', ['-v', index % 2 === 0 ? 'en-us' : 'en-gb+f3', '-w', spoken, sentence]);
    await run('sox', [spoken, '-r', '48000', '-c', '1', '-b', '16', padded, 'pad', '0', String(PAUSES_SECONDS[index])]);
    parts.push(padded);
  }
  const program = join(folder, 'program.wav');
  await run('sox', [...parts, program]);
  const output = join(folder, 'vo.wav');
  // Far more repeats than needed; trim cuts at exactly ten minutes.
  await run('sox', [program, output, 'repeat', '80', 'trim', '0', String(VO_SECONDS)]);
  return output;
}

/** The ten minutes played six times over: an hour of voice-over (345 MB), made in the test's temp folder, never committed. */
async function oneHourVoiceOver(folder: string): Promise<string> {
  const output = join(folder, 'vo-hour.wav');
  await run('sox', [await tenMinuteVoiceOver(folder), output, 'repeat', '5']);
  return output;
}

/** Twenty seconds of a soft chord, the bed the voice ducks. */
function musicBed(): Uint8Array {
  const rate = 48_000;
  const samples = Float32Array.from(
    { length: rate * 20 },
    (_, i) => 0.1 * (Math.sin((2 * Math.PI * 220 * i) / rate) + Math.sin((2 * Math.PI * 277 * i) / rate)),
  );
  return encodeWav([samples], rate, { kind: 'int', bits: 16 });
}

/** The page's test hook and the long tasks the init script records. */
interface PageHook {
  longTasks: number[];
  lastClickMs: number;
  cliprelaySandbox: { player: { contextState(): string } };
}

const longest = (tasks: readonly number[]) => Math.max(0, ...tasks);
/** The Long Tasks API's threshold: a task this long delays input and frames visibly. */
const LONG_TASK_MS = 50;

/** Reads and clears the long tasks seen so far, after a frame so the observer has reported the last one. */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 60)));
    const hook = window as unknown as PageHook;
    return hook.longTasks.splice(0);
  });
}

/** A sandbox page on a sequence whose voice-over track holds one long narration, its waveform drawn. */
async function openOnNarration(browser: Browser, server: RunningSandbox, voBody: Buffer, voSeconds: number): Promise<Page> {
  for (const [path, body] of [
    [VO_PATH, voBody],
    [MUSIC_PATH, musicBed()],
  ] as const) {
    const put = await fetch(new URL(path, server.url), { method: 'PUT', body: Buffer.from(body) });
    expect(put.status).toBe(201);
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const project = createSandboxState({
    sequenceName: 'Documentary',
    frameRate: 25,
    playheadSeconds: 2,
    videoTracks: [{ name: 'Video 1', clips: [] }],
    audioTracks: [
      { name: 'Voice-over', clips: [{ name: 'Narration.wav', mediaPath: VO_PATH, startSeconds: 0, endSeconds: voSeconds }] },
      { name: 'Music', clips: [{ name: 'Bed.wav', mediaPath: MUSIC_PATH, startSeconds: 0, endSeconds: 20 }] },
    ],
  });
  await context.addInitScript((projectJson) => {
    const hook = window as unknown as PageHook;
    hook.longTasks = [];
    new PerformanceObserver((list) => hook.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
      type: 'longtask',
    });
    // When the input reached the page: what the page's own Cancel latency is measured from.
    document.addEventListener('click', (event) => (hook.lastClickMs = event.timeStamp), { capture: true });
    // The project is set once: a reload later in the test keeps what the page saved.
    if (window.localStorage.getItem('cliprelay.sandbox.project') == null) {
      window.localStorage.setItem('cliprelay.sandbox.project', projectJson);
    }
  }, JSON.stringify(project));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.locator('[data-clip-name="Narration.wav"][data-waveform="drawn"]').waitFor({ timeout: 240_000 });
  expect(errors).toEqual([]);
  return page;
}

/**
 * Tasks in which the page's own JavaScript ran longer than a long task, in thread CPU time: what our
 * slicing controls, however many other processes share the machine (their preemption stretches wall
 * time, not CPU time). Browser-internal work in the same tasks (network delivery, GC) is reported apart.
 */
const oursOverLimit = (tasks: readonly MainThreadTask[]) => tasks.filter((task) => task.scriptCpuMs > LONG_TASK_MS);

function figures(tasks: readonly MainThreadTask[], observed: readonly number[]): string {
  const cpuLong = tasks.filter((task) => task.cpuMs > LONG_TASK_MS);
  const browserOnly = cpuLong.filter((task) => task.scriptCpuMs <= LONG_TASK_MS).map((task) => `${task.heaviest} ${task.cpuMs.toFixed(0)}`);
  const gc = longest(tasks.map((task) => task.gcCpuMs));
  return (
    `${observed.length} long tasks by wall clock (longest ${longest(observed).toFixed(0)} ms); ` +
    `longest script CPU in a task ${longest(tasks.map((task) => task.scriptCpuMs)).toFixed(0)} ms (GC in a task up to ${gc.toFixed(0)} ms); ` +
    `tasks over ${LONG_TASK_MS} ms CPU: ${cpuLong.length}${browserOnly.length > 0 ? ` (browser-internal: ${browserOnly.join(', ')} ms)` : ''}`
  );
}

describe('sandbox in Chromium: a responsive Duck tab on a ten-minute voice-over', () => {
  const tempFolder = tempFoldersRemovedAfterAll();
  let server: RunningSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const [vo] = await Promise.all([tenMinuteVoiceOver(tempFolder('cliprelay-vo-')), (async () => (server = await runSandboxServer()))()]);
    browser = await launchChromium();
    page = await openOnNarration(browser, server, await readFile(vo), VO_SECONDS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds speech in ten minutes of voice-over, and plays it, without a long task of ours', async () => {
    const loading = await takeLongTasks(page);
    await page.getByRole('tab', { name: 'Duck' }).click();
    await takeLongTasks(page);
    // Timer tasks that got to run during the analysis: the page was free between its slices.
    await page.evaluate(() => {
      const hook = window as unknown as { ticks: number; ticker: number; frames: number; counting: boolean };
      hook.ticks = 0;
      hook.frames = 0;
      hook.counting = true;
      hook.ticker = window.setInterval(() => (hook.ticks += 1), 0);
      const frame = () => {
        hook.frames += 1;
        if (hook.counting) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const analysingTasks = await recordMainThreadTasks(browser, page, async () => {
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByTestId('speech-region').first().waitFor({ timeout: 120_000 });
    });
    const { ticks, frames } = await page.evaluate(() => {
      const hook = window as unknown as { ticks: number; ticker: number; frames: number; counting: boolean };
      window.clearInterval(hook.ticker);
      hook.counting = false;
      return { ticks: hook.ticks, frames: hook.frames };
    });
    const analysing = await takeLongTasks(page);
    const regions = await page.getByTestId('speech-region').count();

    const playingTasks = await recordMainThreadTasks(browser, page, async () => {
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForFunction(() => (window as unknown as PageHook).cliprelaySandbox.player.contextState() === 'running');
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="playhead"]')!.getAttribute('data-seconds')) > 2.3);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
    });
    const playing = await takeLongTasks(page);

    console.info(
      `ten-minute VO: page load and waveform ${loading.length} long tasks, longest ${longest(loading).toFixed(0)} ms; ` +
        `Duck preview (speech + loudness): ${figures(analysingTasks, analysing)}; ${ticks} timer tasks and ${frames} animation frames ran in between; ` +
        `Play: ${figures(playingTasks, playing)}`,
    );
    // Four sentences in each twenty-odd seconds of the program: about 120 regions in ten minutes.
    expect(regions).toBeGreaterThan(90);
    // Done in one go, the analysis would let one or two timers and frames through; in slices, the page keeps both going.
    expect(ticks).toBeGreaterThan(10);
    expect(frames).toBeGreaterThan(10);
    // Issue 13: no long task of ours while the Duck tab analyses, nor when Play starts the sound.
    expect(analysingTasks.length).toBeGreaterThan(10);
    expect(oursOverLimit(analysingTasks)).toEqual([]);
    expect(oursOverLimit(playingTasks)).toEqual([]);
  });
});

describe('sandbox in Chromium: an hour of voice-over analysed with progress and Cancel (issue 16.3)', () => {
  const tempFolder = tempFoldersRemovedAfterAll();
  let server: RunningSandbox;
  let browser: Browser;
  let page: Page;
  const HOUR_SECONDS = 6 * VO_SECONDS;

  beforeAll(async () => {
    const [vo] = await Promise.all([
      oneHourVoiceOver(tempFolder('cliprelay-vo-hour-')),
      (async () => (server = await runSandboxServer()))(),
    ]);
    browser = await launchChromium();
    page = await openOnNarration(browser, server, await readFile(vo), HOUR_SECONDS);
    await page.getByRole('tab', { name: 'Duck' }).click();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const marks = (name: string) =>
    page.evaluate((markName) => performance.getEntriesByName(`cliprelay:duck-analysis-${markName}`).map((entry) => entry.startTime), name);

  it('stops reading at Cancel, with no plan, no error and no progress after it (the time it took is printed)', async () => {
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    // At once, without waiting for the button to sit still (it would not: the analysis of an hour takes seconds, not minutes).
    await page.getByRole('button', { name: 'Cancel', exact: true }).click({ force: true });
    await page.waitForFunction(() => performance.getEntriesByName('cliprelay:duck-analysis-cancelled').length > 0, null, {
      timeout: 10_000,
    });
    // Measured by the page: from the click's event time (when the input reached it) to the analysis having stopped (the mark after it settled).
    const clickMs = await page.evaluate(() => (window as unknown as PageHook).lastClickMs);
    const [cancelledMs] = await marks('cancelled');
    const [requestedMs] = await marks('cancel-requested');
    const latencyMs = cancelledMs! - clickMs;
    await page.waitForTimeout(300);
    const progressAfter = (await marks('progress')).filter((at) => at > cancelledMs!);
    console.info(
      `one-hour VO: Cancel took ${latencyMs.toFixed(0)} ms from the click to the analysis stopped ` +
        `(${(requestedMs! - clickMs).toFixed(0)} ms until the page handled the click, ${(cancelledMs! - requestedMs!).toFixed(0)} ms from there)`,
    );
    expect(latencyMs).toBeGreaterThanOrEqual(0);
    // The time is printed, not asserted (a loaded machine stretches any wall-clock figure; speed lives in figures, not
    // in pass/fail): what must hold is that the analysis stopped — marked as cancelled, then silent.
    expect(cancelledMs!).toBeGreaterThanOrEqual(requestedMs!);
    expect(progressAfter).toEqual([]);
    await expect(page.getByTestId('duck-progress').count()).resolves.toBe(0);
    await expect(page.getByTestId('speech-region').count()).resolves.toBe(0);
    await expect(page.locator('#panel-duck [role="alert"]').count()).resolves.toBe(0);
  });

  it('analyses the hour with progress every 250 ms or more often and no long task of ours', async () => {
    await page.evaluate(() => performance.clearMarks());
    await takeLongTasks(page);
    const tasks = await recordMainThreadTasks(browser, page, async () => {
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByTestId('speech-region').first().waitFor({ timeout: 240_000 });
    });
    const observed = await takeLongTasks(page);
    const progress = await marks('progress');
    const gapsMs = progress.slice(1).map((at, index) => at - progress[index]!);
    const regions = await page.getByTestId('speech-region').count();
    console.info(
      `one-hour VO: analysed in ${((progress.at(-1) ?? 0) - (progress[0] ?? 0)).toFixed(0)} ms, ${progress.length} progress updates, ` +
        `longest gap ${longest(gapsMs).toFixed(0)} ms; ${figures(tasks, observed)}`,
    );
    expect(regions).toBeGreaterThan(6 * 90);
    // Progress every 250 ms on average over the whole hour (the throttle shows one per 100 ms of analysis; its property test covers
    // every sequence). The longest single gap is printed, not asserted: other processes preempting the page stretch wall-clock gaps.
    const analysedMs = (progress.at(-1) ?? 0) - (progress[0] ?? 0);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor(analysedMs / 250));
    expect(oursOverLimit(tasks)).toEqual([]);
  });
});

describe('sandbox in Chromium: job thumbnails, a reference from the playhead, clip selection', () => {
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

  it('shows a placeholder with the clip length until there is a picture, then the placed clip’s frame', async () => {
    await generate(page, 'A lighthouse beam sweeping over a stormy sea at night');
    await page.getByRole('tab', { name: 'Jobs' }).click();
    const card = page.locator('.job-card').first();
    await expect(card.getByRole('img', { name: /^No picture yet: a \d+ s clip$/ }).count()).resolves.toBe(1);
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });
    const thumbnail = card.getByTestId('job-thumbnail');
    await thumbnail.waitFor({ timeout: 15_000 });
    await expect(thumbnail.getAttribute('alt')).resolves.toBe(
      'Picture of the clip on the timeline: A lighthouse beam sweeping over a stormy sea at night',
    );
    await expect(thumbnail.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    // Decoded by the browser: a real picture, 16:9 like the demo clip.
    const size = await thumbnail.evaluate((image: HTMLImageElement) => ({ width: image.naturalWidth, height: image.naturalHeight }));
    expect(size.width).toBeGreaterThan(100);
    expect(Math.abs(size.width / size.height - 16 / 9)).toBeLessThan(0.05);
  });

  it('sends the frame at the playhead to the provider as the reference image', async () => {
    const placed = (await readJobs(page)).find((job) => job.phase === 'placed')!;
    const midClip = (placed.placement.startSeconds + placed.placement.endSeconds) / 2;
    await page.evaluate(
      (seconds) =>
        (window as unknown as { cliprelaySandbox: { host: { setPlayhead(s: number): void } } }).cliprelaySandbox.host.setPlayhead(seconds),
      midClip,
    );
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('button', { name: 'Use the frame at the playhead as the reference image' }).click();
    const name = page.getByTestId('reference-image-name');
    await expect(name.textContent()).resolves.toMatch(/^Frame at 00\.00\.0\d\.\d\d\.png/);
    await generate(page, 'The same lighthouse at dawn, the storm gone');
    const imageTasks = async () => {
      const response = await fetch(new URL('/sandbox/emulator-tasks', server.url));
      const { kling } = (await response.json()) as { kling: { endpoint: string; imageHead: string | null }[] };
      return kling.filter((task) => task.endpoint === 'image2video' && task.imageHead != null);
    };
    await expect.poll(async () => (await imageTasks()).length, { timeout: 15_000 }).toBe(1);
    // What Kling received: a PNG (its signature) the size of the demo clip's frame (IHDR width and height).
    const head = Buffer.from((await imageTasks())[0]!.imageHead!, 'base64');
    expect([...head.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([640, 360]);
    await expect
      .poll(async () => (await readJobs(page)).some((job) => job.referenceImageName?.startsWith('Frame at ') === true))
      .toBe(true);
  });

  it('selects a clip on a click, adds one on Shift-click, and from the keyboard', async () => {
    const clipNamed = (name: string) => page.locator(`[data-clip-name="${name}"]`);
    const selectedNames = async () => {
      const state = await readState(page);
      const ids = new Set(state.selectedClipIds ?? []);
      return state.audioTracks
        .flatMap((track) => track.clips)
        .filter((clip) => ids.has(clip.id))
        .map((clip) => clip.name);
    };
    await clipNamed('VO line 2.wav').click();
    await expect.poll(selectedNames).toEqual(['VO line 2.wav']);
    await expect(clipNamed('VO line 2.wav').getAttribute('aria-pressed')).resolves.toBe('true');
    await clipNamed('VO line 3.wav').click({ modifiers: ['Shift'] });
    await expect.poll(selectedNames).toEqual(['VO line 2.wav', 'VO line 3.wav']);
    await expect(page.getByTestId('clip-selected-outline').count()).resolves.toBe(2);
    // Keyboard: the clip is a button in the tab order; Enter selects it alone.
    const first = page.getByRole('button', { name: /^Select clip VO line 1\.wav, A1, / });
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(selectedNames).toEqual(['VO line 1.wav']);
    await expect(clipNamed('VO line 2.wav').getAttribute('aria-pressed')).resolves.toBe('false');
  });
});
