import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_DUCK_PRESETS } from '../../../src/domain/ducking';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { readTimeline } from '../../../src/interchange';
import type { PanelServices } from '../../../src/ui/panel-services';
import { ExportTimelineButton, saveDuckedTimeline } from '../../../src/ui/duck/export-timeline-button';
import { planDucking } from '../../../src/workflows/apply-ducking';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;

function sandbox() {
  return new SandboxHost(
    createSandboxState({
      sequenceName: 'Harbour promo',
      frameRate: 25,
      playheadSeconds: 0,
      videoTracks: [],
      audioTracks: [
        { name: 'Voice-over', clips: [{ name: 'vo.wav', mediaPath: '/demo/vo.wav', startSeconds: 2, endSeconds: 5 }] },
        { name: 'Music', clips: [{ name: 'score.wav', mediaPath: '/demo/score.wav', startSeconds: 0, endSeconds: 10 }] },
      ],
    }),
    { probeMedia: () => Promise.reject(new Error('unused')) },
  );
}

const services = (saveTextFile?: PanelServices['saveTextFile']) => ({ host: sandbox(), saveTextFile }) as unknown as PanelServices;

describe('Export ducked timeline (Duck tab)', () => {
  it('is not offered where the runtime cannot save a file', () => {
    expect(renderToStaticMarkup(<ExportTimelineButton services={services()} envelopes={[]} />)).toBe('');
  });

  it('offers the three formats, and waits for a preview before it can export', () => {
    const html = renderToStaticMarkup(<ExportTimelineButton services={services(async () => null)} envelopes={null} />);
    expect(html).toContain('Premiere / Final Cut 7 XML');
    expect(html).toContain('Final Cut Pro XML (FCPXML)');
    expect(html).toContain('OpenTimelineIO (Resolve)');
    expect(html).toMatch(/<sp-button[^>]*disabled=""[^>]*>Export ducked timeline<\/sp-button>/);
    const ready = renderToStaticMarkup(<ExportTimelineButton services={services(async () => null)} envelopes={[]} />);
    expect(ready).not.toMatch(/<sp-button[^>]*disabled/);
  });

  it('saves the sequence with the previewed ducking under the sequence name, in the chosen format', async () => {
    const save = vi.fn(async (name: string) => `/Users/editor/${name}`);
    const panel = services(save);
    const plan = await planDucking({ host: panel.host, voiceTrackIndices: [0], preset: standard });
    expect(await saveDuckedTimeline(panel, plan.envelopes, 'otio')).toBe('/Users/editor/Harbour promo.ducked.otio');
    const [name, text] = save.mock.calls[0]! as unknown as [string, string];
    expect(name).toBe('Harbour promo.ducked.otio');
    const music = readTimeline(text).timeline.tracks.find((track) => track.name === 'Music')!.clips[0]!;
    expect(music.volume.keys.map((key) => [Math.round(key.timeSeconds * 25), key.levelDb])).toEqual([
      [43, 0],
      [50, -9],
      [125, -9],
      [140, 0],
    ]);
  });
});
