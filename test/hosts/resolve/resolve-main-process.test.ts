import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron';
import type { BridgeResult } from '../../../src/entries/resolve/resolve-bridge-api';
import { RESOLVE_BRIDGE_CHANNELS } from '../../../src/entries/resolve/resolve-bridge-api';
import type { SecretVault } from '../../../src/entries/resolve/resolve-bridge-handlers';
import { RESOLVE_PLUGIN_ID } from '../../../src/entries/resolve/resolve-plugin-id';
import {
  RESOLVE_API_TIMEOUT_SECONDS,
  ResolveBridgeUnavailableError,
  startResolveMain,
} from '../../../src/entries/resolve/start-resolve-main';
import { createFakeResolve } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

function memoryVault(): SecretVault & { values: Record<string, string> } {
  const vault = {
    values: {} as Record<string, string>,
    read: async () => ({ ...vault.values }),
    write: async (values: Readonly<Record<string, string>>) => {
      vault.values = { ...values };
    },
  };
  return vault;
}

/** Electron's main-process objects as the plugin uses them, recording what it asked for. */
function fakeElectron() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  const windows: BrowserWindowConstructorOptions[] = [];
  const loaded: string[] = [];
  let quit = 0;
  let closeAll: () => void = () => undefined;
  return {
    handlers,
    windows,
    loaded,
    quits: () => quit,
    closeAllWindows: () => closeAll(),
    electron: {
      app: {
        whenReady: async () => undefined,
        on: (_event: 'window-all-closed', listener: () => void) => {
          closeAll = listener;
        },
        quit: () => {
          quit += 1;
        },
      },
      ipcMain: {
        handle: (channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) =>
          void handlers.set(channel, listener),
      },
      BrowserWindow: class {
        constructor(options: BrowserWindowConstructorOptions) {
          windows.push(options);
        }
        async loadFile(path: string) {
          loaded.push(path);
        }
      },
    },
  };
}

async function started(options: { profile?: '18.5' | '21.1'; pluginFolder?: string } = {}) {
  const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: options.profile ?? '21.1' });
  const electron = fakeElectron();
  const mediaFolderPath = await mkdtemp(join(tmpdir(), 'cliprelay-resolve-'));
  const pluginFolder =
    options.pluginFolder ??
    '/Library/Application Support/Blackmagic Design/DaVinci Resolve/Workflow Integration Plugins/com.cliprelay.resolve';
  const vault = memoryVault();
  await startResolveMain(electron.electron, fake.bridge, {
    pluginFolder,
    mediaFolderPath,
    vault,
    isAllowedUrl: (url) => url.origin === 'https://queue.fal.run',
  });
  const page = { senderFrame: { url: `file://${encodeURI(pluginFolder)}/index.html` } } as IpcMainInvokeEvent;
  const call = async (channel: string, ...args: unknown[]) => (await electron.handlers.get(channel)!(page, ...args)) as BridgeResult;
  return { fake, electron, call, page, mediaFolderPath, vault };
}

