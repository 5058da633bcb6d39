import type { FolderItem, Project, ProjectItem, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import type { HostOperation, ImportedMedia } from '../spec';
import { ensureBinPath } from './premiere-bins';
import { isSameMediaPath, mediaPathOf } from './premiere-media-path';
import { premiereRefusal } from './premiere-refusals';

/** How to wait for Premiere to show an imported item. */
interface ImportLookup {
  readonly delay: (delayMs: number) => Promise<void>;
  /** Lookups before giving up. */
  readonly attempts: number;
  /** Pause between lookups. */
  readonly intervalMs: number;
  /** Told how many lookups it took to find the item. */
  readonly onFound?: (lookups: number) => void;
}

const operation: HostOperation = { kind: 'importMedia', name: 'Import media' };

async function itemsWithMediaPath(ppro: premierepro, bin: FolderItem, mediaPath: string): Promise<ProjectItem[]> {
  const matches: ProjectItem[] = [];
  for (const item of await bin.getItems()) {
    const itemPath = await mediaPathOf(ppro, item);
    if (itemPath != null && isSameMediaPath(itemPath, mediaPath)) matches.push(item);
  }
  return matches;
}

/**
 * Imports a file into the bin at `binPath` (created when missing) and finds the new project item.
 * `importFiles` only answers true/false, and Premiere may list the item a little later, so the bin is
 * searched by media path up to `lookup.attempts` times. An item that was already in the bin before
 * counts only on the last attempt (Premiere may decline to import a file twice).
 */
export async function importIntoBin(
  ppro: premierepro,
  project: Project,
  mediaPath: string,
  binPath: readonly string[],
  lookup: ImportLookup,
): Promise<ImportedMedia> {
  const bin = await ensureBinPath(ppro, project, binPath);
  const idsBefore = new Set((await bin.getItems()).map((item) => item.getId()));
  let imported: boolean;
  try {
    // The target bin must be a ProjectItem; `undefined` makes Premiere throw "Illegal Parameter type".
    imported = await project.importFiles([mediaPath], true, ppro.ProjectItem.cast(bin), false);
  } catch (error) {
    throw premiereRefusal.importThrew(operation, mediaPath, describeError(error), error);
  }
  if (!imported) throw premiereRefusal.importRefused(operation, mediaPath);

  for (let attempt = 1; attempt <= lookup.attempts; attempt += 1) {
    const matches = await itemsWithMediaPath(ppro, bin, mediaPath);
    const isLastAttempt = attempt === lookup.attempts;
    const found = matches.find((item) => !idsBefore.has(item.getId())) ?? (isLastAttempt ? matches[0] : undefined);
    if (found != null) {
      lookup.onFound?.(attempt);
      return { itemId: found.getId(), mediaPath, binPath: [...binPath] };
    }
    if (!isLastAttempt) await lookup.delay(lookup.intervalMs);
  }
  throw premiereRefusal.importedItemMissing(operation, mediaPath, binPath.join('/'), lookup.attempts);
}
