import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { ByteSink } from '../../providers/spec';

/**
 * A ByteSink writing to `<filePath>.part`, renamed to `filePath` on close and deleted on abort,
 * so a half-downloaded clip never sits under the final name where an editor could import it.
 */
export function createFileByteSink(filePath: string): ByteSink {
  const partPath = `${filePath}.part`;
  let handle: FileHandle | undefined;
  let finished = false;

  const ensureOpen = async (): Promise<FileHandle> => {
    handle ??= await open(partPath, 'w');
    return handle;
  };

  return {
    async write(chunk) {
      if (finished) throw new Error(`Cannot write to ${filePath}: the download already finished`);
      const file = await ensureOpen();
      let offset = 0;
      // FileHandle.write may write fewer bytes than asked.
      while (offset < chunk.length) {
        const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
    },
    async close() {
      if (finished) return;
      const file = await ensureOpen();
      finished = true;
      await file.close();
      await rename(partPath, filePath);
    },
    async abort() {
      if (finished) return;
      finished = true;
      await handle?.close().catch(() => undefined);
      await rm(partPath, { force: true });
    },
  };
}
