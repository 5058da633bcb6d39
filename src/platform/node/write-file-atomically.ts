import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Replaces `filePath` so that a crash or power loss leaves either the old or the new content,
 * never a mix: write a uniquely named sibling, fsync it, rename it over the target, then fsync
 * the folder so the rename itself is on disk (best effort: some file systems refuse a folder fsync).
 */
export async function writeFileAtomically(filePath: string, text: string): Promise<void> {
  const folder = dirname(filePath);
  await mkdir(folder, { recursive: true });
  const temporary = `${filePath}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  }
}
