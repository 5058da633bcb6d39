import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, planClipDucking } from '../../src/domain/ducking';
import { readTimeline, TimelineNotUnderstoodError } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import { parseXml, rootElement } from '../../src/interchange/xml/xml-tree';
import { promoXmemlTracks, xmemlTimeline } from './xmeml-fixture';
import { XMLParser } from 'fast-xml-parser';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;
const fps = 30000 / 1001;

/** Independent of the reader: a clip item's Audio Levels keyframes, by a plain (unordered) parse. */
function levelKeys(text: string, clipId: string): { when: number; value: number; mark?: string; editor?: string }[] {
  const parsed: any = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['track', 'clipitem', 'filter', 'keyframe', 'parameter'].includes(name),
  }).parse(text);
  const items: any[] = parsed.xmeml.sequence.media.audio.track.flatMap((track: any) => track.clipitem ?? []);
  const item = items.find((candidate) => candidate['@id'] === clipId);
  const filter = (item.filter ?? []).find((f: any) => f.effect.effectid === 'audiolevels');
  if (filter == null) return [];
  const parameter = filter.effect.parameter.find((p: any) => p.parameterid === 'level');
  return (parameter.keyframe ?? []).map((k: any) => ({
    when: Number(k.when),
    value: Number(k.value),
    ...(k['@cliprelay'] == null ? {} : { mark: k['@cliprelay'] }),
    ...(k['@cliprelay-editor-value'] == null ? {} : { editor: String(k['@cliprelay-editor-value']) }),
  }));
}

describe('xmeml (FCP7 XML) timelines', () => {
  it('reads a Premiere-style export: 29.97 drop-frame, track names, clips, media, Audio Levels in dB', () => {
    const { timeline } = readTimeline(xmemlTimeline(promoXmemlTracks()));
    expect(timeline).toMatchObject({
      format: 'xmeml',
      name: 'Promo & tag',
      frameRate: { numerator: 30000, denominator: 1001, dropFrame: true },
    });
    const audio = timeline.tracks.filter((track) => track.kind === 'audio');
    expect(audio.map((track) => track.name)).toEqual(['VO', 'Music', 'SFX']);
    const line2 = audio[0]!.clips[1]!;
    expect(line2.startSeconds).toBeCloseTo(300 / fps, 9);
    expect(line2.inPointSeconds).toBeCloseTo(30 / fps, 9);
    expect(line2.mediaPath).toBe('/Volumes/Media/line 2.wav');
    const music = audio[1]!.clips[0]!;
    expect(music.volume.keys.map((key) => [Math.round(key.timeSeconds * fps), Math.round(key.levelDb * 100) / 100])).toEqual([
      [0, -20],
      [15, -6.02],
    ]);
  });

  it('writes back the same document when nothing is ducked (formatting aside), and then exactly itself', () => {
    const text = xmemlTimeline(promoXmemlTracks());
    const once = readTimeline(text).serialize();
    expect(once.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xmeml>\n<xmeml version="4">')).toBe(true);
    expect(parseXml(once, 'xml').nodes).toEqual(parseXml(text, 'xml').nodes);
    expect(once).toContain('<!-- exported by a test -->');
    expect(readTimeline(once).serialize()).toBe(once);
  });

  it('ducks the music under the VO: keyframes in source frames, linear gain at the editor level plus the duck', () => {
    const text = xmemlTimeline(promoXmemlTracks());
    const { text: ducked, plan } = duckTimelineText(text, { preset: standard });
    const keys = levelKeys(ducked, 'clipitem-3');
    const planned = planClipDucking(plan.voiceRegions, { startSeconds: 0, endSeconds: 600 / fps }, standard);
    const own = keys.filter((key) => key.mark === 'added');
    expect(own.map((key) => key.when - 300)).toEqual(planned.map((point) => Math.round(point.timeSeconds * fps)));
    for (const [index, key] of own.entries()) {
      const gainDb = planned[index]!.gainDb;
      expect(20 * Math.log10(key.value)).toBeCloseTo(-6.0206 + gainDb, 3);
    }
    // The editor's two keys stay where and as they were.
    expect(keys.filter((key) => key.mark == null)).toEqual([
      { when: 300, value: 0.1 },
      { when: 315, value: 0.5 },
    ]);
    // A filter is added to the SFX clip, which had none.
    expect(levelKeys(ducked, 'clipitem-4').length).toBeGreaterThan(0);
  });

  it('ducks twice the same as once, byte for byte', () => {
    const once = duckTimelineText(xmemlTimeline(promoXmemlTracks()), { preset: standard }).text;
    expect(duckTimelineText(once, { preset: standard }).text).toBe(once);
  });

  it('reads media from an earlier <file> by id, and a constant Time Remap as the speed', () => {
    const tracks = promoXmemlTracks();
    tracks[0]!.clips.push({ id: 'clipitem-9', name: 'line 1', start: 500, end: 560, file: 'ref', speedPercent: 200 });
    const { timeline } = readTimeline(xmemlTimeline(tracks));
    const clip = timeline.tracks.find((track) => track.kind === 'audio')!.clips[2]!;
    expect(clip).toMatchObject({ mediaPath: '/Volumes/Media/line 1.wav', speed: 2 });
  });

  it('counts keyframe `when` from the in point where the file does (keys outside [in, out]), else in source frames', () => {
    const fromInPoint = promoXmemlTracks();
    // The music plays source frames 300…900; keys at 0 and 15 can only count from its in point.
    fromInPoint[1]!.clips[0] = {
      ...fromInPoint[1]!.clips[0]!,
      levels: {
        value: '1',
        keys: [
          [0, '0.1'],
          [15, '0.5'],
        ],
      },
    };
    const relative = readTimeline(xmemlTimeline(fromInPoint)).timeline.tracks.find((track) => track.name === 'Music')!.clips[0]!;
    const source = readTimeline(xmemlTimeline(promoXmemlTracks())).timeline.tracks.find((track) => track.name === 'Music')!.clips[0]!;
    // Both files describe the same ride at record frames 0 and 15.
    expect(relative.volume.keys.map((key) => Math.round(key.timeSeconds * fps))).toEqual([0, 15]);
    expect(source.volume.keys.map((key) => Math.round(key.timeSeconds * fps))).toEqual([0, 15]);
    // ClipRelay's keys follow the file's own counting.
    const ducked = duckTimelineText(xmemlTimeline(fromInPoint), { preset: standard }).text;
    const own = levelKeys(ducked, 'clipitem-3').filter((key) => key.mark === 'added');
    expect(own[0]!.when).toBe(Math.round(1.7 * fps));
    expect(duckTimelineText(ducked, { preset: standard }).text).toBe(ducked);
  });

  it('refuses variable speed, naming the clip', () => {
    const text = xmemlTimeline(promoXmemlTracks()).replace(
      '<clipitem id="clipitem-4" premiereChannelType="stereo">',
      '<clipitem id="clipitem-4"><filter><effect><effectid>timeremap</effectid><parameter><parameterid>variablespeed</parameterid><value>1</value></parameter></effect></filter>',
    );
    expect(() => readTimeline(text)).toThrow(TimelineNotUnderstoodError);
    expect(() => readTimeline(text)).toThrow(/track A3, clip "whoosh" has variable speed/);
  });

  it('keeps the document root and unknown sequence children', () => {
    const ducked = duckTimelineText(xmemlTimeline(promoXmemlTracks()), { preset: standard }).text;
    const root = rootElement(parseXml(ducked, 'xml'));
    expect(root?.[':@']).toEqual({ version: '4' });
    expect(ducked).toContain('<label2>Forest</label2>');
  });
});
