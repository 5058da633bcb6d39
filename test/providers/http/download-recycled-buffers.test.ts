import type { ServerResponse } from 'node:http';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../../src/platform/node/node-fetch';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';
import type { ChunkReleasingSink } from '../../../src/providers/http/recycled-read-buffers';
import type { ByteSink } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';

// A download into a sink that keeps no chunks reads its body into a few buffers it reuses (BYOB
// reads through our Node fetch). Reuse is only safe if a buffer is never read into while a write
// of its bytes is under way; these tests hold writes open and check the bytes did not change.

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** MP4-shaped bytes (ftyp, empty moov, mdat to the end) with random media data, so any misplaced byte shows. */
function mp4Bytes(sizeBytes: number, seed: number): Uint8Array {
  const body = new Uint8Array(sizeBytes);
  let state = seed >>> 0 || 1;
  for (let index = 40; index < sizeBytes; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    body[index] = state & 0xff;
  }
  body.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0, 0], 0);
  body.set([0, 0, 0, 0, 0, 0, 0, 0], 16);
  body.set([0, 0, 0, 8, 0x6d, 0x6f, 0x6f, 0x76], 24);
  new DataView(body.buffer).setUint32(32, sizeBytes - 32);
  body.set([0x6d, 0x64, 0x61, 0x74], 36);
  return body;
}

/** downloadToSink's BYOB read size. */
const READ_BUFFER_BYTES = 256 * 1024;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

interface ServedFile {
  readonly bytes: Uint8Array;
  /** Sizes the server writes in, cycled. */
  readonly pieceSizes: readonly number[];
  readonly chunked: boolean;
  /** Offsets (in the whole file) where the first responses drop their connection, one per response. */
  readonly dropsAt: readonly number[];
}

/** A file server with Range, writing in the given piece sizes and dropping the first connections where told. */
async function serve(file: ServedFile): Promise<string> {
  server = await startLocalHttpServer(async (req, res: ServerResponse, call) => {
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const from = range == null ? 0 : Number(range[1]);
    const headers: Record<string, string> = { 'content-type': 'video/mp4' };
    if (!file.chunked) headers['content-length'] = String(file.bytes.length - from);
    if (range != null) headers['content-range'] = `bytes ${from}-${file.bytes.length - 1}/${file.bytes.length}`;
    res.writeHead(range == null ? 200 : 206, headers);
    const dropAt = file.dropsAt[call - 1];
    let offset = from;
    for (let piece = 0; offset < file.bytes.length; piece++) {
      const size = file.pieceSizes[piece % file.pieceSizes.length]!;
      const end = Math.min(file.bytes.length, offset + size, dropAt != null && dropAt > offset ? dropAt : Infinity);
      if (dropAt != null && offset >= dropAt) {
        res.socket?.destroy();
        return;
      }
      if (!res.write(file.bytes.subarray(offset, end))) await new Promise((resolve) => res.once('drain', resolve));
      offset = end;
      if (piece % 3 === 0) await tick();
    }
    res.end();
  });
  return `${server.url}/clip.mp4`;
}

/**
 * A sink that keeps no chunks, as a file does, but holds each write open for a while and checks,
 * when it settles, that the chunk's bytes are still the ones it was given.
 */
function checkingSink(holdTicks: readonly number[]) {
  const parts: Uint8Array[] = [];
  // A read transfers its buffer, so the same memory comes back as a new ArrayBuffer object each time: what
  // shows the recycled buffers were used is the chunks' backing buffers being read buffers (256 KiB).
  const bufferSizes = new Set<number>();
  const changedWhileWriting: number[] = [];
  let writes = 0;
  const take = async (chunks: readonly Uint8Array[]) => {
    const copies = chunks.map((chunk) => chunk.slice());
    for (const chunk of chunks) bufferSizes.add(chunk.buffer.byteLength);
    const hold = holdTicks[writes++ % holdTicks.length]!;
    for (let index = 0; index < hold; index++) await tick();
    chunks.forEach((chunk, index) => {
      if (!Buffer.from(chunk).equals(Buffer.from(copies[index]!))) changedWhileWriting.push(writes);
    });
    parts.push(...copies);
  };
  const sink: ChunkReleasingSink & { writev(chunks: readonly Uint8Array[]): Promise<void> } = {
    keepsNoChunks: true,
    write: (chunk) => take([chunk]),
    writev: (chunks) => take(chunks),
    close: async () => {},
    abort: async () => {},
  };
  return { sink, parts, bufferSizes, changedWhileWriting };
}

function download(url: string, sink: ByteSink) {
  const client = createHttpClient({ timeoutMs: 10_000, fetch: createNodeFetch(), delay: async () => {} });
  return downloadToSink({ client, url, sink, provider: 'test', providerName: 'Test', maxResumes: 5 });
}

describe('a download into a sink that keeps no chunks', () => {
  it('never reads into a buffer whose write is under way, and ends with the exact file, under any split, hold and drop', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          sizeBytes: fc.integer({ min: 64, max: 1_500_000 }),
          seed: fc.integer(),
          pieceSizes: fc.array(fc.integer({ min: 700, max: 300_000 }), { minLength: 1, maxLength: 5 }),
          chunked: fc.boolean(),
          drops: fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { maxLength: 2 }),
          holdTicks: fc.array(fc.nat(6), { minLength: 1, maxLength: 5 }),
        }),
        async ({ sizeBytes, seed, pieceSizes, chunked, drops, holdTicks }) => {
          const bytes = mp4Bytes(sizeBytes, seed);
          const url = await serve({ bytes, pieceSizes, chunked, dropsAt: drops.map((share) => Math.floor(share * sizeBytes)) });
          const { sink, parts, bufferSizes, changedWhileWriting } = checkingSink(holdTicks);
          await expect(download(url, sink)).resolves.toBe(sizeBytes);
          expect(changedWhileWriting).toEqual([]);
          expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
          expect([...bufferSizes]).toEqual([READ_BUFFER_BYTES]);
          await server!.close();
          server = undefined;
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads a large file in chunks of at most one read buffer each', async () => {
    const bytes = mp4Bytes(24 * 1024 * 1024, 7);
    const url = await serve({ bytes, pieceSizes: [65_536], chunked: false, dropsAt: [] });
    const { sink, parts, bufferSizes, changedWhileWriting } = checkingSink([0, 1]);
    await expect(download(url, sink)).resolves.toBe(bytes.length);
    expect(changedWhileWriting).toEqual([]);
    expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
    expect([...bufferSizes]).toEqual([READ_BUFFER_BYTES]);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(READ_BUFFER_BYTES);
  });
});

describe('a download into a sink that keeps its chunks', () => {
  it('hands it chunks of their own, never reused', async () => {
    const bytes = mp4Bytes(3 * 1024 * 1024, 11);
    const url = await serve({ bytes, pieceSizes: [40_000, 100_000], chunked: true, dropsAt: [] });
    const kept: Uint8Array[] = [];
    const sink: ByteSink = {
      write: async (chunk) => void kept.push(chunk), // a reference, not a copy
      close: async () => {},
      abort: async () => {},
    };
    await expect(download(url, sink)).resolves.toBe(bytes.length);
    expect(Buffer.concat(kept).equals(Buffer.from(bytes))).toBe(true);
  });
});
