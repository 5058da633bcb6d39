import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packHostAllowList } from '../../../src/entries/resolve/catalog-url-allow-list';
import { bridgeCall } from '../../../src/entries/resolve/resolve-bridge-client';
import { bridgedFetch } from '../../../src/entries/resolve/resolve-bridged-fetch';
import { createResolveBridgeHandlers } from '../../../src/entries/resolve/resolve-bridge-handlers';
import { createHttpPackFetcher } from '../../../src/platform/http-pack-fetcher';
import { PackFetchError } from '../../../src/platform/pack-fetch-error';
import { createFakeResolve } from '../../support/fake-resolve';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

// The Resolve panel's pack subscriptions fetch through the main process (the page gets no CORS answers):
// the same PackFetcher the sandbox uses, over the bridged fetch, with the pack rules intact across the bridge.
describe('agency packs in the Resolve panel, fetched by the main process', () => {
  let agency: LocalHttpServer;
  let elsewhere: LocalHttpServer;

  beforeAll(async () => {
    elsewhere = await startLocalHttpServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    agency = await startLocalHttpServer((req, res) => {
      if (req.url === '/moved.json') return void res.writeHead(302, { location: `${elsewhere.url.replace(/\/$/, '')}/pack.json` }).end();
      if (req.headers['if-none-match'] === '"r2"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '"r2"' }).end('{"name":"Agency pack","release":2}');
    });
  });

  afterAll(async () => {
    await agency?.close();
    await elsewhere?.close();
  });

  const fetcherThroughBridge = () => {
    const agencyOrigin = new URL(agency.url).origin;
    const handle = createResolveBridgeHandlers({
      resolve: createFakeResolve(CONTRACT_SCENARIO).resolve,
      mediaFolderPath: mkdtempSync(join(tmpdir(), 'cliprelay-clips-')),
      vault: { read: async () => ({}), write: async () => undefined },
      // The agency's host only: as buildPackHosts() lists it in a real build.
      isAllowedUrl: (url) => url.origin === agencyOrigin,
    });
    const call = bridgeCall({ invoke: (channel, ...args) => handle(channel, args) });
    return createHttpPackFetcher({ fetch: bridgedFetch(call) });
  };

  it('fetches a pack, then asks "changed since?" and gets not-modified', async () => {
    const fetcher = fetcherThroughBridge();
    const first = await fetcher.fetchPack(`${agency.url.replace(/\/$/, '')}/pack.json`, {});
    expect(first).toEqual({ kind: 'fetched', text: '{"name":"Agency pack","release":2}', validators: { etag: '"r2"' } });
    expect(await fetcher.fetchPack(`${agency.url.replace(/\/$/, '')}/pack.json`, { etag: '"r2"' })).toEqual({ kind: 'not-modified' });
  });

  it('refuses a redirect to another host: the main process hands it back instead of following it', async () => {
    const before = elsewhere.requests.length;
    const refused = fetcherThroughBridge().fetchPack(`${agency.url.replace(/\/$/, '')}/moved.json`, {});
    await expect(refused).rejects.toThrow(PackFetchError);
    await expect(refused).rejects.toThrow(/redirects the pack to another host/);
    expect(elsewhere.requests.length).toBe(before);
  });

  it("allows the build's pack hosts over HTTPS only", () => {
    const allowed = packHostAllowList(['packs.agency.example']);
    expect(allowed(new URL('https://packs.agency.example/brand.json'))).toBe(true);
    expect(allowed(new URL('http://packs.agency.example/brand.json'))).toBe(false);
    expect(allowed(new URL('https://other.example/brand.json'))).toBe(false);
  });
});
