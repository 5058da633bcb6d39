import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDiagnosticsReport, type DiagnosticsReportJson } from '../../src/hosts/premiere/premiere-diagnostics-schema';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { createTranslator } from '../../src/shared/i18n/translator';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { screenshotPath } from '../support/screenshot-path';

type Language = 'en' | 'fr' | 'ca' | 'zh-Hans';
const BROWSER_LANGUAGE: Readonly<Record<Language, string>> = { en: 'en-US', fr: 'fr-FR', ca: 'ca-ES', 'zh-Hans': 'zh-CN' };
const FOLDER: Readonly<Record<Language, string>> = { en: 'en', fr: 'fr', ca: 'ca', 'zh-Hans': 'zh-hans' };

interface DiagnosticsRun {
  readonly page: Page;
  readonly errors: string[];
  /** The report as the text area shows it. */
  readonly shown: string;
  /** What Copy put on the clipboard. */
  readonly copied: string;
}

/** A fresh profile whose browser speaks `locale`: Settings › Run diagnostics, then Copy, as an editor would. */
async function runDiagnosticsIn(browser: Browser, url: string, locale: Language, query = ''): Promise<DiagnosticsRun> {
  const { t } = createTranslator(locale);
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1400 },
    colorScheme: 'dark',
    locale: BROWSER_LANGUAGE[locale],
  });
  // What Copy writes is kept on the page (headless Chromium's clipboard needs focus and permissions the test cannot rely on).
  await context.addInitScript(() => {
    const copied: string[] = [];
    (window as unknown as { copiedTexts: string[] }).copiedTexts = copied;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}${query}`);
  await page.waitForSelector('[data-clip-name="VO line 1.wav"]');
  await page.addStyleTag({ content: '.sandbox-panel { width: 300px !important; flex-basis: 300px !important; }' });
  await page.getByRole('tab', { name: new RegExp(`^${t('tab.settings')}`) }).click();
  await page.getByRole('button', { name: t('settings.runDiagnostics') }).click();
  await expect.poll(() => reportText(page), { timeout: 30_000 }).toContain('\n');
  await page.locator('sp-textarea[name="diagnostics-report"]').scrollIntoViewIfNeeded();
  // The section and its report fit the 300 px panel: nothing scrolls sideways.
  expect(await page.locator('.sandbox-panel').evaluate((panel) => panel.scrollWidth - panel.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: t('settings.copyTextAndJson') }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts.length)).toBe(1);
  const copied = await page.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts[0]!);
  return { page, errors, shown: await reportText(page), copied };
}

/** The report text area's value (a Spectrum text area keeps it as a property). */
const reportText = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector<HTMLElement & { value?: string }>('[name="diagnostics-report"]');
    return element?.value ?? '';
  });

/** The JSON of a copy, its run-specific time set aside so two runs compare. */
function reportJson(copied: string): DiagnosticsReportJson {
  return { ...parseDiagnosticsReport(copied), generatedAt: 'same' };
}

/** Labels of the report's lines that come from a catalog message (the others, like a provider's brand, are said verbatim). */
function translatedLabels(report: DiagnosticsReportJson): string[] {
  return report.entries.filter((entry) => entry.messages?.label != null).map((entry) => entry.label);
}

describe('sandbox in Chromium: Settings › Diagnostics reports where it runs, in the editor’s language', () => {
  let server: RunningSandbox;
  let browser: Browser;
  const runs = new Map<AppLocale, DiagnosticsRun>();

  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('English: the host, what it supports, storage and every emulator, and Copy gives text and a JSON block that parses', async () => {
    const run = await runDiagnosticsIn(browser, server.url, 'en');
    runs.set('en', run);
    expect(run.shown).toMatch(/^ClipRelay diagnostics for the sandbox — \d{4}-/);
    expect(run.shown).toContain('[info] Sandbox host: Sandbox: in memory, with Premiere Pro’s rules');
    expect(run.shown).toContain('[ok]   Volume keyframes: yes');
    expect(run.shown).toContain('[info] Level steps instead of keyframes: no');
    expect(run.shown).toContain('[ok]   Local storage (project, jobs, settings): works: a probe was written, read back and removed');
    expect(run.shown).toContain('[ok]   IndexedDB database: works: a probe database was opened and deleted');
    expect(run.shown).toContain('[ok]   Kling: answers at /emulators/kling (HTTP 404)');
    expect(run.shown).not.toContain('VERIFY');
    // The browser's Intl lines follow the report's own.
    expect(run.shown).toContain('Intl.PluralRules: ok');
    const report = parseDiagnosticsReport(run.copied);
    expect(run.copied.startsWith(run.shown.trimEnd())).toBe(true);
    const emulators = report.entries.filter((entry) => entry.section === 'Provider emulators');
    expect(emulators.length).toBeGreaterThanOrEqual(7);
    expect(emulators.filter((entry) => entry.status !== 'ok')).toEqual([]);
    // Facts describe Premiere, which the sandbox is not: all unsettled.
    expect(Object.values(report.facts).every((fact) => fact == null)).toBe(true);
    expect(run.copied).not.toMatch(/demo-(access|secret)-key|Bearer/);
    await run.page.locator('.sandbox-panel').screenshot({ path: screenshotPath(`${FOLDER.en}/diagnostics.png`) });
    expect(run.errors).toEqual([]);
  });

  it.each(['fr', 'ca', 'zh-Hans'] as const)('%s: no English label left, the same JSON as in English', async (locale) => {
    const english = runs.get('en');
    expect(english, 'the English run goes first').toBeDefined();
    const run = await runDiagnosticsIn(browser, server.url, locale);
    const { t } = createTranslator(locale);
    expect(run.shown.split('\n')[0]).toBe(t('diagnostics.titleSandbox', { generatedAt: parseDiagnosticsReport(run.copied).generatedAt }));
    const report = reportJson(english!.copied);
    for (const label of translatedLabels(report)) expect(run.shown, `"${label}" left in English`).not.toContain(`${label}:`);
    for (const section of new Set(report.entries.map((entry) => entry.section))) expect(run.shown).not.toContain(`== ${section} ==`);
    // Line by line, every line said from the catalog differs from its English (the brand names stay, their values do not).
    const englishLines = english!.shown.split('\n');
    const lines = run.shown.split('\n');
    expect(lines.length).toBe(englishLines.length);
    const reportLines = lines.slice(0, 1 + report.entries.length + new Set(report.entries.map((entry) => entry.section)).size * 2);
    reportLines.forEach((line, index) => {
      if (line === '') return;
      expect(line, `line ${index} is still English`).not.toBe(englishLines[index]);
    });
    // Copy: the text in this language, then the JSON in English with ids, the same as the English run's.
    expect(run.copied.startsWith(run.shown.trimEnd())).toBe(true);
    expect(reportJson(run.copied)).toEqual(report);
    await run.page.locator('.sandbox-panel').screenshot({ path: screenshotPath(`${FOLDER[locale]}/diagnostics.png`) });
    expect(run.errors).toEqual([]);
  });

  it('under ?rules=resolve the host lays level steps, not keyframes, and refuses overwrites', async () => {
    const run = await runDiagnosticsIn(browser, server.url, 'en', '?rules=resolve');
    expect(run.shown).toContain('Sandbox host: Sandbox (Resolve rules): in memory, with DaVinci Resolve’s rules');
    expect(run.shown).toContain('[info] Volume keyframes: no');
    expect(run.shown).toContain('[ok]   Level steps instead of keyframes: yes');
    expect(run.shown).toContain('[info] Overwrites an occupied span: no');
    expect(run.errors).toEqual([]);
  });
});
