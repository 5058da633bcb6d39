import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostScenario } from '../support/host-scenario';
import { openResolvePanelPage } from '../support/fake-resolve/resolve-panel-page';
import { pick } from '../support/sandbox-page';

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

describe('Resolve panel page in Chromium on the fake Resolve 20.1 (no clip volume from a plugin): the ducked timeline copy', () => {
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
});
