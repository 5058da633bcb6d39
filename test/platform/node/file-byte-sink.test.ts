import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileByteSink } from '../../../src/platform/node/file-byte-sink';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-sink-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('createFileByteSink', () => {
  it('writes to <file>.part and renames it on close', async () => {
    const file = join(directory, 'clip.mp4');
    const sink = createFileByteSink(file);
    await sink.write(Uint8Array.from([1, 2, 3]));
    expect(readdirSync(directory)).toEqual(['clip.mp4.part']);
    await sink.write(Uint8Array.from([4, 5]));
    await sink.close();

    expect(readdirSync(directory)).toEqual(['clip.mp4']);
    expect([...readFileSync(file)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('deletes the partial file on abort and leaves no final file', async () => {
    const file = join(directory, 'clip.mp4');
    const sink = createFileByteSink(file);
    await sink.write(Uint8Array.from([1, 2, 3]));
    await sink.abort(new Error('download failed'));

    expect(readdirSync(directory)).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('creates an empty file when closed without writes', async () => {
    const file = join(directory, 'empty.mp4');
    const sink = createFileByteSink(file);
    await sink.close();
    expect(readFileSync(file).length).toBe(0);
  });

  it('refuses writes after close', async () => {
    const sink = createFileByteSink(join(directory, 'clip.mp4'));
    await sink.close();
    await expect(sink.write(Uint8Array.from([1]))).rejects.toThrow(/already finished/);
  });
});