describe('the Resolve plugin main process, in Node against the fake bridge', () => {
  it('initialises the bridge with the manifest id, bounds calls in time, and never calls CleanUp', async () => {
    const { fake, electron } = await started();
    expect(fake.bridge.initializedWith).toEqual([RESOLVE_PLUGIN_ID]);
    expect(fake.bridge.timeouts).toEqual([RESOLVE_API_TIMEOUT_SECONDS]);
    electron.closeAllWindows();
    expect(electron.quits()).toBe(1);
    expect(fake.bridge.cleanUpCalls).toBe(0);
  });

  it('opens the page sandboxed with context isolation and the preload, and handles exactly the allowed channels', async () => {
    const { electron } = await started();
    expect(electron.windows[0]?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(electron.windows[0]?.webPreferences?.preload).toMatch(/com\.cliprelay\.resolve\/preload\.js$/);
    expect(electron.loaded[0]).toMatch(/com\.cliprelay\.resolve\/index\.html$/);
    expect([...electron.handlers.keys()].sort()).toEqual([...RESOLVE_BRIDGE_CHANNELS].sort());
  });

  it('answers only its own page: another frame is refused before anything reaches Resolve', async () => {
    const { electron, fake } = await started();
    const foreign = { senderFrame: { url: 'https://example.com/index.html' } } as IpcMainInvokeEvent;
    const answer = (await electron.handlers.get('host.readActiveSequence')!(foreign)) as BridgeResult;
    expect(answer).toMatchObject({ ok: false, error: { name: 'BridgeRefusedError' } });
    expect(fake.state.calls).toEqual([]);
  });

  it('recognises its own page on Windows, where the file URL has a drive letter and escaped spaces', async () => {
    const { electron } = await started({
      pluginFolder: 'C:\\ProgramData\\Blackmagic Design\\DaVinci Resolve\\Support\\Workflow Integration Plugins\\com.cliprelay.resolve',
    });
    const page = {
      senderFrame: {
        url: 'file:///C:/ProgramData/Blackmagic%20Design/DaVinci%20Resolve/Support/Workflow%20Integration%20Plugins/com.cliprelay.resolve/index.html',
      },
    } as IpcMainInvokeEvent;
    expect(await electron.handlers.get('host.capabilities')!(page)).toMatchObject({ ok: true, value: { name: 'DaVinci Resolve' } });
  });

  it('runs host calls on Resolve and brings typed errors back as data', async () => {
    const { call } = await started();
    const sequence = await call('host.readActiveSequence');
    expect(sequence).toMatchObject({ ok: true, value: { name: 'Contract', frameRate: 25 } });
    const gone = await call('host.readVolumeAutomation', 'audio:9:1');
    expect(gone).toMatchObject({ ok: false, error: { name: 'HostOperationError', fields: { operation: 'Read volume' } } });
  });

  it('writes clips only into the clip folder, and fetches only allowed hosts', async () => {
    const { call, mediaFolderPath } = await started();
    const created = (await call('media.createFile', 'clip.mp4')) as { ok: true; value: { path: string; handle: string } };
    expect(created.value.path).toBe(join(mediaFolderPath, 'clip.mp4'));
    await call('media.write', created.value.handle, Buffer.from('bytes').toString('base64'));
    await call('media.close', created.value.handle);
    expect(await readFile(created.value.path, 'utf8')).toBe('bytes');
    expect(await call('media.createFile', '../escape.mp4')).toMatchObject({ ok: false, error: { name: 'BridgeRefusedError' } });
    expect(await call('media.readFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/only in its clip folder/) },
    });
    expect(await call('net.fetch', { url: 'https://evil.example/steal', method: 'GET', headers: [], body: null })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/only to the providers' hosts/) },
    });
  });

  it('keeps API keys in the vault, never in the page', async () => {
    const { call, vault } = await started();
    await call('secrets.set', 'FAL_KEY', 'fal-FAKE');
    expect(vault.values).toEqual({ FAL_KEY: 'fal-FAKE' });
    expect(await call('secrets.get', 'FAL_KEY')).toEqual({ ok: true, value: 'fal-FAKE' });
    await call('secrets.remove', 'FAL_KEY');
    expect(vault.values).toEqual({});
  });

  it('says how to open ClipRelay when Resolve refuses the bridge', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO);
    fake.bridge.Initialize = () => false;
    const electron = fakeElectron();
    const run = startResolveMain(electron.electron, fake.bridge, {
      pluginFolder: '/p',
      mediaFolderPath: '/m',
      vault: memoryVault(),
      isAllowedUrl: () => false,
    });
    await expect(run).rejects.toBeInstanceOf(ResolveBridgeUnavailableError);
    await expect(run).rejects.toThrow(/Workspace › Workflow Integrations/);
    expect(electron.windows).toEqual([]);
  });
});
