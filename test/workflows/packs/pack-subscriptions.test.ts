import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../../src/domain/packs';
import type { PresetPackInput } from '../../../src/domain/presets';
import { createNodePackFetcher } from '../../../src/platform/node/node-pack-fetcher';
import { PackSubscriptions } from '../../../src/workflows/packs/pack-subscriptions';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server';
import { memorySettingsStore } from '../../support/memory-settings-store';
import { agencyPack, testSeed } from '../../support/pack-fixtures';
import { tempFoldersRemovedAfterAll } from '../../support/temp-folders';

const acme = packSigningKeyFromSeed(testSeed('acme'));
const mallory = packSigningKeyFromSeed(testSeed('mallory'));
const tempFolder = tempFoldersRemovedAfterAll();
const servers: LocalHttpServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A pack server whose answer the test changes; it honours If-None-Match like a static file host. */
async function packServer(initial: string) {
  const site = { body: initial, etag: '"1"', contentType: 'application/json' };
  const server = await startLocalHttpServer((req, res) => {
    if (req.headers['if-none-match'] === site.etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': site.contentType, etag: site.etag }).end(site.body);
  });
  servers.push(server);
  return {
    server,
    url: `${server.url}/acme.cliprelay-pack.json`,
    publish(body: string) {
      site.body = body;
      site.etag = `"${Number(site.etag.slice(1, -1)) + 1}"`;
    },
    site,
  };
}

function subscriptions(options: { allowedHosts?: string[]; timeoutMs?: number } = {}) {
  let nowMs = Date.UTC(2026, 11, 6, 9);
  return new PackSubscriptions({
    settings: memorySettingsStore(),
    fetcher: createNodePackFetcher({ timeoutMs: options.timeoutMs ?? 5000 }),
    allowedHosts: options.allowedHosts ?? ['127.0.0.1'],
    now: () => (nowMs += 60_000),
  });
}

const release = (version: number, overrides: Partial<PresetPackInput> = {}, key = acme) =>
  signPresetPack(agencyPack({ version, ...overrides }), key.secretKey);

describe('pack subscriptions over HTTP', () => {
  it('subscribes, pins the key, re-checks with If-None-Match (304 keeps everything), then shows a newer release with its diff before applying it', async () => {
    const { server, url, publish } = await packServer(release(1));
    const packs = subscriptions();
    const installed = await packs.subscribe(url);
    expect(installed.pack?.version).toBe(1);
    expect(installed.update).toBeNull();

    const unchanged = await packs.checkAll();
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"1"');
    expect(unchanged[0]).toMatchObject({ problem: null, update: null });

    publish(
      release(2, {
        policy: { ...agencyPack().policy, budget: { dailyUsd: 100, perClientMonthlyUsd: 500 }, allowedProviders: ['kling'] },
        presets: [
          ...agencyPack().presets,
          { id: 'voice', name: 'Voice', depthDb: -14, attackSeconds: 0.2, releaseSeconds: 0.5, holdSeconds: 1 },
        ],
      }),
    );
    const [checked] = await packs.checkAll();
    // The pack in use is still release 1 until the editor applies the update.
    expect(checked!.pack?.version).toBe(1);
    expect(checked!.update).toMatchObject({ version: 2, required: false });
    expect(checked!.update!.diff.caps).toEqual([{ field: 'dailyUsd', from: 200, to: 100 }]);
    expect(checked!.update!.diff.allowedProviders.removed).toEqual(['google']);
    expect(checked!.update!.diff.presets.added).toEqual(['voice']);
    expect(checked!.update!.changes).toEqual(['Daily cap: $200.00 → $100.00', 'Providers no longer allowed: google', 'New presets: voice']);

    const applied = await packs.applyUpdate(checked!.id);
    expect(applied.pack?.version).toBe(2);
    expect(applied.update).toBeNull();
    expect((await packs.packs())[0]!.policy?.budget?.dailyUsd).toBe(100);
  });

  it('marks a release the agency requires', async () => {
    const { url, publish } = await packServer(release(1));
    const packs = subscriptions();
    await packs.subscribe(url);
    publish(release(2, { updateRequired: true }));
    publish(release(3));
    expect((await packs.checkAll())[0]!.update).toMatchObject({ version: 3, required: false });
    // A required release stays required when a later, optional one arrives before it was applied.
    const second = await packServer(release(1));
    await packs.subscribe(second.url);
    second.publish(release(2, { updateRequired: true }));
    await packs.checkAll();
    second.publish(release(3));
    expect((await packs.checkAll())[1]!.update).toMatchObject({ version: 3, required: true });
  });

  it('refuses a tampered release, one signed by another key, and an older release, keeping the pack in use', async () => {
    const { url, publish } = await packServer(release(2));
    const packs = subscriptions();
    await packs.subscribe(url);

    const envelope = JSON.parse(release(3));
    publish(JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 99999') }));
    let [view] = await packs.checkAll();
    expect(view!.problem).toMatch(/signature does not match its contents/);
    expect(view!.pack?.version).toBe(2);
    expect(view!.update).toBeNull();

    publish(release(3, {}, mallory));
    [view] = await packs.checkAll();
    expect(view!.problem).toMatch(/signed by a different key/);

    publish(release(1));
    [view] = await packs.checkAll();
    expect(view!.problem).toMatch(/older than the release 2 you have; yours was kept/);
    expect(view!.pack?.version).toBe(2);

    publish(release(2, { description: 'changed without a new number' }));
    [view] = await packs.checkAll();
    expect(view!.problem).toMatch(/changed without a new release number/);
  });

  it('keeps the last good pack when the server is gone, and says so', async () => {
    const { server, url } = await packServer(release(1));
    const packs = subscriptions();
    await packs.subscribe(url);
    await server.close();
    const [view] = await packs.checkAll();
    expect(view!.pack?.version).toBe(1);
    expect(view!.problem).toMatch(/^Could not reach 127\.0\.0\.1:\d+ to check the pack .*the pack you have keeps working/);
  });

  it('refuses a web address whose host the build does not allow, naming the setting', async () => {
    const packs = subscriptions({ allowedHosts: ['packs.acme.com'] });
    await expect(packs.subscribe('https://evil.example.com/pack.json')).rejects.toThrow(
      /may fetch packs from only packs\.acme\.com, not from evil\.example\.com.*"packHosts" in cliprelay\.build\.json.*--env pack-host=evil\.example\.com/,
    );
    await expect(packs.subscribe('http://packs.acme.com/pack.json')).rejects.toThrow(/HTTPS only/);
  });

  it('subscribes to a file on a shared drive and sees a change by its size and time', async () => {
    const folder = tempFolder('pack-file-');
    const path = join(folder, 'acme.cliprelay-pack.json');
    await writeFile(path, release(1));
    const packs = subscriptions({ allowedHosts: [] });
    await packs.subscribe(path);
    expect((await packs.checkAll())[0]).toMatchObject({ problem: null, update: null });
    await writeFile(path, release(2, { name: 'Acme house mix 2026' }));
    const [view] = await packs.checkAll();
    expect(view!.update?.changes).toEqual(['name changes']);
  });
});

describe('pack subscriptions: hostile servers', () => {
  async function refusal(answer: (res: ServerResponse, server: { url: string }) => void, timeoutMs = 5000): Promise<string> {
    const other = await startLocalHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(release(1));
    });
    servers.push(other);
    const server = await startLocalHttpServer((_req, res) => answer(res, other));
    servers.push(server);
    try {
      await subscriptions({ timeoutMs }).subscribe(`${server.url}/pack.json`);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the subscription to be refused');
  }

  it('refuses a web page answering for the pack', async () => {
    expect(await refusal((res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>'))).toMatch(
      /sent "text\/html" instead of a pack \(JSON\); a sign-in or proxy page/,
    );
  });

  it('stops reading a huge body at the size cap', async () => {
    const message = await refusal((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent < 64) res.once('drain', pump);
        else res.end();
      };
      pump();
    });
    expect(message).toMatch(/sent more than 2048 KB for the pack/);
  });

  it('refuses a redirect to another host', async () => {
    expect(await refusal((res, other) => res.writeHead(302, { location: `${other.url}/pack.json` }).end())).toMatch(
      /redirects the pack to another host \(127\.0\.0\.1:\d+\); ClipRelay only fetches a pack from the host you subscribed to/,
    );
  });

  it('gives up on a body that never finishes', async () => {
    const message = await refusal((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"format":');
    }, 300);
    expect(message).toMatch(/did not arrive within 300 ms; the pack you have keeps working/);
  });
});

describe('pack subscriptions: the stored copy', () => {
  it('is verified again when read: a hand-edited settings file cannot change a pack, and only that subscription is affected', async () => {
    const settings = memorySettingsStore();
    const first = await packServer(release(1));
    const second = await packServer(release(1, { name: 'Initech house mix' }));
    const packs = new PackSubscriptions({ settings, fetcher: createNodePackFetcher(), allowedHosts: ['127.0.0.1'] });
    await packs.subscribe(first.url);
    await packs.subscribe(second.url);
    const stored = (await settings.get('packSubscriptions')) as { state: { current: { signedText: string } } }[];
    const edited = structuredClone(stored);
    edited[0]!.state.current.signedText = edited[0]!.state.current.signedText.replace('\\"dailyUsd\\": 200', '\\"dailyUsd\\": 90000');
    expect(edited[0]!.state.current.signedText).not.toBe(stored[0]!.state.current.signedText);
    await settings.set('packSubscriptions', edited);
    const views = await packs.list();
    expect(views[0]!.pack).toBeNull();
    expect(views[0]!.problem).toMatch(/^The stored copy of this pack cannot be trusted any more: .*signature does not match/);
    expect((await packs.packs()).map((pack) => pack.name)).toEqual(['Initech house mix']);
  });
});
