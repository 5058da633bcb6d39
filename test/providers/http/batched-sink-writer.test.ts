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

  it('hands a vectored sink fewer, larger batches, uncopied', async () => {
    const batches: Uint8Array[][] = [];
    const sink: VectoredByteSink = {
      write: async (bytes) => void batches.push([bytes]),
      writev: async (chunks) => void batches.push([...chunks]),
      close: async () => {},
      abort: async () => {},
    };
    const sent = Array.from({ length: 80 }, chunk);
    const writer = batchedSinkWriter(sink, MiB);
    for (const piece of sent) await writer.write(piece);
    await writer.flush();
    expect(batches.map((batch) => batch.reduce((sum, piece) => sum + piece.length, 0))).toEqual([4 * MiB, MiB]);
    expect(batches.flat()[0]).toBe(sent[0]); // the very same buffer: no copy
  });
});
