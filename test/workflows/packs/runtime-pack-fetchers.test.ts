import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserPackFetcher } from '../../../src/platform/browser/browser-pack-fetcher';
import { createUxpPackFetcher } from '../../../src/platform/uxp/uxp-pack-fetcher';
import type { PackSubscriptionView } from '../../../src/workflows/packs/pack-subscriptions';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
});

describe('the panel runtimes fetch packs through their global fetch', () => {
  it.each([
    ['browser', createBrowserPackFetcher],
    ['UXP', createUxpPackFetcher],
  ])('%s: a conditional request, then "not modified"', async (_runtime, create) => {
    server = await startLocalHttpServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"v1"' }).end('{"format":"x"}');
    });
    const fetcher = create();
    const first = await fetcher.fetchPack(`${server.url}/p.json`, {});
    expect(first).toEqual({ kind: 'fetched', text: '{"format":"x"}', validators: { etag: '"v1"' } });
    expect(await fetcher.fetchPack(`${server.url}/p.json`, { etag: '"v1"' })).toEqual({ kind: 'not-modified' });
    const view: Pick<PackSubscriptionView, 'problem'> = { problem: null };
    expect(view.problem).toBeNull();
  });
});
