import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { generate, openSandbox, pick, pickedLabel, picker, pickedValue, scriptFaults } from '../support/sandbox-page';

/** The tag names of every element in the panel, shadow roots left out: what the panel itself renders. */
const panelTags = (page: Page) =>
  page
    .locator('.cliprelay-panel')
    .evaluate((panel) => [...new Set([...panel.querySelectorAll('*')].map((element) => element.localName))].sort());

/** Native form controls the panel must no longer draw itself. */
const NATIVE_CONTROLS = ['button', 'input', 'select', 'textarea', 'option'];

describe('sandbox in Chromium: the panel is made of Spectrum elements, named and usable from the keyboard', () => {
  let server: RunningSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await runSandboxServer();
    browser = await launchChromium();
    const opened = await openSandbox(browser, server.url);
    page = opened.page;
    expect(opened.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders only Spectrum controls on every tab, under the names Premiere uses', async () => {
    const seen = new Set<string>();
    for (const tab of ['Generate', 'Jobs', 'Duck', 'Presets', 'Settings']) {
      await page.getByRole('tab', { name: tab }).click();
      const tags = await panelTags(page);
      expect(
        tags.filter((tag) => NATIVE_CONTROLS.includes(tag)),
        `${tab} tab`,
      ).toEqual([]);
      for (const tag of tags) if (tag.startsWith('sp-')) seen.add(tag);
    }
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'sp-action-button',
        'sp-button',
        'sp-checkbox',
        'sp-field-label',
        'sp-menu',
        'sp-menu-item',
        'sp-picker',
        'sp-slider',
        'sp-textarea',
        'sp-textfield',
      ]),
    );
    // The UXP built-in names, defined in the browser from Spectrum Web Components.
    const defined = await page.evaluate(() =>
      ['sp-picker', 'sp-slider', 'sp-progressbar', 'sp-textarea', 'sp-theme'].map((name) => customElements.get(name) != null),
    );
    expect(defined).toEqual([true, true, true, true, true]);
  });

  it('names every control by what it does (the role locators reach inside the Spectrum elements)', async () => {
    await page.getByRole('tab', { name: 'Generate' }).click();
    for (const name of ['Prompt', 'Negative prompt', 'Seed'])
      await expect(page.getByRole('textbox', { name, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('checkbox', { name: /^Native audio/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Read the sequence again' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /^Generate/ }).count()).resolves.toBe(1);
    for (const label of ['Provider', 'Model', 'Duration', 'Aspect', 'Variations', 'Place the clip']) {
      await expect(
        picker(page, label)
          .getByRole('button', { name: new RegExp(label) })
          .count(),
        label,
      ).resolves.toBe(1);
    }

    await page.getByRole('tab', { name: 'Duck' }).click();
    for (const name of [
      'Reduce by (dB)',
      'Sensitivity (1–10)',
      'Fade down (s)',
      'Fade up (s)',
      'Hold (s)',
      'Padding before speech (s)',
      'Padding after speech (s)',
    ]) {
      await expect(page.getByRole('slider', { name, exact: true }).count(), name).resolves.toBe(1);
      await expect(page.getByRole('textbox', { name: `${name}, exact value` }).count(), name).resolves.toBe(1);
    }
    for (const name of ['Generated', 'Music'])
      await expect(page.getByRole('checkbox', { name, exact: true }).isChecked()).resolves.toBe(true);
    for (const name of ['Preview', 'Apply these settings', 'Read the sequence again'])
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(1);
  });

  it('works from the keyboard: arrows on tabs, sliders and pickers, Space on checkboxes', async () => {
    await page.getByRole('tab', { name: 'Duck' }).click();
    const depth = page.getByRole('slider', { name: 'Reduce by (dB)', exact: true });
    await depth.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('textbox', { name: 'Reduce by (dB), exact value' }).inputValue()).toBe('-9.5');

    await picker(page, 'Duck where').getByRole('button').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pickedValue(page, 'Duck where')).toBe('clip-extents');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => pickedValue(page, 'Duck where')).toBe('speech');

    const effects = page.getByRole('checkbox', { name: 'Effects', exact: true });
    await effects.focus();
    await page.keyboard.press('Space');
    await expect(effects.isChecked()).resolves.toBe(true);

    await page.getByRole('tab', { name: 'Duck' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Presets' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('keeps a picker in step when its options change (another provider offers other models)', async () => {
    await page.getByRole('tab', { name: 'Generate' }).click();
    await pick(page, 'Provider', 'Runway (emulated)');
    const model = await pickedValue(page, 'Model');
    const offered = await picker(page, 'Model')
      .locator('sp-menu-item')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement & { value: string }).value));
    expect(offered).toContain(model);
    await expect.poll(() => pickedLabel(page, 'Model')).not.toBe('');
    await pick(page, 'Provider', 'Kling (emulated)');
    await expect.poll(() => pickedValue(page, 'Model')).toMatch(/^kling/);
  });

  it('shows a running job as a Spectrum progress bar named after its prompt', async () => {
    await scriptFaults(server.url, 'kling:poll:delay=1500*3');
    await generate(page, 'Gulls over a grey sea');
    const progress = page.getByRole('progressbar', { name: 'Progress of Gulls over a grey sea' });
    await progress.waitFor();
    await expect(progress.evaluate((element) => element.localName)).resolves.toBe('sp-progressbar');
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });
    await expect(progress.count()).resolves.toBe(0);
  });

  it("follows the browser's colour scheme, and offers Premiere's light, dark and darkest", async () => {
    const theme = page.locator('sp-theme').first();
    await expect(theme.getAttribute('color')).resolves.toBe('dark'); // this context prefers dark
    await pick(page, 'Theme', 'Theme: darkest');
    await expect.poll(() => theme.getAttribute('color')).toBe('darkest');
    await pick(page, 'Theme', 'Theme: light');
    await expect.poll(() => theme.getAttribute('color')).toBe('light');

    const light = await browser.newContext({ viewport: { width: 1200, height: 700 }, colorScheme: 'light' });
    const lightPage = await light.newPage();
    await lightPage.goto(server.url);
    await expect.poll(() => lightPage.locator('sp-theme').first().getAttribute('color')).toBe('light');
    await light.close();
  });
});
