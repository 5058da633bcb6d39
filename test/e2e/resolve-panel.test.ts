import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_DEMO_CREDENTIALS } from '../../src/emulators/demo-credentials';
import { mountEmulators, type MountedEmulators } from '../../src/emulators/mount-emulators';
import { catalogUrlAllowList } from '../../src/entries/resolve/catalog-url-allow-list';
import { createResolveBridgeHandlers } from '../../src/entries/resolve/resolve-bridge-handlers';
import { inspectMp4 } from '../../src/media';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { createFakeResolve } from '../support/fake-resolve';
import type { HostScenario } from '../support/host-scenario';
import { launchChromium } from '../support/launch-chromium';
import { startLocalHttpServer } from '../support/local-http-server';
import { pick } from '../support/sandbox-page';

// The Resolve panel page as it ships (dist/resolve, built by `npx webpack --config-name resolve`) in Chromium.
// Its preload API is a Playwright binding into this Node process, where the main process's own bridge
// handlers run against the fake Resolve 21.1 — the code Electron's main process runs, on the fake bridge.
const root = resolve(__dirname, '../..');
const KLING_API = 'https://api-singapore.klingai.com';

const SCENARIO: HostScenario = {
  projectName: 'Harbour promo',
  sequenceName: 'Edit 1',
  frameRate: 25,
  playheadSeconds: 3,
  videoTracks: [{ name: 'Video 1', clips: [{ name: 'Title', mediaPath: '/media/title.mov', startSeconds: 0, endSeconds: 3 }] }],
  audioTracks: [
    {
      name: 'Voice-over',
      clips: [
        { name: 'VO 1', mediaPath: '/media/vo-1.wav', startSeconds: 0.5, endSeconds: 2 },
        { name: 'VO 2', mediaPath: '/media/vo-2.wav', startSeconds: 4, endSeconds: 5.6 },
      ],
    },
  ],
  media: {
    '/media/title.mov': { durationSeconds: 3, hasVideo: true, hasAudio: false },
    '/media/vo-1.wav': { durationSeconds: 1.5, hasVideo: false, hasAudio: true },
    '/media/vo-2.wav': { durationSeconds: 1.6, hasVideo: false, hasAudio: true },
  },
};

