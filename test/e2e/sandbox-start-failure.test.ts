import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';

/**
 * Issue 11 item 8: a panel that cannot start shows why, not a blank page. Browsers with storage switched
 * off for the site throw a SecurityError on the first touch of localStorage, which the sandbox needs for
 * its project and ledger.
 */
describe('the sandbox when its storage is unusable or damaged', () => {
  let server: RunningSandbox;
  let browser: Browser;

  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the start-failure screen with the cause, and no unhandled error', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    const screen = page.getByRole('alert');
    await screen.waitFor();
    expect(await screen.getByRole('heading').textContent()).toBe('ClipRelay could not start');
    expect(await screen.textContent()).toContain('Access is denied for this document.');
    expect(await screen.textContent()).toContain('Try again: reload the page.');
    expect(await screen.textContent()).toContain('Technical: SecurityError');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says damaged preferences were set aside, where, and that the defaults are in use', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded') == null) {
        localStorage.setItem('cliprelay.preferences', '{"dailyBudgetUsd": ');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(server.url);
    const notice = page.getByRole('alert').filter({ hasText: 'preferences' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /^The preferences could not be read \(.+\)\. Its content was kept aside in cliprelay\.preferences\.damaged-.+\. The default preferences are in use\.$/,
    );
    const keptAside = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('cliprelay.preferences.damaged-')),
    );
    expect(keptAside).toHaveLength(1);
    await context.close();
  });
});
