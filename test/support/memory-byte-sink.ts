import type { ByteSink } from '../../src/providers/spec';

/** A ByteSink that keeps chunks in memory and records how it ended. */
interface MemoryByteSink extends ByteSink {
  readonly chunks: Uint8Array[];
  readonly state: 'open' | 'closed' | 'aborted';
  bytes(): Uint8Array;
}

export function createMemoryByteSink(): MemoryByteSink {
  const chunks: Uint8Array[] = [];
  let state: MemoryByteSink['state'] = 'open';
  return {
    chunks,
    get state() {
      return state;
    },
    async write(chunk) {
      if (state !== 'open') throw new Error(`write after ${state}`);
      chunks.push(chunk.slice());
    },
    async close() {
      state = 'closed';
    },
    async abort() {
      state = 'aborted';
    },
    bytes() {
      const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      const all = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        all.set(chunk, offset);
        offset += chunk.length;
      }
      return all;
    },
  };
}
