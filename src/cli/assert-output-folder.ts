import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { CliUsageError } from './cli-usage-error';

/**
 * Makes sure `--out` can take the clip before anything is paid for: created when missing,
 * refused in one line when it is a file or cannot be written (the download would fail after the
 * provider billed the job).
 */
export async function assertOutputFolder(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing != null && !existing.isDirectory()) throw new CliUsageError(`generate: --out ${path} is a file, not a folder.`);
  if (existing == null) {
    await mkdir(path, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new CliUsageError(`generate: --out ${path} cannot be created (${error.code === 'ENOTDIR' || error.code === 'EEXIST' ? 'a file is in the way' : (error.code ?? error.message)}).`);
    });
  }
  await access(path, constants.W_OK).catch(() => {
    throw new CliUsageError(`generate: --out ${path} is not writable.`);
  });
}
