import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uncompressedSoundDecoder } from '../../src/entries/resolve/render-ducked-audio';
import type { HostScenario } from '../support/host-scenario';
import { openResolvePanelPage } from '../support/fake-resolve/resolve-panel-page';
import { pick, pickedValue } from '../support/sandbox-page';

/** Root-mean-square level of `channel` between two times, in dB. */
function rmsDb(channel: Float32Array, sampleRateHz: number, fromSeconds: number, toSeconds: number): number {
  let sum = 0;
  const first = Math.round(fromSeconds * sampleRateHz);
  const last = Math.round(toSeconds * sampleRateHz);
  for (let index = first; index < last; index += 1) sum += channel[index]! ** 2;
  return 10 * Math.log10(sum / (last - first));
}

const SCENARIO: HostScenario = {
  projectName: 'Harbour promo',
  sequenceName: 'Edit 1',
  frameRate: 25,
  playheadSeconds: 3,
  videoTracks: [{ name: 'Video 1', clips: [{ name: 'Title', mediaPath: '/media/title.mov', startSeconds: 0, endSeconds: 3 }] }],
  audioTracks: [
    {
      name: 'Voice-over',
      clips: [
        { name: 'VO 1', mediaPath: '/media/vo-1.wav', startSeconds: 0.5, endSeconds: 2 },
        { name: 'VO 2', mediaPath: '/media/vo-2.wav', startSeconds: 4, endSeconds: 5.6 },
      ],
    },
  ],
  media: {
    '/media/title.mov': { durationSeconds: 3, hasVideo: true, hasAudio: false },
    '/media/vo-1.wav': { durationSeconds: 1.5, hasVideo: false, hasAudio: true },
    '/media/vo-2.wav': { durationSeconds: 1.6, hasVideo: false, hasAudio: true },
  },
};

