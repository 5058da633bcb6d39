import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DrawnClip, DrawnTimeline } from '../../../src/ui/timeline/drawn-timeline';
import { TimelineView } from '../../../src/ui/timeline/timeline-view';
import type { WaveformPeaks } from '../../../src/ui/timeline/waveform-columns';

const audioClip = (overrides: Partial<DrawnClip>): DrawnClip => ({
  id: 'gen',
  name: 'Harbour promo_kling_kling-v2-1_2026-12-06_a-slow-dolly-shot_11111111.mp4',
  startSeconds: 3,
  endSeconds: 8,
  mediaPath: '/sandbox/media/gen.mp4',
  inPointSeconds: 0,
  speed: 1,
  disabled: false,
  linkId: 'l1',
  generated: true,
  staticLevelDb: 0,
  keyframes: [],
  ...overrides,
});

const timeline: DrawnTimeline = {
  name: 'Harbour promo (demo)',
  frameRate: 25,
  playheadSeconds: 3,
  videoTracks: [{ kind: 'video', index: 0, name: 'Video 1', muted: false, clips: [] }],
  audioTracks: [
    {
      kind: 'audio',
      index: 0,
      name: 'Voice-over',
      muted: false,
      clips: [
        audioClip({
          id: 'vo',
          name: 'VO line 2.wav',
          mediaPath: '/demo/vo-line-2.wav',
          startSeconds: 4,
          endSeconds: 5.6,
          generated: false,
          linkId: null,
        }),
      ],
    },
    {
      kind: 'audio',
      index: 1,
      name: 'Music',
      muted: false,
      clips: [
        audioClip({
          keyframes: [
            { timeSeconds: 4, levelDb: 0, byClipRelay: true },
            { timeSeconds: 4.3, levelDb: -9, byClipRelay: true },
            { timeSeconds: 6, levelDb: -3, byClipRelay: false },
          ],
        }),
        audioClip({
          id: 'gen2',
          name: 'Harbour promo_kling_kling-v2-1_2026-12-06_a-slow-dolly-shot_22222222.mp4',
          startSeconds: 9,
          endSeconds: 14,
        }),
      ],
    },
  ],
};

const peaks: WaveformPeaks = { bucketsPerSecond: 10, minimums: new Float32Array(20).fill(-0.5), maximums: new Float32Array(20).fill(0.5) };
const draw = (extra: Partial<Parameters<typeof TimelineView>[0]> = {}) =>
  renderToStaticMarkup(<TimelineView timeline={timeline} widthPx={900} {...extra} />).replaceAll('<!-- -->', '');

describe('the drawn timeline', () => {
  it('labels keyframes with timecode, level and who wrote them', () => {
    const html = draw();
    expect(html).toContain('<title>00:00:04:00 (4.00 s) · 0.0 dB · ClipRelay</title>');
    expect(html).toContain('<title>00:00:04:07 (4.30 s) · −9.0 dB · ClipRelay</title>');
    expect(html).toContain('<title>00:00:06:00 (6.00 s) · −3.0 dB · yours</title>');
  });

  it('draws a dB scale with 0, −6, −12 and −18 dB on each audio track', () => {
    const html = draw();
    expect(html.match(/data-testid="db-scale"/g)).toHaveLength(2);
    for (const label of ['>0 dB<', '>−6<', '>−12<', '>−18<']) expect(html).toContain(label);
  });

  it('shows the ruler in timecode at the sequence rate', () => {
    expect(draw()).toContain('>00:00:10:00</text>');
  });

  it('draws a waveform under clips whose media has one, and marks the others', () => {
    const html = draw({ waveforms: new Map([['/demo/vo-line-2.wav', peaks]]) });
    expect(html.match(/data-testid="waveform"/g)).toHaveLength(1);
    expect(html).toMatch(/data-clip-id="vo"[^>]*data-waveform="drawn"/);
    expect(html).toMatch(/data-clip-id="gen"[^>]*data-waveform="none"/);
  });

  it('shades speech regions and draws the planned curve dashed before Apply', () => {
    const html = draw({
      duckPlan: {
        speechRegions: [{ startSeconds: 4.2, endSeconds: 5.4 }],
        plannedGain: new Map([
          [
            'gen2',
            [
              { timeSeconds: 10, gainDb: 0 },
              { timeSeconds: 10.3, gainDb: -9 },
            ],
          ],
        ]),
      },
    });
    expect(html.match(/data-testid="speech-region"/g)).toHaveLength(1);
    expect(html).toContain('<title>Speech 00:00:04:05 – 00:00:05:10</title>');
    expect(html.match(/data-testid="planned-gain-curve"/g)).toHaveLength(1);
  });

  it('gives two generated clips with the same long head different labels, and the full name on hover', () => {
    const html = draw();
    const labels = [...html.matchAll(/data-testid="clip-label">([^<]*)</g)].map((match) => match[1]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(html).toContain(`<title>${timeline.audioTracks[1]!.clips[1]!.name}\n00:00:09:00 – 00:00:14:00</title>`);
  });

  it('fits the width it is given, with a matching viewBox', () => {
    expect(draw({ widthPx: 560 })).toMatch(/<svg[^>]*width="560"[^>]*viewBox="0 0 560 /);
  });
});
