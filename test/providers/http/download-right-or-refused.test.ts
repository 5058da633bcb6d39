import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';
import { DownloadVerificationError, ProviderApiError } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));
/** Another complete MP4 of the same length: the demo clip with its media bytes changed. */
const OTHER_CLIP = (() => {
  const copy = DEMO_CLIP.slice();
  for (let index = 40_000; index < 41_000; index++) copy[index] = copy[index]! ^ 0xff;
  return copy;
})();

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function download(url: string, extra: { maxBytes?: number; totalTimeoutMs?: number } = {}) {
  const sink = createMemoryByteSink();
  const client = createHttpClient({ timeoutMs: 5_000, delay: async () => {} });
  return { sink, result: downloadToSink({ client, url, sink, provider: 'test', providerName: 'Test', ...extra }) };
}

/** Issue 11 item 3: each case was saved as a success before. */
describe('downloadToSink: right or refused', () => {
  it('refuses a body cut short when the server sent no Content-Length', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' }); // chunked, no length
      res.end(DEMO_CLIP.subarray(0, DEMO_CLIP.length - 5_000));
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);
    await expect(result).rejects.toThrow(DownloadVerificationError);
    await expect(result).rejects.toThrow(/not a complete video/);
    expect(sink.state).toBe('aborted');
  });

  it('refuses a file shorter than its boxes when Content-Length understated the body', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length - 3_000) });
      res.end(DEMO_CLIP.subarray(0, DEMO_CLIP.length - 3_000));
    });
    const { result } = download(`${server.url}/clip.mp4`);
    await expect(result).rejects.toThrow(/not a complete video: the file ends at byte/);
  });

  it('resumes with If-Range, and refuses a server that ignores Range and sends another file', async () => {
    server = await startLocalHttpServer((_req, res, call) => {
      const headers = { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length), etag: '"v1"' };
      if (call === 1) {
        res.writeHead(200, headers);
        res.write(DEMO_CLIP.subarray(0, 50_000));
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.writeHead(200, { ...headers, etag: '"v2"' }); // the file changed: a full, different body
      res.end(OTHER_CLIP);
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);
    await expect(result).rejects.toThrow(/sent a different file when the download was resumed/);
    expect(server.requests[1]?.headers).toMatchObject({ range: 'bytes=50000-', 'if-range': '"v1"' });
    expect(sink.state).toBe('aborted');
  });

  it('refuses a 206 naming another version than the If-Range it answers (a cache that ignores If-Range would splice two files)', async () => {
    for (const validators of [
      { first: { etag: '"A1"' }, resumed: { etag: '"B2"' } },
      { first: { 'last-modified': 'Mon, 07 Dec 2026 05:00:00 GMT' }, resumed: { 'last-modified': 'Mon, 07 Dec 2026 05:30:00 GMT' } },
    ]) {
      server = await startLocalHttpServer((_req, res, call) => {
        const headers = { 'content-type': 'video/mp4' };
        if (call === 1) {
          res.writeHead(200, { ...headers, ...validators.first, 'content-length': String(DEMO_CLIP.length) });
          res.write(DEMO_CLIP.subarray(0, 30_000));
          setTimeout(() => res.destroy(), 20);
          return;
        }
        // The same size, another file: its tail from where we stopped.
        res.writeHead(206, {
          ...headers,
          ...validators.resumed,
          'content-range': `bytes 30000-${OTHER_CLIP.length - 1}/${OTHER_CLIP.length}`,
          'content-length': String(OTHER_CLIP.length - 30_000),
        });
        res.end(OTHER_CLIP.subarray(30_000));
      });
      const { sink, result } = download(`${server.url}/clip.mp4`);
      await expect(result).rejects.toThrow(/file changed while it was being downloaded/);
      expect(sink.state).toBe('aborted');
      // Asked for the file as stored: a Range into a compressed answer could not be resumed.
      expect(server.requests[0]?.headers['accept-encoding']).toBe('identity');
      await server.close();
      server = undefined;
    }
  });

  it('refuses a cut-off file whose last box says "to the end of the file" (size 0), and keeps a whole one', async () => {
    // The demo clip is faststart: ftyp, moov, free, then mdat, whose size field becomes 0.
    const mdatAt = 4912;
    expect(new TextDecoder().decode(DEMO_CLIP.subarray(mdatAt + 4, mdatAt + 8))).toBe('mdat');
    const toEnd = DEMO_CLIP.slice();
    new DataView(toEnd.buffer).setUint32(mdatAt, 0);
    for (const [body, expected] of [
      [toEnd.subarray(0, mdatAt + 30_000), 'refused'],
      [toEnd, 'kept'],
    ] as const) {
      server = await startLocalHttpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'video/mp4' }); // chunked, no length: only the boxes can tell
        res.end(body);
      });
      const { result } = download(`${server.url}/clip.mp4`);
      if (expected === 'refused') await expect(result).rejects.toThrow(/the file ends at byte \d+ but its media samples run to byte \d+/);
      else await expect(result).resolves.toBe(toEnd.length);
      await server.close();
      server = undefined;
    }
  });

  it('accepts a server that ignores Range but sends the same file again', async () => {
    server = await startLocalHttpServer((_req, res, call) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
      if (call === 1) {
        res.write(DEMO_CLIP.subarray(0, 30_000));
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.end(DEMO_CLIP);
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);
    await expect(result).resolves.toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('refuses a declared length over the cap before reading, and a compressed body that expands past it', async () => {
    server = await startLocalHttpServer((_req, res, call) => {
      if (call === 1) {
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
        res.end(DEMO_CLIP);
        return;
      }
      const zipped = gzipSync(new Uint8Array([...DEMO_CLIP, ...new Uint8Array(4_000_000)]));
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-encoding': 'gzip', 'content-length': String(zipped.length) });
      res.end(zipped);
    });
    await expect(download(`${server.url}/a.mp4`, { maxBytes: 10_000 }).result).rejects.toThrow(/larger than/);
    const expanding = download(`${server.url}/b.mp4`, { maxBytes: 1_000_000 });
    await expect(expanding.result).rejects.toThrow(/larger than/);
    expect(expanding.sink.state).toBe('aborted');
  });

  it('cuts off a server trickling bytes just fast enough to dodge the stall timer', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
      let offset = 0;
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        res.write(DEMO_CLIP.subarray(offset, offset + 10));
        offset += 10;
      }, 10);
      res.on('close', () => clearInterval(timer));
    });
    const { sink, result } = download(`${server.url}/clip.mp4`, { totalTimeoutMs: 300 });
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderApiError);
    expect((error as ProviderApiError).message).toMatch(/did not finish within 300 ms/);
    expect(sink.state).toBe('aborted');
  });
});
