import { describe, expect, it } from 'vitest';
import { batchedSinkWriter, type VectoredByteSink } from '../../../src/providers/http/batched-sink-writer';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

const MiB = 1024 * 1024;
const chunk = () => new Uint8Array(64 * 1024).fill(7);

describe('batchedSinkWriter', () => {
  it('joins chunks into ~1 MiB writes for a plain sink', async () => {
    const sink = createMemoryByteSink();
    const writer = batchedSinkWriter(sink, MiB);
    for (let i = 0; i < 80; i++) await writer.write(chunk()); // 5 MiB
    await writer.flush();
    expect(sink.chunks.map((written) => written.length)).toEqual([MiB, MiB, MiB, MiB, MiB]);
  });

  it('hands a vectored sink its batches as the chunks themselves, uncopied', async () => {
    const batches: Uint8Array[][] = [];
    const sink: VectoredByteSink = {
      write: async (bytes) => void batches.push([bytes]),
      writev: async (chunks) => void batches.push([...chunks]),
      close: async () => {},
      abort: async () => {},
    };
    const sent = Array.from({ length: 80 }, chunk);
    const writer = batchedSinkWriter(sink, 4 * MiB);
    for (const piece of sent) await writer.write(piece);
    await writer.flush();
    expect(batches.map((batch) => batch.reduce((sum, piece) => sum + piece.length, 0))).toEqual([4 * MiB, MiB]);
    expect(batches.flat()[0]).toBe(sent[0]); // the very same buffer: no copy
  });

  it('says a chunk is written only once the write that took it has succeeded, and never after a failed one', async () => {
    const finishes: (() => void)[] = [];
    const failures: ((error: Error) => void)[] = [];
    const sink: VectoredByteSink = {
      write: () => new Promise<void>((resolve, reject) => (finishes.push(resolve), failures.push(reject))),
      writev: () => new Promise<void>((resolve, reject) => (finishes.push(resolve), failures.push(reject))),
      close: async () => {},
      abort: async () => {},
    };
    const written: Uint8Array[] = [];
    const writer = batchedSinkWriter(sink, 1, (piece) => written.push(piece));
    const first = chunk();
    const second = chunk();
    await writer.write(first); // its write starts and is still under way
    expect(written).toEqual([]);
    const secondAccepted = writer.write(second); // waits for the first write
    finishes[0]!();
    await secondAccepted;
    expect(written).toEqual([first]);
    failures[1]!(new Error('disk full'));
    await expect(writer.flush()).rejects.toThrow('disk full');
    expect(written).toEqual([first]); // the failed write's chunk is never reported written
  });
});