describe('Resolve panel page in Chromium over the bridge: generate, place and duck on the fake Resolve 21.1', () => {
  let browser: Browser;
  let page: Page;
  let emulators: MountedEmulators;
  let server: { url: string; close(): Promise<void> };
  let clipFolder: string;
  let dataFolder: string;
  const fake = createFakeResolve(SCENARIO, {
    profile: '21.1',
    // Files the panel downloaded are real MP4s: the fake reads their length and streams from them.
    probeFile: (path) => {
      if (!path.startsWith(clipFolder)) return null;
      const info = inspectMp4(new Uint8Array(readFileSync(path)));
      return { durationSeconds: info.durationSeconds, hasVideo: info.video != null, hasAudio: info.audio != null };
    },
  });
  const pageErrors: string[] = [];

  beforeAll(async () => {
    clipFolder = mkdtempSync(join(tmpdir(), 'cliprelay-resolve-e2e-'));
    dataFolder = mkdtempSync(join(tmpdir(), 'cliprelay-resolve-data-'));
    emulators = mountEmulators({ videoBytes: new Uint8Array(readFileSync(join(root, 'assets/demo-clip.mp4'))) });
    server = await startLocalHttpServer(async (req, res) => {
      if (!(await emulators.handle(req, res))) res.writeHead(404).end();
    });
    const handle = createResolveBridgeHandlers({
      resolve: fake.resolve,
      mediaFolderPath: clipFolder,
      // The job ledger and the undo journal are files here, written by the main process.
      dataFolderPath: dataFolder,
      vault: { read: async () => ({ ...EMULATOR_DEMO_CREDENTIALS['kling'] }), write: async () => undefined },
      // Kling's real API host is what the page asks for; this machine has no outside network, so the
      // request goes to the Kling emulator (and its downloads, which it serves itself, are allowed too).
      isAllowedUrl: catalogUrlAllowList(loadBuiltinCatalog(), [server.url.replace(/\/$/, '')]),
      fetch: (url, init) =>
        fetch(url.startsWith(KLING_API) ? `${server.url.replace(/\/$/, '')}/kling${url.slice(KLING_API.length)}` : url, init),
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, colorScheme: 'dark' });
    await context.exposeBinding('cliprelayResolveInvoke', (_source, channel: string, args: unknown[]) => handle(channel, args));
    await context.addInitScript(() => {
      const invoke = (window as unknown as { cliprelayResolveInvoke: (channel: string, args: unknown[]) => Promise<unknown> })
        .cliprelayResolveInvoke;
      (window as unknown as { cliprelayResolve: unknown }).cliprelayResolve = {
        invoke: (channel: string, ...args: unknown[]) => invoke(channel, args),
      };
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`file://${join(root, 'dist/resolve/index.html')}`);
    await page.getByRole('tab', { name: 'Generate' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(clipFolder, { recursive: true, force: true });
    rmSync(dataFolder, { recursive: true, force: true });
  });

  it('generates with Kling through the main process, imports into ClipRelay/Kling and places linked A/V once, at the playhead', async () => {
    expect(pageErrors).toEqual([]);
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByLabel('Prompt', { exact: true }).fill('A slow dolly shot over a foggy harbour at dawn');
    await pick(page, 'Provider', 'Kling');
    await page.getByRole('button', { name: /^Generate/ }).click();
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 60_000 });

    expect(emulators.kling.tasks.size).toBe(1); // one create
    const timeline = fake.state.current!;
    const generatedVideo = timeline.tracks.video.flatMap((track) => track.items).filter((item) => item.media.path.startsWith(clipFolder));
    const generatedAudio = timeline.tracks.audio.flatMap((track) => track.items).filter((item) => item.media.path.startsWith(clipFolder));
    expect(generatedVideo).toHaveLength(1); // one placement: one video item and one audio item
    expect(generatedAudio).toHaveLength(1);
    expect(generatedVideo[0]!.start - timeline.startFrame).toBe(75); // 3 s at 25 fps: the playhead
    expect(generatedAudio[0]!.start).toBe(generatedVideo[0]!.start);
    expect(generatedAudio[0]!.link).toBe(generatedVideo[0]!.link);
    const clipRelayBin = fake.state.root.subfolders.find((folder) => folder.name === 'ClipRelay');
    expect(clipRelayBin?.subfolders.map((folder) => folder.name)).toEqual(['Kling']);
    expect(generatedVideo[0]!.media.thirdParty.get('ClipRelay Provider')).toBe('kling');
    // The job is in the ledger file the main process keeps, not in the page's storage.
    expect(readFileSync(join(dataFolder, 'jobs.json'), 'utf8')).toContain('A slow dolly shot over a foggy harbour at dawn');
    expect(await page.evaluate(() => window.localStorage.getItem('cliprelay.jobs'))).toBeNull();
  });

  it('ducks the generated audio under the voice-over as level steps on 21.1, linked to its video; the undo bar takes it all back', async () => {
    await page.getByRole('tab', { name: 'Duck' }).click();
    await pick(page, 'Voice-over track', 'A1 · Voice-over');
    await pick(page, 'Duck where', 'voice clips sit (whole clips)');
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    // On a timeout the panel's own words say why (its status or alert), not just "timed out".
    await page
      .getByRole('status')
      .filter({ hasText: 'Ducked' })
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(
          `no "Ducked" status; the Duck tab says: ${(await page.locator('[role="alert"], [role="status"]').allInnerTexts()).join(' | ')}`,
          {
            cause: error,
          },
        );
      });

    // Resolve writes level steps, not keyframes: the outcome line says so (the host's writesGainSteps).
    expect(await page.getByRole('status').filter({ hasText: 'Ducked' }).innerText()).toContain('as level steps, not keyframes');
    const timeline = fake.state.current!;
    const steps = timeline.tracks.audio.flatMap((track) => track.items).filter((item) => item.media.path.startsWith(clipFolder));
    const video = timeline.tracks.video.flatMap((track) => track.items).find((item) => item.media.path.startsWith(clipFolder))!;
    expect(steps.length).toBeGreaterThan(2);
    // Standard is −9 dB; a target-gap measurement may choose within the preset's range.
    expect(Math.min(...steps.map((item) => item.volumeDb))).toBeLessThanOrEqual(-6);
    expect(Math.min(...steps.map((item) => item.volumeDb))).toBeGreaterThanOrEqual(-24);
    expect(steps.every((item) => item.link === video.link)).toBe(true);
    steps.forEach((item, index) => index > 0 && expect(item.start).toBe(steps[index - 1]!.end));

    await page.getByRole('button', { name: 'Undo last ClipRelay change' }).click();
    await page.getByText(/^Undone: /).waitFor();
    const undone = timeline.tracks.audio.flatMap((track) => track.items).filter((item) => item.media.path.startsWith(clipFolder));
    expect(undone.map((item) => [item.volumeDb, item.start, item.end])).toEqual([[0, video.start, video.end]]);
    expect(pageErrors).toEqual([]);
  });
});
