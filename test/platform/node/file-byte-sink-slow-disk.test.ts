import type * as nodeFs from 'node:fs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileByteSink } from '../../../src/platform/node/file-byte-sink';

// The file sink writes on the calling thread while the page cache takes writes at once, and moves
// to the thread pool for good after one slow write, so a slow disk cannot freeze the event loop.
// node:fs's synchronous writes are wrapped here to count them and to make one of them slow.
const disk = vi.hoisted(() => ({ syncWrites: 0, slowMs: 0, full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof nodeFs>();
  const slowly = <T>(write: () => T): T => {
    disk.syncWrites += 1;
    if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const until = performance.now() + disk.slowMs;
    while (performance.now() < until); // a disk that blocks the caller
    return write();
  };
  return {
    ...fs,
    writeSync: (...args: Parameters<typeof fs.writeSync>) => slowly(() => fs.writeSync(...args)),
    writevSync: (...args: Parameters<typeof fs.writevSync>) => slowly(() => fs.writevSync(...args)),
  };
});

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-slow-disk-'));
  disk.syncWrites = 0;
  disk.slowMs = 0;
  disk.full = false;
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('createFileByteSink on a disk that pushes back', () => {
  it('writes on the calling thread while writes are quick', async () => {
    const file = join(directory, 'clip.mp4');
    const sink = createFileByteSink(file);
    await sink.write(Uint8Array.from([1, 2]));
    await sink.writev([Uint8Array.from([3]), Uint8Array.from([4, 5])]);
    await sink.write(Uint8Array.from([6]));
    await sink.close();
    expect(disk.syncWrites).toBe(3);
    expect([...readFileSync(file)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('moves every later write to the thread pool after one slow write, and loses no byte', async () => {
    const file = join(directory, 'clip.mp4');
    const sink = createFileByteSink(file);
    await sink.write(Uint8Array.from([1]));
    disk.slowMs = 30;
    await sink.writev([Uint8Array.from([2]), Uint8Array.from([3])]); // slow: 30 ms against the 8 ms allowed
    disk.slowMs = 0;
    await sink.write(Uint8Array.from([4]));
    await sink.writev([Uint8Array.from([5]), Uint8Array.from([6, 7])]);
    await sink.close();
    expect(disk.syncWrites).toBe(2);
    expect([...readFileSync(file)]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('rejects the write with the disk’s own error (a full disk), and an abort then removes the part file', async () => {
    const file = join(directory, 'clip.mp4');
    const sink = createFileByteSink(file);
    await sink.write(Uint8Array.from([1]));
    disk.full = true;
    await expect(sink.writev([Uint8Array.from([2]), Uint8Array.from([3])])).rejects.toMatchObject({ code: 'ENOSPC' });
    await sink.abort(new Error('disk full'));
    expect(existsSync(`${file}.part`)).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});
