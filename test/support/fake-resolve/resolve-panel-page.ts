import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EMULATOR_DEMO_CREDENTIALS } from '../../../src/emulators/demo-credentials';
import { mountEmulators, type MountedEmulators } from '../../../src/emulators/mount-emulators';
import { catalogUrlAllowList } from '../../../src/entries/resolve/catalog-url-allow-list';
import { createResolveBridgeHandlers } from '../../../src/entries/resolve/resolve-bridge-handlers';
import { inspectMp4 } from '../../../src/media';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import type { HostScenario } from '../host-scenario';
import { launchChromium } from '../launch-chromium';
import { startLocalHttpServer } from '../local-http-server';
import { createFakeResolve, type ResolveProfileId } from './index';

const root = resolve(__dirname, '../../..');
const KLING_API = 'https://api-singapore.klingai.com';

/**
 * The Resolve panel page as it ships (dist/resolve, `npx webpack --config-name resolve`) in Chromium, its
 * preload API a Playwright binding into this Node process, where the main process's own bridge handlers run
 * against the fake Resolve at `profile`: the code Electron's main process runs, on the fake bridge.
 */
export async function openResolvePanelPage(scenario: HostScenario, profile: ResolveProfileId) {
  const folders = {
    clips: mkdtempSync(join(tmpdir(), 'cliprelay-resolve-clips-')),
    scratch: mkdtempSync(join(tmpdir(), 'cliprelay-resolve-scratch-')),
    data: mkdtempSync(join(tmpdir(), 'cliprelay-resolve-data-')),
  };
  const fake = createFakeResolve(scenario, {
    profile,
    // Files the panel downloaded or rendered are real: the fake reads their length from them.
    probeFile: (path) => {
      if (!path.startsWith(folders.clips)) return null;
      if (path.endsWith('.wav')) {
        const bytes = readFileSync(path);
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const bytesPerSecond = view.getUint32(28, true);
        return { durationSeconds: (bytes.byteLength - 44) / bytesPerSecond, hasVideo: false, hasAudio: true };
      }
      const info = inspectMp4(new Uint8Array(readFileSync(path)));
      return { durationSeconds: info.durationSeconds, hasVideo: info.video != null, hasAudio: info.audio != null };
    },
  });
  const emulators: MountedEmulators = mountEmulators({ videoBytes: new Uint8Array(readFileSync(join(root, 'assets/demo-clip.mp4'))) });
  const server = await startLocalHttpServer(async (req, res) => {
    if (!(await emulators.handle(req, res))) res.writeHead(404).end();
  });
  const handlersFor = () =>
    createResolveBridgeHandlers({
      resolve: fake.resolve,
      mediaFolderPath: folders.clips,
      scratchFolderPath: folders.scratch,
      dataFolderPath: folders.data,
      vault: { read: async () => ({ ...EMULATOR_DEMO_CREDENTIALS['kling'] }), write: async () => undefined },
      // Kling's real API host is what the page asks for; this machine has no outside network, so the
      // request goes to the Kling emulator (and its downloads, which it serves itself, are allowed too).
      isAllowedUrl: catalogUrlAllowList(loadBuiltinCatalog(), [server.url.replace(/\/$/, '')]),
      fetch: (url, init) =>
        fetch(url.startsWith(KLING_API) ? `${server.url.replace(/\/$/, '')}/kling${url.slice(KLING_API.length)}` : url, init),
    });
  // A new main process (Resolve closed and reopened the plugin) starts with fresh handlers over the same folders.
  let handle = handlersFor();
  const browser: Browser = await launchChromium();
  const context: BrowserContext = await browser.newContext({ viewport: { width: 420, height: 900 }, colorScheme: 'dark' });
  await context.exposeBinding('cliprelayResolveInvoke', (_source, channel: string, args: unknown[]) => handle(channel, args));
  await context.addInitScript(() => {
    const invoke = (window as unknown as { cliprelayResolveInvoke: (channel: string, args: unknown[]) => Promise<unknown> })
      .cliprelayResolveInvoke;
    (window as unknown as { cliprelayResolve: unknown }).cliprelayResolve = {
      invoke: (channel: string, ...args: unknown[]) => invoke(channel, args),
    };
  });
  const page: Page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`file://${join(root, 'dist/resolve/index.html')}`);
  await page.getByRole('tab', { name: 'Generate' }).waitFor();
  return {
    fake,
    page,
    emulators,
    folders,
    pageErrors,
    /** Generated files on the timeline: those under the clip folder. */
    isGenerated: (path: string) => path.startsWith(folders.clips),
    /** Resolve restarts the plugin: a new main process over the same data folder, and the page loads again. */
    async restartPlugin() {
      handle = handlersFor();
      await page.reload();
      await page.getByRole('tab', { name: 'Generate' }).waitFor();
    },
    async close() {
      await browser.close();
      await server.close();
      for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
    },
  };
}
