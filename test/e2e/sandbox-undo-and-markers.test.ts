import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxClip, SandboxKeyframe } from '../../src/hosts/sandbox/sandbox-state';
import { launchChromium } from '../support/launch-chromium';
import { runSandboxServer, type RunningSandbox } from '../support/run-sandbox-server';
import { openSandbox, readJobs, readState } from '../support/sandbox-page';

/** The sandbox host's undo history, newest last, as the History line shows it. */
const undoLabels = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { cliprelaySandbox: { host: { undoLabels: readonly string[] } } }).cliprelaySandbox.host.undoLabels,
  );

const waitForUndoLabel = (page: Page, label: string, count = 1) =>
  page.waitForFunction(
    ([wanted, times]) =>
      (window as unknown as { cliprelaySandbox: { host: { undoLabels: readonly string[] } } }).cliprelaySandbox.host.undoLabels.filter(
        (entry) => entry === wanted,
      ).length >= times,
    [label, count] as const,
  );

const generatedAudio = async (page: Page): Promise<SandboxClip | undefined> =>
  (await readState(page)).audioTracks.flatMap((track) => track.clips).find((clip) => clip.mediaPath.startsWith('/sandbox/media/'));

const ownKeyframes = (clip: SandboxClip | undefined): SandboxKeyframe[] => (clip?.keyframes ?? []).filter((key) => key.byClipRelay);

const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true }).click();

/** Picks a value as a person does: the Spectrum picker (named by its `name`) is opened and its item clicked. */
async function pick(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`sp-picker[name="${name}"]`).click();
  await page.locator(`sp-menu-item[value="${value}"]:visible`).click();
  await page.waitForFunction(
    ([pickerName, wanted]) => (document.querySelector(`sp-picker[name="${pickerName}"]`) as { value?: unknown } | null)?.value === wanted,
    [name, value] as const,
  );
}

/** Fills the prompt on the Generate tab with the provider picked, and presses Generate. */
async function generate(page: Page, prompt: string, provider = 'kling'): Promise<void> {
  await page.getByRole('tab', { name: 'Generate' }).click();
  await pick(page, 'provider', provider);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: /^Generate/ }).click();
}

/** What the drawn timeline's click on a clip will do (B2 wires it): SandboxHost.setSelectedClips. */
const selectClips = (page: Page, clipIds: readonly string[]) =>
  page.evaluate(
    (ids) =>
      (
        window as unknown as { cliprelaySandbox: { host: { setSelectedClips(ids: readonly string[]): void } } }
      ).cliprelaySandbox.host.setSelectedClips(ids),
    clipIds,
  );

describe('sandbox in Chromium: one action is one undo step (issue 13 item 1)', () => {
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

  it('ducks only the selected clips when asked, and says so when nothing is selected (issue 13 item 2)', async () => {
    await generate(page, 'Gulls over a harbour wall at dawn');
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 30_000 });
    const placed = await undoLabels(page);
    // The import is the host's own step (as in Premiere); placement and provenance are ONE step after it.
    expect(placed.slice(-2)).toEqual(['Import', 'ClipRelay: place Kling (emulated) clip']);
    expect((await readState(page)).items.at(-1)?.provenance).toMatchObject({
      providerId: 'kling',
      prompt: 'Gulls over a harbour wall at dawn',
    });

    await page.getByRole('tab', { name: 'Duck' }).click();
    await page.getByRole('checkbox', { name: 'Only selected clips (0)' }).click();
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'No clips are selected' }).waitFor();
    expect((await undoLabels(page)).at(-1)).toBe('ClipRelay: place Kling (emulated) clip');

    // Select the generated audio clip (its linked video comes along); the count says 1 audio clip.
    await selectClips(page, [(await generatedAudio(page))!.id]);
    await page.getByRole('checkbox', { name: 'Only selected clips (1)' }).waitFor();
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    await waitForUndoLabel(page, 'ClipRelay: duck Standard (−9 dB)');
    expect(ownKeyframes(await generatedAudio(page)).length).toBeGreaterThan(0);
    await undo(page);
    await page.getByRole('checkbox', { name: 'Only selected clips (1)' }).click();
    await selectClips(page, []);
    expect(ownKeyframes(await generatedAudio(page))).toEqual([]);
  });

  it('re-ducking with a second preset leaves exactly what that preset alone leaves, and one Undo then takes a Generate back with its provenance', async () => {
    // Standard, then Strong, from the Duck tab's preset buttons (voice-over track chosen by its name).
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    await waitForUndoLabel(page, 'ClipRelay: duck Standard (−9 dB)');
    const standardKeys = ownKeyframes(await generatedAudio(page));
    expect(standardKeys.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Strong (−12 dB)', exact: true }).click();
    await waitForUndoLabel(page, 'ClipRelay: duck Strong (−12 dB)');
    const afterBoth = ownKeyframes(await generatedAudio(page));
    expect(afterBoth.map((key) => key.levelDb)).not.toContain(-9);

    // Strong alone, on the same clip: undo both ducks, apply Strong once.
    await undo(page);
    await undo(page);
    expect(ownKeyframes(await generatedAudio(page))).toEqual([]);
    await page.getByRole('button', { name: 'Strong (−12 dB)', exact: true }).click();
    await waitForUndoLabel(page, 'ClipRelay: duck Strong (−12 dB)');
    const strongAlone = ownKeyframes(await generatedAudio(page));
    expect(afterBoth).toEqual(strongAlone);
    expect(new Set(strongAlone.map((key) => key.levelDb))).toEqual(new Set([0, -12]));
    // What the timeline draws is what the host holds: no stray keyframe from Standard.
    const drawn = await page.locator(`[data-clip-id="${(await generatedAudio(page))!.id}"] [data-keyframe]`).count();
    expect(drawn).toBe(strongAlone.length);

    // Undo the duck, then ONE Undo takes the placed clip and its provenance back together; the item stays in the bin.
    await undo(page);
    await undo(page);
    const state = await readState(page);
    expect(await generatedAudio(page)).toBeUndefined();
    expect(state.videoTracks.flatMap((track) => track.clips).some((clip) => clip.mediaPath.startsWith('/sandbox/media/'))).toBe(false);
    expect(state.items.at(-1)?.provenance ?? null).toBeNull();
    expect((await undoLabels(page)).at(-1)).toBe('Import');
    await expect(page.getByTestId('undo-history').textContent()).resolves.toMatch(/Import$/);
  });
});

