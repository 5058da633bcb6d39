import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';
import { DownloadVerificationError, ProviderApiError, type TransferProgress } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const noWait = async () => {};

function download(
  url: string,
  sink = createMemoryByteSink(),
  extra: { signal?: AbortSignal; onProgress?: (progress: TransferProgress) => void } = {},
) {
  const client = createHttpClient({ timeoutMs: 5_000, delay: noWait });
  return { sink, result: downloadToSink({ client, url, sink, provider: 'test', providerName: 'Test', ...extra }) };
}

describe('downloadToSink', () => {
  it('streams the file into the sink in bounded batches, reports progress and closes the sink', async () => {
    // 5 MiB: the demo clip followed by padding, so the body spans several write batches.
    const body = new Uint8Array(5 * 1024 * 1024);
    body.set(DEMO_CLIP);
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(body.length) });
      for (let offset = 0; offset < body.length; offset += 64 * 1024) res.write(body.subarray(offset, offset + 64 * 1024));
      res.end();
    });
    const progress: TransferProgress[] = [];
    const { sink, result } = download(`${server.url}/clip.mp4`, undefined, { onProgress: (update) => progress.push(update) });

    await expect(result).resolves.toBe(body.length);
    expect(sink.state).toBe('closed');
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(body))).toBe(true);
    // Never the whole file at once: several writes, none much above the 1 MiB batch.
    expect(sink.chunks.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...sink.chunks.map((chunk) => chunk.length))).toBeLessThan(1.5 * 1024 * 1024);
    expect(progress[0]).toEqual({ receivedBytes: 0, totalBytes: body.length });
    expect(progress.at(-1)).toEqual({ receivedBytes: body.length, totalBytes: body.length });
    expect(progress.length).toBeGreaterThan(4);
    expect(progress.map((update) => update.receivedBytes)).toEqual(
      [...progress.map((update) => update.receivedBytes)].sort((a, b) => a - b),
    );
  });

  it('reports a connection dropped mid-file as an interrupted download and aborts the sink', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
      res.write(DEMO_CLIP.subarray(0, 10_000));
      // Drop the connection mid-file.
      setImmediate(() => res.destroy());
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);

    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'network', isRetryable: true });
    expect((error as Error).message).toMatch(/interrupted after \d+ of \d+ bytes/);
    expect(sink.state).toBe('aborted');
  });

  it('rejects a complete response whose length disagrees with Content-Length', async () => {
    // Chunked body with a lying Content-Length cannot be sent by Node, so serve fewer bytes
    // and declare more through a fetch wrapper: the verifier must count, not trust.
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.end(DEMO_CLIP.subarray(0, 5_000));
    });
    const lyingFetch = async (input: Request | string | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      const headers = new Headers(response.headers);
      headers.set('content-length', String(DEMO_CLIP.length));
      return new Response(response.body, { status: response.status, headers });
    };
    const sink = createMemoryByteSink();
    const client = createHttpClient({ timeoutMs: 5_000, fetch: lyingFetch, delay: noWait });
    const result = downloadToSink({ client, url: `${server.url}/clip.mp4`, sink, provider: 'test', providerName: 'Test' });

    await expect(result).rejects.toThrow(DownloadVerificationError);
    await expect(result).rejects.toThrow(`got 5000 of ${DEMO_CLIP.length} bytes`);
    expect(sink.state).toBe('aborted');
  });

  it('rejects a body that is not an MP4 before writing it', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Access denied by the CDN</body></html>');
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);

    await expect(result).rejects.toThrow(DownloadVerificationError);
    await expect(result).rejects.toThrow(/not an MP4/);
    expect(sink.state).toBe('aborted');
    expect(sink.chunks).toEqual([]);
  });

  it('rejects a file too short to hold an ftyp box', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-length': '4' }).end(DEMO_CLIP.subarray(0, 4));
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);

    await expect(result).rejects.toThrow(/not an MP4/);
    expect(sink.state).toBe('aborted');
  });

  it('reads an expired link (403) as a missing file, not a credentials problem', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code></Error>');
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);

    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'not-found', status: 403 });
    expect(sink.state).toBe('aborted');
  });

  it('aborts mid-download on the signal, discarding the partial file', async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
      res.write(DEMO_CLIP.subarray(0, 20_000)); // ...and the rest never comes
    });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const { sink, result } = download(`${server.url}/clip.mp4`, undefined, {
      signal: controller.signal,
      onProgress: ({ receivedBytes }) => {
        if (receivedBytes > 0) controller.abort(reason);
      },
    });

    await expect(result).rejects.toBe(reason);
    expect(sink.state).toBe('aborted');
  });
});