describe('Resolve panel page in Chromium on the fake Resolve 20.1 (no clip volume from a plugin): both ways to duck', () => {
  let panel: Awaited<ReturnType<typeof openResolvePanelPage>>;

  beforeAll(async () => {
    panel = await openResolvePanelPage(SCENARIO, '20.1');
  }, 60_000);

  afterAll(async () => {
    await panel?.close();
  });

  it('generates once and places linked A/V once at the playhead', async () => {
    const { page, fake, emulators, isGenerated } = panel;
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByLabel('Prompt', { exact: true }).fill('A slow dolly shot over a foggy harbour at dawn');
    await pick(page, 'Provider', 'Kling');
    await page.getByRole('button', { name: /^Generate/ }).click();
    await page.locator('.job-card[data-phase="placed"]').waitFor({ timeout: 60_000 });

    expect(emulators.kling.tasks.size).toBe(1); // one create
    const timeline = fake.state.current!;
    const items = [...timeline.tracks.video, ...timeline.tracks.audio]
      .flatMap((track) => track.items)
      .filter((item) => isGenerated(item.media.path));
    expect(items.map((item) => item.kind).sort()).toEqual(['audio', 'video']); // one placement: one video and one audio item
    expect(items[0]!.start - timeline.startFrame).toBe(75);
    expect(items[0]!.link).toBe(items[1]!.link);
    expect(fake.state.calls.filter((call) => call === 'MediaPool.AppendToTimeline')).toHaveLength(2); // video, then audio
  });

  it('ducks into a new timeline imported from the OTIO ClipRelay wrote, leaves the original untouched and says why', async () => {
    const { page, fake, isGenerated, pageErrors } = panel;
    const original = fake.state.current!;
    const originalBefore = JSON.stringify(original.tracks);
    await page.getByRole('tab', { name: 'Duck' }).click();
    await pick(page, 'Voice-over track', 'A1 · Voice-over');
    await pick(page, 'Duck where', 'voice clips sit (whole clips)');
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    const note = page.getByText(/cannot change a clip's volume from a plugin \(that came in 21\.1\)/);
    await note.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      throw new Error(
        `no timeline-copy note; the Duck tab says: ${(await page.locator('[role="alert"], [role="status"]').allInnerTexts()).join(' | ')}`,
        {
          cause: error,
        },
      );
    });
    // Which path and why, in the panel's words: the version's missing capability and the copy's name.
    expect(await note.innerText()).toContain('"Edit 1 (ClipRelay ducked)"');
    expect(await note.innerText()).toContain('The original timeline is untouched');

    expect(fake.state.timelines.map((timeline) => timeline.name)).toEqual(['Edit 1', 'Edit 1 (ClipRelay ducked)']);
    const copy = fake.state.current!;
    expect(copy.name).toBe('Edit 1 (ClipRelay ducked)'); // opened
    expect(JSON.stringify(original.tracks)).toBe(originalBefore);
    expect(fake.state.calls).toContain('Timeline.Export');
    expect(fake.state.calls).toContain('MediaPool.ImportTimelineFromFile');
    const ducked = copy.tracks.audio.flatMap((track) => track.items).filter((item) => isGenerated(item.media.path));
    expect(ducked).toHaveLength(1);
    // The copy carries clip volume keyframes under the voice: down to Standard's depth and back up.
    const levels = ducked[0]!.volumeKeys.map((key) => key.levelDb);
    expect(Math.min(...levels)).toBeLessThanOrEqual(-6);
    expect(Math.max(...levels)).toBe(0);
    // Still one generated clip placed once: the copy's import is not a second placement in the original.
    expect(original.tracks.audio.flatMap((track) => track.items).filter((item) => isGenerated(item.media.path))).toHaveLength(1);

    await page.getByRole('button', { name: 'Undo last ClipRelay change' }).click();
    await page.getByText(/^Undone: /).waitFor();
    expect(fake.state.timelines.map((timeline) => timeline.name)).toEqual(['Edit 1']);
    expect(fake.state.current).toBe(original);
    expect(pageErrors).toEqual([]);
  });
  it("by the editor's choice, remembered, renders the ducked sound into a new WAV beside the clip and swaps it in as its audio", async () => {
    const { page, fake, isGenerated, pageErrors } = panel;
    await page.getByRole('tab', { name: 'Duck' }).click();
    await page.getByText('This Resolve cannot change a clip’s volume from a plugin (that came in 21.1).', { exact: false }).waitFor();
    expect(await pickedValue(page, 'Duck in Resolve by')).toBe('timeline-copy');
    await pick(page, 'Duck in Resolve by', 'Swap in rendered audio');
    await panel.restartPlugin();
    await page.getByRole('tab', { name: 'Duck' }).click();
    expect(await pickedValue(page, 'Duck in Resolve by')).toBe('rendered-audio'); // remembered
    // The restarted plugin still lists the job (the ledger is a file in the data folder) and can undo the placement.
    await page.getByRole('tab', { name: 'Jobs' }).click();
    await page.locator('.job-card[data-phase="placed"]').waitFor();
    expect(existsSync(join(panel.folders.data, 'jobs.json'))).toBe(true);
    expect(existsSync(join(panel.folders.data, 'resolve-edit-journal.json'))).toBe(true);
    await page.getByRole('tab', { name: 'Duck' }).click();

    const timeline = fake.state.current!;
    const generated = () => timeline.tracks.audio.flatMap((track) => track.items).filter((item) => isGenerated(item.media.path));
    const video = timeline.tracks.video.flatMap((track) => track.items).find((item) => isGenerated(item.media.path))!;
    const originalPath = generated()[0]!.media.path;
    const originalBytes = readFileSync(originalPath);
    await pick(page, 'Voice-over track', 'A1 · Voice-over');
    await pick(page, 'Duck where', 'voice clips sit (whole clips)');
    await page.getByRole('button', { name: 'Standard (−9 dB)', exact: true }).click();
    const note = page.getByText(/rendered the ducked sound into new files beside the originals/);
    await note.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      throw new Error(
        `no rendered-audio note; the Duck tab says: ${(await page.locator('[role="alert"], [role="status"]').allInnerTexts()).join(' | ')}`,
        {
          cause: error,
        },
      );
    });

    expect(fake.state.timelines.map((each) => each.name)).toEqual(['Edit 1']); // in place: no copy this time
    const [swapped] = generated();
    expect(generated()).toHaveLength(1);
    expect(swapped!.media.path).toMatch(/ \(ducked\)\.wav$/);
    expect(dirname(swapped!.media.path)).toBe(dirname(originalPath)); // beside the original
    expect(readFileSync(originalPath).equals(originalBytes)).toBe(true); // which is untouched
    expect([swapped!.start, swapped!.end]).toEqual([video.start, video.end]);
    expect(swapped!.link).toBe(video.link);

    // The rendered sound against the original as the page decodes it: ducked under VO 2 (4–5.6 s), untouched before it.
    const rendered = (await uncompressedSoundDecoder(new Uint8Array(readFileSync(swapped!.media.path)), 'rendered.wav'))!;
    const original = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const buffer = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes.buffer);
      return { sampleRateHz: buffer.sampleRate, left: Array.from(buffer.getChannelData(0)) };
    }, originalBytes.toString('base64'));
    const left = new Float32Array(original.left);
    const ducking = (from: number, to: number) =>
      rmsDb(rendered.channels[0]!, rendered.sampleRateHz, from, to) - rmsDb(left, original.sampleRateHz, from, to);
    expect(ducking(0.05, 0.6)).toBeCloseTo(0, 1); // the clip starts at 3 s: 3.05–3.6 s is before any voice
    expect(ducking(1.3, 2.3)).toBeLessThanOrEqual(-6); // 4.3–5.3 s: under VO 2
    expect(ducking(1.3, 2.3)).toBeGreaterThanOrEqual(-24);

    await page.getByRole('button', { name: 'Undo last ClipRelay change' }).click();
    await page.getByText(/^Undone: /).waitFor();
    expect(generated().map((item) => [item.media.path, item.start, item.end, item.link])).toEqual([
      [originalPath, video.start, video.end, video.link],
    ]);
    expect(existsSync(swapped!.media.path)).toBe(true); // the rendered file stays on disk: Resolve's pool may still list it
    expect(pageErrors).toEqual([]);
  });
});
