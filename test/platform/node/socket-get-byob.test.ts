import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../../src/platform/node/node-fetch';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';

// Our Node fetch's body is a readable byte stream read from one reused socket buffer: a BYOB
// reader gets the bytes copied into its own buffers (filled across socket reads), any other reader
// gets chunks of its own. Whatever the split on the wire and the buffers offered, the bytes must
// come out exactly once and in order.

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Framing = 'length' | 'chunked' | 'gzip';

async function serve(body: Uint8Array, framing: Framing, pieceSizes: readonly number[]): Promise<string> {
  const wire = framing === 'gzip' ? new Uint8Array(gzipSync(body)) : body;
  server = await startLocalHttpServer(async (_req, res: ServerResponse) => {
    const headers: Record<string, string> = {};
    if (framing !== 'chunked') headers['content-length'] = String(wire.length);
    if (framing === 'gzip') headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    for (let offset = 0, piece = 0; offset < wire.length; piece++) {
      const end = Math.min(wire.length, offset + pieceSizes[piece % pieceSizes.length]!);
      res.write(wire.subarray(offset, end));
      offset = end;
      if (piece % 2 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    res.end();
  });
  return `${server.url}/body`;
}

async function readByob(body: ReadableStream<Uint8Array>, viewSizes: readonly number[]): Promise<{ bytes: Buffer; reads: Uint8Array[] }> {
  const reader = body.getReader({ mode: 'byob' });
  const reads: Uint8Array[] = [];
  for (let index = 0; ; index++) {
    const { done, value } = await reader.read(new Uint8Array(viewSizes[index % viewSizes.length]!));
    if (done) break;
    reads.push(value);
  }
  return { bytes: Buffer.concat(reads), reads };
}

const bodies = fc.uint8Array({ maxLength: 400_000 });
const pieces = fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 4 });
const framings = fc.constantFrom<Framing>('length', 'chunked', 'gzip');

describe('the Node fetch body read with a BYOB reader', () => {
  it('gives every byte once, in order, however the server splits it and whatever buffers are offered', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        framings,
        pieces.filter((sizes) => sizes.every((size) => size >= 64)),
        fc.array(fc.integer({ min: 1, max: 300_000 }), { minLength: 1, maxLength: 4 }),
        async (body, framing, pieceSizes, viewSizes) => {
          const response = await nodeFetch(await serve(body, framing, pieceSizes));
          const { bytes, reads } = await readByob(response.body!, viewSizes);
          expect(bytes.equals(Buffer.from(body))).toBe(true);
          reads.forEach((read, index) => expect(read.length).toBeLessThanOrEqual(viewSizes[index % viewSizes.length]!));
          await server!.close();
          server = undefined;
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives a default reader chunks of its own that stay intact after later reads', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, framings, pieces, async (body, framing, pieceSizes) => {
        const response = await nodeFetch(
          await serve(
            body,
            framing,
            pieceSizes.map((size) => Math.max(size, 64)),
          ),
        );
        const reader = response.body!.getReader();
        const chunks: Uint8Array[] = [];
        for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value); // references, no copies
        expect(Buffer.concat(chunks).equals(Buffer.from(body))).toBe(true);
        await server!.close();
        server = undefined;
      }),
      { numRuns: 30 },
    );
  });

  it('fills a large buffer across socket reads while the data keeps coming', async () => {
    const body = Uint8Array.from({ length: 16 * 1024 * 1024 }, (_, index) => (index * 13) % 251);
    const response = await nodeFetch(await serve(body, 'length', [1024 * 1024]));
    const { bytes, reads } = await readByob(response.body!, [1024 * 1024]);
    expect(bytes.equals(Buffer.from(body))).toBe(true);
    // A socket read is at most 124 KiB; reads answered one socket read each would need 130 or more.
    expect(reads.length).toBeLessThan(130);
  });

  it('ends a BYOB read that waits when the body ends, and reports a connection cut mid-body', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-length': '5000' }).write(new Uint8Array(1200), () => setTimeout(() => res.destroy(), 10));
    });
    const response = await nodeFetch(`${server.url}/cut`);
    const reader = response.body!.getReader({ mode: 'byob' });
    const first = await reader.read(new Uint8Array(4000));
    expect(first.value?.length).toBe(1200);
    await expect(reader.read(new Uint8Array(4000))).rejects.toThrow('terminated');
  });
});
