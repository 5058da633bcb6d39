import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron';
import type { Resolve, WorkflowIntegrationBridge } from '../../hosts/resolve/resolve-api';
import { AppError } from '../../shared/app-error';
import { RESOLVE_BRIDGE_CHANNELS } from './resolve-bridge-api';
import { createResolveBridgeHandlers, type ResolveBridgeDeps } from './resolve-bridge-handlers';
import { RESOLVE_PLUGIN_ID } from './resolve-plugin-id';

/** Seconds a Resolve call may take before the bridge gives up: calls block while Resolve shows a modal dialog (research §1.5). */
export const RESOLVE_API_TIMEOUT_SECONDS = 30;

/** Resolve refused the plugin (not Studio, started by hand instead of from Workspace › Workflow Integrations). */
export class ResolveBridgeUnavailableError extends AppError {
  constructor(init: { message: string }) {
    super(init.message);
    this.name = 'ResolveBridgeUnavailableError';
  }
}

/** The slice of Electron the main process uses, passed in so tests run it in Node. */
interface MainElectron {
  readonly app: { whenReady(): Promise<void>; on(event: 'window-all-closed', listener: () => void): void; quit(): void };
  readonly ipcMain: { handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void };
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => Pick<ElectronWindow, 'loadFile'>;
}

interface ResolveMainOptions extends Omit<ResolveBridgeDeps, 'resolve'> {
  /** Folder of main.js, preload.js and index.html. */
  readonly pluginFolder: string;
}

/**
 * The plugin's main process: initialise Blackmagic's bridge with the manifest's id, bound every call in
 * time, answer the page's allowed calls only from our own page, and open the panel sandboxed with context
 * isolation (required since Resolve 19.0.2). `CleanUp()` is never called: on Resolve 21 it hung the main
 * thread (research §1.7); quitting the app releases the bridge.
 */
export async function startResolveMain(
  electron: MainElectron,
  bridge: WorkflowIntegrationBridge,
  options: ResolveMainOptions,
): Promise<void> {
  if (!bridge.Initialize(RESOLVE_PLUGIN_ID)) {
    throw new ResolveBridgeUnavailableError({
      message: 'DaVinci Resolve did not accept ClipRelay: open it from Workspace › Workflow Integrations in DaVinci Resolve Studio',
    });
  }
  bridge.SetAPITimeout(RESOLVE_API_TIMEOUT_SECONDS);
  const resolve: Resolve | null | undefined = bridge.GetResolve();
  if (resolve == null)
    throw new ResolveBridgeUnavailableError({
      message: 'DaVinci Resolve did not hand ClipRelay its scripting objects; restart Resolve and open ClipRelay again',
    });
  const handle = createResolveBridgeHandlers({ ...options, resolve, bridgeVersion: bridge.GetInfo?.().version ?? null });
  const pagePath = `${options.pluginFolder.replace(/\\/g, '/').replace(/\/$/, '')}/index.html`;
  const fromOurPage = (event: IpcMainInvokeEvent) => {
    const url = event.senderFrame?.url ?? '';
    return (
      url.startsWith('file://') &&
      decodeURIComponent(new URL(url).pathname)
        .replace(/^\/([A-Za-z]:)/, '$1')
        .endsWith(pagePath.replace(/^([A-Za-z]:)/, '$1'))
    );
  };
  for (const channel of RESOLVE_BRIDGE_CHANNELS) {
    electron.ipcMain.handle(channel, (event, ...args) =>
      fromOurPage(event)
        ? handle(channel, args)
        : { ok: false, error: { name: 'BridgeRefusedError', message: 'only the ClipRelay page may call ClipRelay', fields: {} } },
    );
  }
  electron.app.on('window-all-closed', () => electron.app.quit());
  await electron.app.whenReady();
  const window = new electron.BrowserWindow({
    width: 420,
    height: 860,
    title: 'ClipRelay',
    backgroundColor: '#1e1e1e',
    webPreferences: { preload: join(options.pluginFolder, 'preload.js'), sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  await window.loadFile(join(options.pluginFolder, 'index.html'));
}
