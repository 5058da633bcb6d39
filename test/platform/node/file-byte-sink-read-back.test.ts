import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileByteSink } from '../../../src/platform/node/file-byte-sink';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

let directory: string;
let server: LocalHttpServer | undefined;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-sink-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(directory, { recursive: true, force: true });
});

/** A server that drops the first answer after 12 345 bytes, then ignores Range and sends `second` whole. */
async function restartingServer(second: Uint8Array): Promise<string> {
  let calls = 0;
  server = await startLocalHttpServer((_req, res) => {
    calls += 1;
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
    if (calls === 1) {
      res.write(DEMO_CLIP.subarray(0, 12345));
      setImmediate(() => res.socket?.destroy());
      return;
    }
    res.end(second);
  });
  return `${server.url}/clip.mp4`;
}

describe('createFileByteSink reads back what it wrote', () => {
  it('returns the written bytes from an offset, fewer at the end', async () => {
    const sink = createFileByteSink(join(directory, 'clip.mp4'));
    await sink.write(Uint8Array.from([1, 2, 3]));
    await sink.writev([Uint8Array.from([4, 5]), Uint8Array.from([6])]);
    expect([...(await sink.readWritten(1, 4))]).toEqual([2, 3, 4, 5]);
    expect([...(await sink.readWritten(4, 10))]).toEqual([5, 6]);
    await sink.close();
  });

  it('lets a resumed download check the restarted file against the part file: the same file completes', async () => {
    const url = await restartingServer(DEMO_CLIP);
    const path = join(directory, 'clip.mp4');
    const client = createHttpClient({ timeoutMs: 5_000, delay: async () => {} });
    await downloadToSink({ client, url, sink: createFileByteSink(path), provider: 'test', providerName: 'Test' });
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('and a file changed inside the part already written is refused', async () => {
    const changed = DEMO_CLIP.slice();
    changed[9000] = changed[9000]! ^ 0xff;
    const url = await restartingServer(changed);
    const path = join(directory, 'clip.mp4');
    const client = createHttpClient({ timeoutMs: 5_000, delay: async () => {} });
    await expect(downloadToSink({ client, url, sink: createFileByteSink(path), provider: 'test', providerName: 'Test' })).rejects.toThrow(
      /different file/,
    );
  });
});
