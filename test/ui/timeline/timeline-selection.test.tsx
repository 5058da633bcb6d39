import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DrawnClip, DrawnTimeline } from '../../../src/ui/timeline/drawn-timeline';
import { TimelineView } from '../../../src/ui/timeline/timeline-view';

const clip = (id: string, startSeconds: number, selected: boolean): DrawnClip => ({
  id,
  name: `${id}.wav`,
  startSeconds,
  endSeconds: startSeconds + 2,
  mediaPath: `/demo/${id}.wav`,
  inPointSeconds: 0,
  speed: 1,
  disabled: false,
  linkId: null,
  generated: false,
  staticLevelDb: 0,
  keyframes: [],
  selected,
});

const timeline: DrawnTimeline = {
  name: 'Cut',
  frameRate: 25,
  playheadSeconds: 0,
  videoTracks: [],
  audioTracks: [{ kind: 'audio', index: 1, name: 'Music', muted: false, clips: [clip('bed', 1, true), clip('sting', 5, false)] }],
};

const draw = (onSelectClip?: (clipId: string, additive: boolean) => void) =>
  renderToStaticMarkup(<TimelineView timeline={timeline} widthPx={700} onSelectClip={onSelectClip} />).replaceAll('<!-- -->', '');

describe('clip selection on the drawn timeline', () => {
  it('makes each clip a keyboard-reachable toggle button named by clip, track and span, pressed when selected', () => {
    const html = draw(() => undefined);
    expect(html).toMatch(
      /data-clip-id="bed"[^>]*data-selected="true"[^>]*role="button"[^>]*tabindex="0"[^>]*aria-pressed="true"[^>]*aria-label="Select clip bed\.wav, A2, 00:00:01:00 – 00:00:03:00"/,
    );
    expect(html).toMatch(/data-clip-id="sting"[^>]*data-selected="false"[^>]*aria-pressed="false"/);
    expect(html.match(/data-testid="clip-selected-outline"/g)).toHaveLength(1);
  });

  it('is a group assistive technology can enter, not an image that hides its clips', () => {
    expect(draw(() => undefined)).toMatch(/<svg[^>]*role="group"[^>]*aria-label="Timeline of Cut"/);
  });

  it('offers no buttons where nothing can select clips, but still shows the selection', () => {
    const html = draw();
    expect(html).not.toContain('role="button"');
    expect(html).not.toContain('tabindex');
    expect(html.match(/data-testid="clip-selected-outline"/g)).toHaveLength(1);
  });
});
