import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_LOCALES, type AppLocale } from '../../src/shared/i18n/app-locale';
import { createTranslator } from '../../src/shared/i18n/translator';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { screenshotPath } from '../support/screenshot-path';

/** The browser language each locale's editor has (the sandbox follows navigator.languages). */
const BROWSER_LANGUAGE: Readonly<Record<AppLocale, string>> = { en: 'en-US', fr: 'fr-FR', ca: 'ca-ES', pl: 'pl-PL', 'zh-Hans': 'zh-CN' };
/** Screenshot folders: docs/screenshots/<lang>/<tab>.png. */
const FOLDER: Readonly<Record<AppLocale, string>> = { en: 'en', fr: 'fr', ca: 'ca', pl: 'pl', 'zh-Hans': 'zh-hans' };
const TABS = ['generate', 'jobs', 'duck', 'presets', 'settings'] as const;

/** A fresh profile whose browser speaks `locale`, with the panel docked at 300 px as editors dock it. */
async function openInLanguage(browser: Browser, url: string, locale: AppLocale): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    colorScheme: 'dark',
    locale: BROWSER_LANGUAGE[locale],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('[data-clip-name="VO line 1.wav"]');
  await page.addStyleTag({ content: '.sandbox-panel { width: 300px !important; flex-basis: 300px !important; }' });
  return { page, errors };
}

/** A label or value the panel cuts off; `control` names the Spectrum control it belongs to (its `name`, else its tag). */
interface ClippedLabel {
  readonly control: string;
  /** A picker's chosen value: Spectrum ellipsizes it by design, so only one English does not need counts. */
  readonly pickerValue: boolean;
  readonly text: string;
  readonly widths: string;
}

/**
 * Labels the panel cuts off: an element that clips its overflow (a Spectrum control's label or value, shown with an
 * ellipsis) and whose text, its own or slotted into it, is wider than its box. Screen-reader-only copies (1 px wide)
 * are not shown, so they do not count.
 */
function clippedLabels(panel: Element): ClippedLabel[] {
  const textOf = (element: Element) =>
    [
      element.textContent ?? '',
      ...[...element.querySelectorAll('slot'), ...(element instanceof HTMLSlotElement ? [element] : [])].flatMap((slot) =>
        slot.assignedNodes({ flatten: true }).map((node) => node.textContent ?? ''),
      ),
    ]
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const found: ClippedLabel[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot != null) visit(element.shadowRoot);
      if (element.clientWidth <= 1 || element.scrollWidth <= element.clientWidth + 1) continue;
      if (getComputedStyle(element).overflowX === 'visible') continue;
      const text = textOf(element);
      if (text === '') continue;
      const host = (element.getRootNode() as ShadowRoot).host ?? null;
      found.push({
        control: host == null ? element.localName : `${host.localName}[${host.getAttribute('name') ?? host.id}]`,
        pickerValue: host?.localName === 'sp-picker' && element.id === 'label',
        text: text.slice(0, 70),
        widths: `${element.scrollWidth}/${element.clientWidth}px`,
      });
    }
  };
  visit(panel);
  return found;
}

/** Picker values English already ellipsizes at 300 px, per tab (filled by the English run, which goes first). */
const clippedInEnglish = new Set<string>();

describe('sandbox in Chromium: the panel in five languages at 300 px', () => {
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

  it.each(APP_LOCALES)('%s: the browser’s language names the tabs, and every tab fits with no clipped label', async (locale) => {
    const { t } = createTranslator(locale);
    const { page, errors } = await openInLanguage(browser, server.url, locale);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    const panel = page.locator('.sandbox-panel');
    const problems: string[] = [];
    for (const tab of TABS) {
      const name = t(`tab.${tab}`);
      const button = page.getByRole('tab', { name: new RegExp(`^${name}`) });
      await button.click();
      await expect(button.getAttribute('aria-selected')).resolves.toBe('true');
      const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
      if (overflow > 0) problems.push(`${tab}: the panel scrolls sideways by ${overflow}px`);
      for (const clipped of await panel.evaluate(clippedLabels)) {
        const key = `${tab} ${clipped.control}`;
        if (locale === 'en' && clipped.pickerValue) clippedInEnglish.add(key);
        // A translation must not cut off what English shows whole; a picker value English ellipsizes too is Spectrum's way.
        if (!(clipped.pickerValue && clippedInEnglish.has(key))) problems.push(`${key}: "${clipped.text}" cut off (${clipped.widths})`);
      }
      const path = screenshotPath(`${FOLDER[locale]}/${tab}.png`);
      mkdirSync(dirname(path), { recursive: true });
      await panel.screenshot({ path });
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('switching the language in Settings renames the tabs at once, and the header picker switches back', async () => {
    const { page } = await openInLanguage(browser, server.url, 'en');
    await page.getByRole('tab', { name: 'Settings' }).click();
    const settingsPicker = page.locator('sp-picker[name="panel-language"]');
    await settingsPicker.click();
    await settingsPicker.getByRole('option', { name: 'Polski', exact: true }).click();
    await expect.poll(() => page.getByRole('tablist').textContent()).toContain('Ustawienia');
    expect(await page.getByRole('tablist').textContent()).toContain('Wyciszanie');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');

    const headerPicker = page.locator('sp-picker[name="sandbox-language"]');
    await headerPicker.click();
    await headerPicker.getByRole('option', { name: '简体中文', exact: true }).click();
    await expect.poll(() => page.getByRole('tablist').textContent()).toContain('设置');
    // The Settings picker shows the same preference.
    await expect
      .poll(() => settingsPicker.evaluate((element) => element.querySelector('sp-menu-item[selected]')?.textContent?.trim()))
      .toBe('简体中文');
    // Chosen, not followed: a reload keeps Chinese although the browser speaks English.
    await page.reload();
    await page.waitForSelector('[data-clip-name="VO line 1.wav"]');
    await expect.poll(() => page.getByRole('tablist').textContent()).toContain('生成');
  });
});
