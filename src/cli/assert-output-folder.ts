import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliUsageError } from './cli-usage-error';

/**
 * Makes sure `--out` can take the clip before anything is paid for (the download would fail after
 * the provider billed the job): an existing `--out` must be a writable folder; a missing one is
 * created only once a clip arrives, so its nearest existing parent must be a writable folder.
 */
export async function assertOutputFolder(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing != null && !existing.isDirectory()) throw new CliUsageError(`generate: --out ${path} is a file, not a folder.`);
  let folder = path;
  if (existing == null) {
    for (;;) {
      const parent = dirname(folder);
      // Not there yet: it will be created with the clip, so the nearest existing parent decides.
      const info = parent === folder ? null : await stat(parent).catch(() => undefined);
      if (info === undefined) {
        folder = parent;
        continue;
      }
      if (info == null || !info.isDirectory())
        throw new CliUsageError(`generate: --out ${path} cannot be created: ${parent} is not a folder.`);
      folder = parent;
      break;
    }
  }
  await access(folder, constants.W_OK).catch(() => {
    throw new CliUsageError(`generate: --out ${path} is not writable${folder === path ? '' : ` (${folder} is read-only)`}.`);
  });
}
