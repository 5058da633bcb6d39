import { InvariantError } from '../../shared/app-error';
import { writeSync, writevSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { VectoredByteSink } from '../../providers/http/batched-sink-writer';
import type { ChunkReleasingSink } from '../../providers/http/recycled-read-buffers';
import type { RereadableByteSink } from '../../providers/http/rereadable-sink';

/**
 * A ByteSink writing to `<filePath>.part`, renamed to `filePath` on close and deleted on abort,
 * so a half-downloaded clip never sits under the final name where an editor could import it.
 * `writev` takes a batch of chunks in one system call, without joining them first; `readWritten`
 * reads the part file back, so a resumed download hashes its prefix only when it needs to. Once a
 * write has settled its bytes are in the file, so the download may reuse the chunk's memory.
 */
/**
 * Writes go to the file on the calling thread while the page cache takes them at once, as curl
 * writes: the bytes just read are still in the CPU's cache and no thread-pool hop is paid (a
 * 256 MiB loopback download took 0.2–0.35 s so, 0.3–0.5 s through the pool). A write that blocks
 * longer than this means the disk is pushing back (a slow or network drive, dirty pages being
 * throttled): from then on the sink writes through the thread pool, so the event loop — a panel's
 * UI — keeps turning.
 */
const SLOW_WRITE_MS = 8;

export function createFileByteSink(filePath: string): VectoredByteSink & RereadableByteSink & ChunkReleasingSink {
  const partPath = `${filePath}.part`;
  let handle: FileHandle | undefined;
  let finished = false;
  let onCallingThread = true;

  /** Runs one synchronous write, and leaves the calling thread for good if it was slow. */
  const timed = (write: () => number): number => {
    const startedMs = performance.now();
    const bytesWritten = write();
    if (performance.now() - startedMs > SLOW_WRITE_MS) onCallingThread = false;
    return bytesWritten;
  };

  const ensureOpen = async (): Promise<FileHandle> => {
    handle ??= await open(partPath, 'w+'); // read too: see readWritten
    return handle;
  };

  return {
    keepsNoChunks: true,
    async write(chunk) {
      if (finished) throw new InvariantError({ message: `Cannot write to ${filePath}: the download already finished` });
      const file = await ensureOpen();
      let offset = 0;
      // FileHandle.write may write fewer bytes than asked.
      while (offset < chunk.length) {
        const bytesWritten = onCallingThread
          ? timed(() => writeSync(file.fd, chunk, offset, chunk.length - offset))
          : (await file.write(chunk, offset, chunk.length - offset)).bytesWritten;
        offset += bytesWritten;
      }
    },
    async writev(chunks) {
      if (finished) throw new InvariantError({ message: `Cannot write to ${filePath}: the download already finished` });
      const file = await ensureOpen();
      const rest = chunks.filter((chunk) => chunk.length > 0);
      // Like write, writev may write fewer bytes than asked: go on from where it stopped.
      while (rest.length > 0) {
        let bytesWritten = onCallingThread ? timed(() => writevSync(file.fd, rest)) : (await file.writev(rest)).bytesWritten;
        while (rest.length > 0 && bytesWritten >= rest[0]!.length) bytesWritten -= rest.shift()!.length;
        if (bytesWritten > 0) rest[0] = rest[0]!.subarray(bytesWritten);
      }
    },
    async readWritten(offset, length) {
      if (finished) throw new InvariantError({ message: `Cannot read ${filePath} back: the download already finished` });
      const file = await ensureOpen();
      const bytes = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await file.read(bytes, filled, length - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return bytes.subarray(0, filled);
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
      // Abort is cleanup after the real failure; the .part file is removed next either way.
      await handle?.close().catch(() => undefined);
      await rm(partPath, { force: true });
    },
  };
}
