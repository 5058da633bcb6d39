/**
 * The few Electron APIs the Resolve plugin uses. Electron is Resolve's own (36.3.2 since Resolve 20.1,
 * research §1.1), never a dependency of ours, so its types are declared here from Electron's docs:
 * - app: https://www.electronjs.org/docs/latest/api/app
 * - BrowserWindow + webPreferences (sandbox, contextIsolation, preload): https://www.electronjs.org/docs/latest/api/browser-window
 * - ipcMain.handle / IpcMainInvokeEvent.senderFrame: https://www.electronjs.org/docs/latest/api/ipc-main
 * - contextBridge.exposeInMainWorld: https://www.electronjs.org/docs/latest/api/context-bridge
 * - ipcRenderer.invoke: https://www.electronjs.org/docs/latest/api/ipc-renderer
 * - safeStorage: https://www.electronjs.org/docs/latest/api/safe-storage
 */
declare module 'electron' {
  interface WebPreferences {
    preload?: string;
    sandbox?: boolean;
    contextIsolation?: boolean;
    nodeIntegration?: boolean;
  }
  interface BrowserWindowConstructorOptions {
    width?: number;
    height?: number;
    title?: string;
    backgroundColor?: string;
    webPreferences?: WebPreferences;
  }
  class BrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    loadFile(filePath: string): Promise<void>;
  }
  interface IpcMainInvokeEvent {
    readonly senderFrame: { readonly url: string } | null;
  }
  const ipcMain: {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  };
  const app: {
    whenReady(): Promise<void>;
    on(event: 'window-all-closed', listener: () => void): void;
    quit(): void;
    getPath(name: 'userData' | 'documents'): string;
  };
  const safeStorage: {
    isEncryptionAvailable(): boolean;
    encryptString(plainText: string): Uint8Array;
    decryptString(encrypted: Uint8Array): string;
  };
  const contextBridge: {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  };
  const ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  };
}
