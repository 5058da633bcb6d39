import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SandboxState } from '../../src/hosts/sandbox';
import type { JobRecord } from '../../src/workflows/jobs/job-record';

/** A fresh browser profile on the sandbox (its own localStorage: a new project, an empty ledger). */
export async function openSandbox(browser: Browser, url: string, width = 1400): Promise<{ page: Page; errors: string[] }> {
  // Dark, Premiere's default panel colour: the sandbox follows the browser's scheme, and README screenshots show the dark panel.
  const context = await browser.newContext({ viewport: { width, height: 760 }, colorScheme: 'dark' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('[data-clip-name="VO line 1.wav"]');
  return { page, errors };
}

/** The sandbox host's state, read through the hook the sandbox page exposes for tests. */
export const readState = (page: Page) =>
  page.evaluate(() => (window as unknown as { cliprelaySandbox: { host: { state: SandboxState } } }).cliprelaySandbox.host.state);

export const readJobs = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { cliprelaySandbox: { jobs: { ledger: { list(): JobRecord[] } } } }).cliprelaySandbox.jobs.ledger.list(),
  );

/** Tasks the Kling emulator was asked to create for a client job id. */
export async function emulatorTasks(serverUrl: string, clientJobId: string): Promise<unknown[]> {
  const response = await fetch(new URL('/sandbox/emulator-tasks', serverUrl));
  const { kling } = (await response.json()) as { kling: { externalTaskId?: string }[] };
  return kling.filter((task) => task.externalTaskId === clientJobId);
}

export async function scriptFaults(serverUrl: string, spec: string): Promise<void> {
  const response = await fetch(new URL('/sandbox/faults', serverUrl), { method: 'POST', body: spec });
  if (!response.ok) throw new Error(`faults refused: ${await response.text()}`);
}

/** The Spectrum picker whose accessible name is `label` (the panel also writes it as `data-label`). */
export const picker = (page: Page, label: string) => page.locator(`sp-picker[data-label="${label}"]`);

/** Opens a picker and clicks the option that reads `option`, as an editor would. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  const element = picker(page, label);
  await element.click();
  await element.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => pickedLabel(page, label)).toBe(option);
}

/** What a picker shows now: the text of its selected item ("" when none). */
export const pickedLabel = (page: Page, label: string) =>
  picker(page, label).evaluate((element) => element.querySelector('sp-menu-item[selected]')?.textContent?.trim() ?? '');

/** The value a picker holds now. */
export const pickedValue = (page: Page, label: string) =>
  picker(page, label).evaluate((element) => (element as HTMLElement & { value: string }).value);

/** Fills the prompt on the Generate tab and presses Generate. */
export async function generate(page: Page, prompt: string): Promise<void> {
  await page.getByRole('tab', { name: 'Generate' }).click();
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  if ((await pickedValue(page, 'Provider')) !== 'kling') await pick(page, 'Provider', 'Kling (emulated)');
  await page.getByRole('button', { name: /^Generate/ }).click();
}
