import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sendBytes } from '../../../src/emulators/emulator-http';
import { FaultInjector, parseFaultSpec, withFaults } from '../../../src/emulators/faults';
import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';
import { DownloadVerificationError, ProviderApiError } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A CDN-like file server (Range support) behind the scripted fault layer. */
async function cdnWithFaults(spec: string) {
  const faults = new FaultInjector().add(...parseFaultSpec(spec));
  const mount = withFaults(
    {
      name: 'cdn',
      prefix: '/cdn',
      classify: () => 'download',
      handle: async (req, res) => (await sendBytes(req, res, DEMO_CLIP, 'video/mp4'), true),
    },
    faults,
  );
  server = await startLocalHttpServer((req, res) => void routeEmulatorRequest([mount], req, res));
  return `${server.url}/cdn/clip.mp4`;
}

function download(url: string, extra: { stallTimeoutMs?: number; maxResumes?: number } = {}) {
  const sink = createMemoryByteSink();
  const client = createHttpClient({ timeoutMs: 5_000, delay: async () => {} });
  return { sink, result: downloadToSink({ client, url, sink, provider: 'test', providerName: 'Test', ...extra }) };
}

describe('downloadToSink resumes what a flaky network interrupts', () => {
  it('picks up after a dropped connection with Range and ends with the exact file', async () => {
    const url = await cdnWithFaults('download:drop@20000,download:drop@9000');
    const { sink, result } = download(url);
    await expect(result).resolves.toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(server!.requests.map((request) => request.headers.range)).toEqual([undefined, 'bytes=20000-', 'bytes=29000-']);
  });

  it('treats a stalled connection like a dropped one', async () => {
    const url = await cdnWithFaults('download:stall@30000');
    const { sink, result } = download(url, { stallTimeoutMs: 200 });
    await expect(result).resolves.toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(server!.requests.at(-1)?.headers.range).toBe('bytes=30000-');
  });

  it('skips the bytes it has when the server ignores Range and sends the whole file again', async () => {
    let calls = 0;
    server = await startLocalHttpServer((_req, res) => {
      calls += 1;
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
      if (calls === 1) {
        res.write(DEMO_CLIP.subarray(0, 12345));
        setImmediate(() => res.socket?.destroy());
        return;
      }
      res.end(DEMO_CLIP);
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);
    await expect(result).resolves.toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('refuses the whole file sent again when its first bytes are not the ones it already has', async () => {
    const changed = DEMO_CLIP.slice();
    changed[9000] = changed[9000]! ^ 0xff; // same length, one byte changed inside what was already received
    let calls = 0;
    server = await startLocalHttpServer((_req, res) => {
      calls += 1;
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
      if (calls === 1) {
        res.write(DEMO_CLIP.subarray(0, 12345));
        setImmediate(() => res.socket?.destroy());
        return;
      }
      res.end(changed);
    });
    const { sink, result } = download(`${server.url}/clip.mp4`);
    await expect(result).rejects.toThrow(/different file/);
    expect(sink.state).toBe('aborted');
  });

  it('gives up after the allowed resumes with a network error that says the job is kept', async () => {
    const url = await cdnWithFaults('download:drop@10000*5');
    const { sink, result } = download(url, { maxResumes: 2 });
    await expect(result).rejects.toBeInstanceOf(ProviderApiError);
    await expect(result).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('the job is kept') });
    expect(sink.state).toBe('aborted');
    expect(server!.requests).toHaveLength(3);
  });

  it('refuses to splice a resumed range of a file that changed size', async () => {
    let calls = 0;
    server = await startLocalHttpServer((_req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(200, { 'content-length': String(DEMO_CLIP.length) });
        res.write(DEMO_CLIP.subarray(0, 5000));
        setImmediate(() => res.socket?.destroy());
        return;
      }
      res.writeHead(206, { 'content-range': `bytes 5000-5999/999999`, 'content-length': '1000' });
      res.end(DEMO_CLIP.subarray(5000, 6000));
    });
    const { result } = download(`${server.url}/clip.mp4`);
    await expect(result).rejects.toBeInstanceOf(DownloadVerificationError);
  });
});
