import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createVendorFileDownload,
  DEFAULT_PHASE_TIMEOUTS,
  isUnderBaseUrl,
  type VendorFileDownloadProfile,
} from '../../../src/providers/http';
import { ProviderApiError } from '../../../src/providers/spec';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));
const noWait = async () => {};

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function profile(overrides: Partial<VendorFileDownloadProfile> = {}): VendorFileDownloadProfile {
  return { provider: 'test', providerName: 'Test', timeouts: DEFAULT_PHASE_TIMEOUTS, delay: noWait, ...overrides };
}

async function serveClip(): Promise<LocalHttpServer> {
  return startLocalHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) });
    res.end(DEMO_CLIP);
  });
}

describe('createVendorFileDownload', () => {
  it('streams the file into the sink with the headers the asset carries', async () => {
    server = await serveClip();
    const download = createVendorFileDownload(profile());
    const sink = createMemoryByteSink();

    await expect(download({ url: `${server.url}/clip.mp4`, headers: { 'x-asset': 'a1' } }, sink)).resolves.toBe(DEMO_CLIP.length);
    expect(sink.state).toBe('closed');
    expect(server.requests[0]?.headers['x-asset']).toBe('a1');
  });

  it('sends the credential only to URLs under the API base URL, never to another path of a CDN (OpenAI)', async () => {
    server = await serveClip();
    const download = createVendorFileDownload(
      profile({ credentials: { headers: { authorization: 'Bearer sk-test' }, sendTo: isUnderBaseUrl(`${server.url}/v1/`) } }),
    );

    await download({ url: `${server.url}/v1/videos/video_1/content` }, createMemoryByteSink());
    await download({ url: `${server.url}/cdn/video_1.mp4` }, createMemoryByteSink());
    // A path that merely starts like the base URL is not under it.
    await download({ url: `${server.url}/v1-public/video_1.mp4` }, createMemoryByteSink());

    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer sk-test', undefined, undefined]);
  });

  it("lets the caller's decision about the credential win over the URL test (Google's download plan)", async () => {
    server = await serveClip();
    const download = createVendorFileDownload(profile({ credentials: { headers: { 'x-goog-api-key': 'k' }, sendTo: () => false } }));

    await download({ url: `${server.url}/storage/v1/b/bucket/o/clip.mp4?alt=media`, withCredentials: true }, createMemoryByteSink());
    await download({ url: `${server.url}/signed/clip.mp4` }, createMemoryByteSink());

    expect(server.requests.map((request) => request.headers['x-goog-api-key'])).toEqual(['k', undefined]);
  });

  it("words an expired link with the vendor's own advice (Runway)", async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(410, { 'content-type': 'text/plain' }).end('Gone');
    });
    const download = createVendorFileDownload(profile({ expiredFileAdvice: 'read the job status again for a fresh link' }));
    const sink = createMemoryByteSink();

    const error = await download({ url: `${server.url}/clip.mp4` }, sink).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'not-found', status: 410 });
    expect((error as Error).message).toContain('read the job status again for a fresh link');
    expect(sink.state).toBe('aborted');
  });

  it("reads the file host's errors with the vendor's mapper when it has one", async () => {
    server = await startLocalHttpServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'nope' } }));
    });
    const download = createVendorFileDownload(
      profile({ mapBody: (status) => ({ kind: 'quota', message: `vendor words for ${status}` }), expiredFileAdvice: 'unused' }),
    );

    const error = await download({ url: `${server.url}/clip.mp4` }, createMemoryByteSink()).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'quota' });
    expect((error as Error).message).toContain('vendor words for 403');
    expect((error as Error).message).not.toContain('unused');
  });
});
