import { app, BrowserWindow, ipcMain, safeStorage } from 'electron';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { WorkflowIntegrationBridge } from '../hosts/resolve/resolve-api';
import { loadBuiltinCatalog } from '../providers/catalog';
import { buildPackHosts } from '../platform/build-pack-hosts';
import { catalogUrlAllowList, packHostAllowList } from './resolve/catalog-url-allow-list';
import { safeStorageVault } from './resolve/safe-storage-vault';
import { startResolveMain } from './resolve/start-resolve-main';

// Composition root of the Resolve plugin's main process (the manifest's FilePath). Blackmagic's native
// bridge is loaded from beside this file, where the install script copied it from the user's own Resolve.
const pluginFolder = __dirname;
const bridge = createRequire(__filename)(join(pluginFolder, 'WorkflowIntegration.node')) as WorkflowIntegrationBridge;

// The page's requests leave from here: the providers the catalog lists, and agency packs from the build's hosts.
const isCatalogUrl = catalogUrlAllowList(loadBuiltinCatalog());
const isPackUrl = packHostAllowList(buildPackHosts());

startResolveMain({ app, ipcMain, BrowserWindow }, bridge, {
  pluginFolder,
  mediaFolderPath: join(app.getPath('documents'), 'ClipRelay', 'Clips'),
  // Resolve's OTIO export and the ducked copy it imports back (Resolve before 21.1); absolute, as Resolve needs.
  scratchFolderPath: join(app.getPath('userData'), 'timeline-copies'),
  // The undo journal (and the job ledger) outlive the panel here: Resolve has no undo for scripted edits.
  dataFolderPath: app.getPath('userData'),
  vault: safeStorageVault(safeStorage, join(app.getPath('userData'), 'cliprelay-keys.bin')),
  isAllowedUrl: (url) => isCatalogUrl(url) || isPackUrl(url),
}).catch((error: unknown) => {
  // No window to show it in: Resolve's console (Workspace › Console) shows the main process's output.
  console.error(error);
  app.quit();
});
