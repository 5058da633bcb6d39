import { describe, expect, it } from 'vitest';
import { keepsNoChunks, RecycledReadBuffers } from '../../../src/providers/http/recycled-read-buffers';

describe('RecycledReadBuffers', () => {
  it('makes no more than its limit, then only hands out what was given back', () => {
    const buffers = new RecycledReadBuffers(1024, 2);
    const first = buffers.take()!;
    const second = buffers.take()!;
    expect(buffers.take()).toBeUndefined();
    buffers.giveBack(new Uint8Array(first, 100, 10)); // part of a read's chunk gives the whole buffer back
    expect(buffers.take()).toBe(first);
    expect(buffers.take()).toBeUndefined();
    expect(second.byteLength).toBe(1024);
  });

  it('grows past its limit only when asked to (after a flush gave nothing back)', () => {
    const buffers = new RecycledReadBuffers(64, 1);
    buffers.take();
    expect(buffers.take()).toBeUndefined();
    expect(buffers.take(true)?.byteLength).toBe(64);
  });

  it('never hands out a buffer twice for one giving back, a detached buffer, or a foreign one', () => {
    const buffers = new RecycledReadBuffers(256, 1);
    const buffer = buffers.take()!;
    const chunk = new Uint8Array(buffer);
    buffers.giveBack(chunk);
    buffers.giveBack(chunk.subarray(10)); // the same buffer again
    expect(buffers.take()).toBe(buffer);
    expect(buffers.take()).toBeUndefined();
    const moved = structuredClone(buffer, { transfer: [buffer] }); // what a BYOB read does to the buffer it is given
    buffers.giveBack(chunk); // a view of the detached buffer: length 0
    buffers.giveBack(new Uint8Array(512)); // not one of ours by size
    expect(buffers.take()).toBeUndefined();
    buffers.giveBack(new Uint8Array(moved));
    expect(buffers.take()).toBe(moved);
  });

  it('tells a sink that keeps no chunks from one that may', () => {
    const base = { write: async () => {}, close: async () => {}, abort: async () => {} };
    const releasing = { ...base, keepsNoChunks: true as const };
    expect(keepsNoChunks(releasing)).toBe(true);
    expect(keepsNoChunks(base)).toBe(false);
  });
});
