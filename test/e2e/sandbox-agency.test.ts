import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../src/domain/packs';
import type { PresetPackInput } from '../../src/domain/presets';
import { launchChromium } from '../support/launch-chromium';
import { startLocalHttpServer, type LocalHttpServer } from '../support/local-http-server';
import { agencyPack, testSeed } from '../support/pack-fixtures';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, openSandbox, pick, picker, readJobs } from '../support/sandbox-page';

const acme = packSigningKeyFromSeed(testSeed('acme'));
const release = (version: number, overrides: Partial<PresetPackInput> = {}) =>
  signPresetPack(agencyPack({ version, ...overrides }), acme.secretKey);

describe('sandbox agency packs in Chromium: subscribe by address, see an update with its diff, refuse a tampered release, report a client', () => {
  let server: RunningSandbox;
  let packSite: LocalHttpServer;
  let browser: Browser;
  // What the agency's server publishes now; an ETag per release, so a re-check of the same one is a 304.
  const site = { body: release(1), etag: 1 };
  beforeAll(async () => {
    server = await runSandboxServer();
    // Another port is another origin: the page's fetch needs CORS, and a preflight for If-None-Match.
    packSite = await startLocalHttpServer((req, res) => {
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'if-none-match, if-modified-since',
        'access-control-expose-headers': 'etag',
      };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      if (req.headers['if-none-match'] === `"${site.etag}"`) return void res.writeHead(304, cors).end();
      res.writeHead(200, { ...cors, 'content-type': 'application/json', etag: `"${site.etag}"` }).end(site.body);
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await packSite?.close();
    await server?.stop();
  });

  it('subscribes, applies the pack policy, shows release 2 with what it changes before applying it, refuses a tampered release 3, then tags a generation with a client and exports its report with the prompt hashed', async () => {
    const { page } = await openSandbox(browser, server.url);
    const packUrl = `${packSite.url.replace('localhost', '127.0.0.1')}/acme.cliprelay-pack.json`;
    await page.getByRole('tab', { name: 'Presets' }).click();
    await page.getByLabel('Subscribe to a pack by web address').fill(packUrl);
    await page.getByRole('button', { name: 'Subscribe to a pack…' }).click();
    const card = page.locator('[data-subscription-id]');
    await card.filter({ hasText: 'release 1' }).waitFor();
    await expect(card.locator('.job-title').textContent()).resolves.toBe('Acme house mix');

    // The pack's policy is in force on the Generate tab: its providers only, and its client list.
    await page.getByRole('tab', { name: 'Generate' }).click();
    const providers = await picker(page, 'Provider')
      .locator('sp-menu-item')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement & { value: string }).value));
    expect(providers).toEqual(['kling', 'google']);
    await expect(picker(page, 'Client (for budgets and reports)').count()).resolves.toBe(1);

    site.body = release(2, { policy: { ...agencyPack().policy, allowedProviders: ['kling'] } });
    site.etag++;
    await page.getByRole('tab', { name: 'Presets' }).click();
    await page.getByRole('button', { name: 'Check Acme house mix for updates now' }).click();
    const update = page.getByRole('status', { name: 'Release 2 of Acme house mix' });
    await update.waitFor();
    await expect(update.locator('li').allTextContents()).resolves.toContainEqual(expect.stringMatching(/google/i));
    await expect(page.getByRole('button', { name: 'Apply release 2 of Acme house mix later' }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('release 1');
    await page.getByRole('button', { name: 'Apply release 2 of Acme house mix', exact: true }).click();
    await card.filter({ hasText: 'release 2' }).waitFor();

    const envelope = JSON.parse(release(3)) as { pack: string };
    site.body = JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 99999') });
    site.etag++;
    await page.getByRole('button', { name: 'Check Acme house mix for updates now' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: /signature does not match its contents/ })
      .waitFor();
    await expect(card.textContent()).resolves.toContain('release 2');
    await expect(page.getByRole('status', { name: /Release 3/ }).count()).resolves.toBe(0);

    // A generation for one of the agency's clients, then the Jobs tab's report: the client tagged, the prompt hashed (pack policy).
    await page.getByRole('tab', { name: 'Generate' }).click();
    await pick(page, 'Client (for budgets and reports)', 'Initech');
    await generate(page, 'Rain on a harbour at dawn');
    await expect.poll(async () => (await readJobs(page)).map((job) => job.phase), { timeout: 60_000 }).toEqual(['placed']);
    expect((await readJobs(page))[0]!.clientTag).toBe('Initech');
    await page.getByRole('tab', { name: 'Jobs' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cliprelay-report-.*\.csv$/);
    const stream = await download.createReadStream();
    let csv = '';
    for await (const chunk of stream) csv += String(chunk);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Initech');
    expect(lines[1]).toContain('sha256:');
    expect(csv).not.toContain('Rain on a harbour');
  });
});
