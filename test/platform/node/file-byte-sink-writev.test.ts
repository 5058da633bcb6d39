import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendBytes } from '../../../src/emulators/emulator-http';
import { createFileByteSink } from '../../../src/platform/node/file-byte-sink';
import { nodeFetch } from '../../../src/platform/node/node-fetch';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-writev-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('createFileByteSink writev', () => {
  it('writes a batch of chunks in order, skipping empty ones, mixed with write', async () => {
    const file = join(directory, 'clip.mp4');
    const sink = createFileByteSink(file);
    await sink.write(Uint8Array.from([1]));
    await sink.writev([Uint8Array.from([2, 3]), new Uint8Array(0), Uint8Array.from([4, 5, 6]).subarray(1)]);
    await sink.close();
    expect([...readFileSync(file)]).toEqual([1, 2, 3, 5, 6]);
  });

  it('refuses after close', async () => {
    const sink = createFileByteSink(join(directory, 'clip.mp4'));
    await sink.close();
    await expect(sink.writev([Uint8Array.from([1])])).rejects.toThrow(/already finished/);
  });

  it('downloads a file byte for byte through nodeFetch and downloadToSink (batched writev)', async () => {
    const body = Uint8Array.from({ length: 9 * 1024 * 1024 + 123 }, (_, index) => (index * 7) % 256);
    // A well-formed MP4 skeleton (ftyp, an empty moov, an mdat to the end): downloads are checked by their box sizes.
    body.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70], 0);
    body.set([0, 0, 0, 8, 0x6d, 0x6f, 0x6f, 0x76], 24);
    new DataView(body.buffer).setUint32(32, body.length - 32);
    body.set([0x6d, 0x64, 0x61, 0x74], 36);
    const server = createServer((req, res) => void sendBytes(req, res, body, 'video/mp4'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const file = join(directory, 'clip.mp4');
      const progress: number[] = [];
      const bytes = await downloadToSink({
        client: createHttpClient({ timeoutMs: 10_000, fetch: nodeFetch }),
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/clip.mp4`,
        sink: createFileByteSink(file),
        provider: 'test',
        providerName: 'Test',
        onProgress: ({ receivedBytes }) => progress.push(receivedBytes),
      });
      expect(bytes).toBe(body.length);
      expect(progress.at(-1)).toBe(body.length);
      expect(readFileSync(file).equals(Buffer.from(body))).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
