import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../src/domain/packs';
import { launchChromium } from '../support/launch-chromium';
import { agencyPack, testSeed } from '../support/pack-fixtures';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { openSandbox, pick, pickedValue, readJobs } from '../support/sandbox-page';

const acme = packSigningKeyFromSeed(testSeed('acme'));
// The agency's naming rule for clips: its code first, then the provider and the prompt's slug.
const pack = agencyPack({ policy: { ...agencyPack().policy, fileNameTemplate: 'ACME_{provider}_{slug}' } });

/** Picks `file` in the browser's file chooser that `click` opens. */
async function chooseFile(page: Page, click: () => Promise<void>, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(file);
}

describe('sandbox in Chromium: a signed pack installed from a file on a shared drive, and its prompt library in the Generate tab', () => {
  let server: RunningSandbox;
  let browser: Browser;
  const drive = mkdtempSync(join(tmpdir(), 'cliprelay-shared-drive-'));
  const packFile = join(drive, 'acme.cliprelay-pack.json');
  const tamperedFile = join(drive, 'acme-edited.cliprelay-pack.json');
  beforeAll(async () => {
    writeFileSync(packFile, signPresetPack(pack, acme.secretKey));
    const envelope = JSON.parse(signPresetPack({ ...pack, version: 2 }, acme.secretKey)) as { pack: string };
    writeFileSync(tamperedFile, JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 99999') }));
    server = await runSandboxServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(drive, { recursive: true, force: true });
  });

  it('installs the pack, offers its templates, fills one into the prompt and names the clip by the pack; a tampered file is refused with its reason and changes nothing', async () => {
    const { page } = await openSandbox(browser, server.url);
    await page.getByRole('tab', { name: 'Presets' }).click();
    const install = page.getByRole('button', { name: 'Install a pack from a file…' });
    await chooseFile(page, () => install.click(), packFile);
    const card = page.locator('[data-subscription-id]');
    await card.filter({ hasText: 'release 1' }).waitFor();
    await expect(card.locator('.job-title').textContent()).resolves.toBe('Acme house mix');
    await expect(card.textContent()).resolves.toContain(basename(packFile));
    // The pack's presets are in the list, from the pack.
    await expect(page.locator('#panel-presets').textContent()).resolves.toContain('Promo');

    // A file changed after it was signed: refused, saying why; the installed pack stays as it was.
    await chooseFile(page, () => install.click(), tamperedFile);
    await page
      .locator('#panel-presets')
      .getByRole('alert')
      .filter({ hasText: /signature does not match its contents/ })
      .waitFor();
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('release 1');

    // The Generate tab: the pack's library, searched, a template picked and its variables filled.
    await page.getByRole('tab', { name: 'Generate' }).click();
    const library = page.getByRole('group', { name: 'Prompt library' });
    await library.getByLabel('Search the prompt library').fill('drone');
    const hits = library.getByRole('button', { name: /^Pick template/ });
    await expect(hits.count()).resolves.toBe(1);
    await hits.first().click();
    await library.getByLabel('place', { exact: true }).fill('the harbour');
    await library.getByLabel('time of day', { exact: true }).fill('dawn');
    await library.getByRole('button', { name: 'Put ACME – Aerial into the prompt' }).click();
    const prompt = 'Slow aerial shot of the harbour at dawn';
    await expect(page.getByLabel('Prompt', { exact: true }).inputValue()).resolves.toBe(prompt);
    // The agency's template names follow its naming rule (client code, dash), as the button shows.
    expect((await hits.first().getAttribute('aria-label')) ?? '').toMatch(/^Pick template ACME – Aerial \(Acme house mix, release 1\)$/);

    await pick(page, 'Client (for budgets and reports)', 'Globex');
    if ((await pickedValue(page, 'Provider')) !== 'kling') await pick(page, 'Provider', 'Kling (emulated)');
    await page.getByRole('button', { name: /^Generate/ }).click();
    await expect.poll(async () => (await readJobs(page)).map((job) => job.phase), { timeout: 60_000 }).toEqual(['placed']);
    const [job] = await readJobs(page);
    expect(job!.request.prompt).toBe(prompt);
    // The pack's file-naming template: its code, the provider, the prompt's slug (then the job id).
    expect(basename(job!.mediaPath ?? '')).toMatch(/^ACME_Kling \(emulated\)_slow-aerial-shot-of-the-harbour-at-dawn_\w+\.mp4$/);
  });
});
