import { resolveRefusal } from './resolve-refusals';
import type { ResolveFolder, ResolveMediaPool, ResolveMediaPoolItem } from './resolve-api';

/**
 * The bin path's folders, each level found by name before any is made: `AddSubFolder` makes a second
 * folder of the same name rather than answering the one there (research §2.1, measured on 21.x).
 */
export function ensureBinPath(pool: ResolveMediaPool, binPath: readonly string[]): ResolveFolder {
  let folder = pool.GetRootFolder();
  for (const name of binPath) {
    const existing = folder.GetSubFolderList().find((sub) => sub.GetName() === name);
    if (existing != null) {
      folder = existing;
      continue;
    }
    const made = pool.AddSubFolder(folder, name);
    if (made == null) throw resolveRefusal.binNotCreated({ kind: 'importMedia', name: 'Import' }, name, folder.GetName());
    folder = made;
  }
  return folder;
}

/** The media pool item with this unique id, searched from the root bin down. */
export function findPoolItem(pool: ResolveMediaPool, itemId: string): ResolveMediaPoolItem | null {
  const pending: ResolveFolder[] = [pool.GetRootFolder()];
  for (let folder = pending.pop(); folder != null; folder = pending.pop()) {
    const found = folder.GetClipList().find((clip) => clip.GetUniqueId() === itemId);
    if (found != null) return found;
    pending.push(...folder.GetSubFolderList());
  }
  return null;
}
