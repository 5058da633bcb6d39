import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import type { DrawnTimeline } from '../../../src/ui/timeline/drawn-timeline';
import { TimelineView } from '../../../src/ui/timeline/timeline-view';

const timeline: DrawnTimeline = {
  name: 'Promo',
  frameRate: 25,
  playheadSeconds: 2,
  videoTracks: [],
  audioTracks: [
    {
      kind: 'audio',
      index: 0,
      name: 'Musique',
      muted: false,
      clips: [
        {
          id: 'bed',
          name: 'bed.wav',
          startSeconds: 0,
          endSeconds: 6,
          mediaPath: '/m/bed.wav',
          inPointSeconds: 0,
          speed: 1,
          disabled: true,
          linkId: null,
          generated: false,
          staticLevelDb: 0,
          keyframes: [{ timeSeconds: 1, levelDb: -9, byClipRelay: true }],
        },
      ],
    },
  ],
};

const drawn = (locale: AppLocale) =>
  renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <TimelineView
        timeline={timeline}
        widthPx={600}
        duckPlan={{
          speechRegions: [{ startSeconds: 1, endSeconds: 3 }],
          plannedGain: new Map([['bed', [{ timeSeconds: 1, gainDb: -9 }]]]),
        }}
        onSelectClip={() => undefined}
      />
    </MessagesProvider>,
  );

describe('the drawn timeline in the panel’s language', () => {
  it('keeps its English tooltips and names', () => {
    const html = drawn('en');
    expect(html).toContain('aria-label="Timeline of Promo"');
    expect(html).toContain('<title>Click to move the playhead</title>');
    expect(html).toContain('Planned by the Duck tab&#x27;s preview; not written yet');
    expect(html).toContain('(disabled)');
    expect(html).toMatch(/aria-label="Select clip bed\.wav, A1, /);
  });

  it('speaks Polish: playhead, speech, planned curve, a disabled clip and the keyframe’s author', () => {
    const html = drawn('pl');
    expect(html).toContain('aria-label="Oś czasu sekwencji Promo"');
    expect(html).toContain('<title>Głowica odtwarzania 00:00:02:00</title>');
    expect(html).toMatch(/<title>Mowa 00:00:01:00 – 00:00:03:00<\/title>/);
    expect(html).toContain('Zaplanowane w podglądzie karty Wyciszanie');
    expect(html).toContain('(wyłączony)');
    expect(html).toMatch(/aria-label="Zaznacz klip bed\.wav/);
    expect(html).not.toContain('Click to move the playhead');
  });
});
