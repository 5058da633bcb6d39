import type { FolderItem, Project, premierepro } from '@adobe/premierepro';
import type { HostOperation } from '../spec';
import { premiereRefusal } from './premiere-refusals';
import { runTransaction } from './run-transaction';

/** The bin directly inside `folder` with this name, or null. */
async function findChildBin(ppro: premierepro, folder: FolderItem, name: string): Promise<FolderItem | null> {
  for (const item of await folder.getItems()) {
    if (item.name !== name) continue;
    // cast() is typed as always succeeding but returns a falsy value for items that are not bins.
    const bin = ppro.FolderItem.cast(item);
    if (bin != null) return bin;
  }
  return null;
}

/** The bin at `binPath` below the project root ([] is the root), or null if a level is missing. */
export async function findBinPath(ppro: premierepro, project: Project, binPath: readonly string[]): Promise<FolderItem | null> {
  let folder = await project.getRootItem();
  for (const name of binPath) {
    const child = await findChildBin(ppro, folder, name);
    if (child == null) return null;
    folder = child;
  }
  return folder;
}

/**
 * The bin at `binPath`, creating each missing level. Each creation is its own small undo step:
 * the bin has to exist before the (non-undoable) import into it.
 */
export async function ensureBinPath(ppro: premierepro, project: Project, binPath: readonly string[]): Promise<FolderItem> {
  let folder = await project.getRootItem();
  for (const name of binPath) {
    const parent = folder;
    const existing = await findChildBin(ppro, parent, name);
    if (existing != null) {
      folder = existing;
      continue;
    }
    // Bins are made on the way to an import: the editor meets them as part of it.
    const operation: HostOperation = { kind: 'importMedia', name: `Create bin ${name}` };
    runTransaction(project, operation, [() => parent.createBinAction(name, false)]);
    const created = await findChildBin(ppro, parent, name);
    if (created == null) throw premiereRefusal.createdBinMissing(operation);
    folder = created;
  }
  return folder;
}
