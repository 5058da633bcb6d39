import { contextBridge, ipcRenderer } from 'electron';
import { RESOLVE_BRIDGE_CHANNELS, type BridgeResult, type ResolvePreloadApi } from './resolve/resolve-bridge-api';

// Runs sandboxed with context isolation: the page gets `invoke` for ClipRelay's own channels and nothing
// else of Electron or Node.
const api: ResolvePreloadApi = {
  async invoke(channel, ...args) {
    if (!RESOLVE_BRIDGE_CHANNELS.includes(channel)) {
      return { ok: false, error: { name: 'BridgeRefusedError', message: `no such ClipRelay call: ${String(channel)}`, fields: {} } };
    }
    return (await ipcRenderer.invoke(channel, ...args)) as BridgeResult;
  },
};
contextBridge.exposeInMainWorld('cliprelayResolve', api);
