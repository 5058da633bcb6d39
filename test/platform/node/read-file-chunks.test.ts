import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileChunks } from '../../../src/platform/node/read-file-chunks';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-chunks-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('readFileChunks', () => {
  it('yields the whole file in chunks of the given size, each a separate buffer', async () => {
    const file = join(directory, 'a.bin');
    const bytes = Uint8Array.from({ length: 10_000 }, (_, index) => index % 251);
    writeFileSync(file, bytes);
    const chunks: Uint8Array[] = [];
    for await (const chunk of readFileChunks(file, { chunkBytes: 4096 })) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.length)).toEqual([4096, 4096, 1808]);
    expect(chunks[0]!.buffer).not.toBe(chunks[1]!.buffer);
    expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
  });

  it('yields nothing for an empty file, rejects a missing one, and stops on abort', async () => {
    const empty = join(directory, 'empty.bin');
    writeFileSync(empty, new Uint8Array(0));
    const chunks: Uint8Array[] = [];
    for await (const chunk of readFileChunks(empty)) chunks.push(chunk);
    expect(chunks).toEqual([]);
    await expect(readFileChunks(join(directory, 'missing.wav')).next()).rejects.toThrow(/ENOENT/);

    const big = join(directory, 'big.bin');
    writeFileSync(big, new Uint8Array(100_000));
    const controller = new AbortController();
    const reason = new Error('stop');
    const read = async () => {
      for await (const _chunk of readFileChunks(big, { chunkBytes: 1000, signal: controller.signal })) controller.abort(reason);
    };
    await expect(read()).rejects.toBe(reason);
  });
});
