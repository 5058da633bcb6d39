import type { FolderItem, Project, ProjectItem, premierepro } from '@adobe/premierepro';
import { findBinPath } from './premiere-bins';

/**
 * A project item by its id. Premiere has no lookup by id, so bins are searched: the hinted bin first
 * (where ClipRelay imported it), then the whole project tree, breadth first.
 */
export async function findProjectItemById(
  ppro: premierepro,
  project: Project,
  itemId: string,
  hintBinPath: readonly string[] | null = null,
): Promise<ProjectItem | null> {
  if (hintBinPath != null) {
    const bin = await findBinPath(ppro, project, hintBinPath);
    const hinted = bin == null ? undefined : (await bin.getItems()).find((item) => item.getId() === itemId);
    if (hinted != null) return hinted;
  }
  const queue: FolderItem[] = [await project.getRootItem()];
  for (let folder = queue.shift(); folder != null; folder = queue.shift()) {
    for (const item of await folder.getItems()) {
      if (item.getId() === itemId) return item;
      // cast() is typed as always succeeding but returns a falsy value for items that are not bins.
      const bin = ppro.FolderItem.cast(item);
      if (bin != null) queue.push(bin);
    }
  }
  return null;
}