/**
 * The providers the Generate tab offers in the sandbox (Google twice: the Gemini API and Vertex AI). OpenAI's Sora
 * is retired, so the panel does not offer it; its emulator's markers are proven in test/emulators.
 */
const PANEL_PROVIDERS = ['kling', 'google', 'google-vertex', 'runway', 'fal', 'byteplus', 'comfyui'];
const MARKERS = ['[moderate]', '[fail]', '[never]', ''] as const;

describe('sandbox in Chromium: every emulator honours the README’s prompt markers, as the panel shows them (issue 13 item 9)', () => {
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

  it('[moderate] is refused as moderation (ComfyUI has none, so it renders), [fail] fails, [never] stays generating while an unmarked job lands', async () => {
    const { page, errors } = await openSandbox(browser, server.url);
    const promptOf = (provider: string, marker: string) => `Waves on ${provider} rocks ${marker}`.trim();
    for (const provider of PANEL_PROVIDERS) {
      for (const marker of MARKERS) {
        await generate(page, promptOf(provider, marker), provider);
        await page.waitForFunction(
          (prompt) =>
            (
              window as unknown as { cliprelaySandbox: { jobs: { ledger: { list(): { request: { prompt: string } }[] } } } }
            ).cliprelaySandbox.jobs.ledger
              .list()
              .some((job) => job.request.prompt === prompt),
          promptOf(provider, marker),
        );
      }
    }

    await page.getByRole('tab', { name: 'Jobs' }).click();
    const jobs = await readJobs(page);
    const cardOf = (provider: string, marker: string, phase?: string) => {
      const job = jobs.find((candidate) => candidate.providerId === provider && candidate.request.prompt === promptOf(provider, marker));
      expect(job, `${provider} ${marker}`).toBeDefined();
      return page.locator(`.job-card[data-job-id="${job!.id}"]${phase == null ? '' : `[data-phase="${phase}"]`}`);
    };
    for (const provider of PANEL_PROVIDERS) {
      // The unmarked job lands: the emulator has been polled past its processing polls, so [never] had as many.
      await cardOf(provider, '', 'placed').waitFor({ timeout: 60_000 });

      if (provider === 'comfyui') {
        await cardOf(provider, '[moderate]', 'placed').waitFor({ timeout: 30_000 });
      } else {
        const moderated = cardOf(provider, '[moderate]', 'failed');
        await moderated.waitFor({ timeout: 30_000 });
        await expect(moderated.locator('.error.moderated[role="alert"]').count(), `${provider} [moderate]`).resolves.toBe(1);
      }

      const failed = cardOf(provider, '[fail]', 'failed');
      await failed.waitFor({ timeout: 30_000 });
      await expect(failed.locator('.error.moderated').count(), `${provider} [fail] is no moderation`).resolves.toBe(0);
      await expect(failed.getByRole('alert').count()).resolves.toBe(1);

      await expect(cardOf(provider, '[never]').getAttribute('data-phase'), `${provider} [never]`).resolves.toBe('generating');
    }
    expect(errors).toEqual([]);
  }, 240_000);
});
