import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS } from '../../src/domain/ducking';
import { readTimeline } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import type { TimelineFormat } from '../../src/interchange/timeline-model';
import { createTimelineDocument } from '../../src/interchange/write-timeline';
import { fcpxmlTimeline } from './fcpxml-fixture';
import { otioTimeline, promoTracks } from './otio-fixture';
import { promoXmemlTracks, xmemlTimeline } from './xmeml-fixture';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;
const sources: Record<TimelineFormat, string> = {
  otio: otioTimeline(promoTracks()),
  xmeml: xmemlTimeline(promoXmemlTracks()),
  fcpxml: fcpxmlTimeline(),
};
const formats: TimelineFormat[] = ['otio', 'xmeml', 'fcpxml'];

/** Audio clips and their volume as levels in dB at frame times, for comparing across formats. */
function audioSummary(text: string) {
  const { timeline } = readTimeline(text);
  const fps = timeline.frameRate.numerator / timeline.frameRate.denominator;
  return timeline.tracks
    .filter((track) => track.kind === 'audio')
    .flatMap((track) => track.clips)
    .map((clip) => ({
      media: clip.mediaPath,
      start: Math.round(clip.startSeconds * fps),
      end: Math.round(clip.endSeconds * fps),
      keys: clip.volume.keys.map((key) => [
        Math.round(key.timeSeconds * fps),
        Math.round(key.levelDb * 100) / 100,
        key.mark?.kind ?? 'editor',
      ]),
    }))
    .sort((a, b) => `${a.media}${a.start}`.localeCompare(`${b.media}${b.start}`));
}

describe('converting a ducked timeline to another format (--to)', () => {
  for (const from of formats) {
    for (const to of formats.filter((format) => format !== from)) {
      it(`${from} → ${to}: same clips, same keyframes (time, level, whose)`, () => {
        const ducked = duckTimelineText(sources[from], { preset: standard }).text;
        const converted = createTimelineDocument(readTimeline(ducked).timeline, to).serialize();
        expect(readTimeline(converted).timeline.format).toBe(to);
        expect(audioSummary(converted)).toEqual(audioSummary(ducked));
        // The converted file re-ducks to itself: ClipRelay's marks survived the conversion.
        expect(duckTimelineText(converted, { preset: standard, voiceTracks: ['voice'] }).text).toBe(converted);
      });
    }
  }
});
