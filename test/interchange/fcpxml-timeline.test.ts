import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, planClipDucking } from '../../src/domain/ducking';
import { readTimeline, TimelineNotUnderstoodError } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import { parseXml } from '../../src/interchange/xml/xml-tree';
import { fcpxmlTimeline } from './fcpxml-fixture';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;
const frame = 1001 / 30000;

/** Rational FCPXML time → seconds, written here independently of the reader. */
const toSeconds = (time: string) => {
  const [n, d = '1'] = time.replace(/s$/, '').split('/');
  return Number(n) / Number(d);
};

type Any = any;
const plain = (text: string): Any =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    preserveOrder: false,
    isArray: (name) => ['asset-clip', 'keyframe', 'md'].includes(name),
  }).parse(text);

function clipNamed(text: string, name: string): Any {
  const shot = plain(text).fcpxml.library.event.project.sequence.spine['asset-clip'][0];
  return (shot['asset-clip'] as Any[]).find((clip) => clip['@name'] === name);
}

function volumeKeys(text: string, name: string): { time: number; db: number }[] {
  const clip = clipNamed(text, name);
  const keyframes: Any[] = clip['adjust-volume']?.param?.keyframeAnimation?.keyframe ?? [];
  return keyframes.map((keyframe) => ({ time: toSeconds(keyframe['@time']), db: Number(String(keyframe['@value']).replace('dB', '')) }));
}

describe('FCPXML timelines', () => {
  it('reads roles as tracks, connected clips at their place in the sequence, 29.97 DF, volume in dB', () => {
    const { timeline } = readTimeline(fcpxmlTimeline());
    expect(timeline).toMatchObject({
      format: 'fcpxml',
      name: 'Promo',
      frameRate: { numerator: 30000, denominator: 1001, dropFrame: true },
    });
    const audio = timeline.tracks.filter((track) => track.kind === 'audio');
    expect(audio.map((track) => track.name)).toEqual(['dialogue', 'music', 'effects']);
    expect(audio[0]!.clips.map((clip) => [clip.startSeconds, clip.endSeconds, clip.inPointSeconds, clip.mediaPath])).toEqual([
      [2, 5, 0, '/Volumes/Media/vo take.wav'],
      [10, 14, 1, '/Volumes/Media/vo take.wav'],
    ]);
    const score = audio[1]!.clips[0]!;
    expect(score.volume).toMatchObject({ staticLevelDb: -6 });
    expect(score.volume.keys.map((key) => [key.timeSeconds, key.levelDb])).toEqual([
      [0, -20],
      [0.5, -6],
    ]);
  });

  it('writes back the same document when nothing is ducked, doctype included', () => {
    const text = fcpxmlTimeline();
    const once = readTimeline(text).serialize();
    expect(once.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE fcpxml>',
      '<fcpxml version="1.10">',
    ]);
    expect(parseXml(once, 'xml').nodes).toEqual(parseXml(text, 'xml').nodes);
    expect(readTimeline(once).serialize()).toBe(once);
  });

  it('ducks the music under the dialogue role: keys in local time on the frame grid, editor level plus the duck', () => {
    const { text, plan } = duckTimelineText(fcpxmlTimeline(), { preset: standard });
    expect(plan.voiceRegions).toEqual([
      { startSeconds: 2, endSeconds: 5 },
      { startSeconds: 10, endSeconds: 14 },
    ]);
    const keys = volumeKeys(text, 'score');
    const planned = planClipDucking(plan.voiceRegions, { startSeconds: 0, endSeconds: 20 }, standard);
    const editor = [
      { time: 10, db: -20 },
      { time: 10.5, db: -6 },
    ];
    const own = keys.filter((key) => !editor.some((e) => e.time === key.time && e.db === key.db));
    expect(own).toHaveLength(planned.length);
    for (const [index, key] of own.entries()) {
      const expectedFrame = Math.round(planned[index]!.timeSeconds / frame);
      expect(key.time - 10).toBeCloseTo(expectedFrame * frame, 9);
      expect(key.db).toBeCloseTo(-6 + planned[index]!.gainDb, 4);
    }
    expect(keys.slice(0, 2)).toEqual(editor);
  });

  it('follows the FCPXML DTD: adjust-volume after video adjustments and before the panner, marks in the sequence metadata', () => {
    const { text } = duckTimelineText(fcpxmlTimeline({ scoreChildren: '<adjust-transform position="0 0"/>' }), { preset: standard });
    const whoosh = parseXml(text, 'xml');
    const tags = (clipName: string) => {
      const find = (nodes: Any[]): Any => {
        for (const node of nodes) {
          if (node['asset-clip'] != null && node[':@']?.name === clipName) return node;
          for (const value of Object.values(node))
            if (Array.isArray(value)) {
              const found = find(value);
              if (found != null) return found;
            }
        }
        return null;
      };
      return (find(whoosh.nodes)['asset-clip'] as Any[]).map((child) => Object.keys(child).find((key) => key !== ':@'));
    };
    expect(tags('score')).toEqual(['adjust-transform', 'adjust-volume', 'adjust-panner']);
    // The whoosh clip had no volume: adjust-volume goes before its marker (DTD order: intrinsic params, anchored items, markers).
    expect(tags('whoosh')).toEqual(['adjust-volume', 'marker']);
    const sequence = plain(text).fcpxml.library.event.project.sequence;
    expect(Object.keys(sequence).filter((key) => !key.startsWith('@'))).toEqual(['spine', 'metadata']);
    expect(sequence.metadata.md[0]['@key']).toBe('com.cliprelay.ducking');
    // Keyframes carry only the DTD's attributes.
    for (const keyframe of clipNamed(text, 'score')['adjust-volume'].param.keyframeAnimation.keyframe as Any[]) {
      expect(Object.keys(keyframe).every((key) => ['@time', '@value', '@interp', '@curve'].includes(key))).toBe(true);
    }
  });

  it('ducks twice the same as once, byte for byte, and takes everything back when the voice goes', () => {
    const original = fcpxmlTimeline();
    const once = duckTimelineText(original, { preset: standard }).text;
    expect(duckTimelineText(once, { preset: standard }).text).toBe(once);
    const withoutVoice = once.replace(/audioRole="dialogue"/g, 'audioRole="dialogue" enabled="0"');
    const undone = duckTimelineText(withoutVoice, { preset: standard, voiceTracks: ['dialogue'] }).text;
    expect(parseXml(undone, 'xml').nodes).toEqual(
      parseXml(original.replace(/audioRole="dialogue"/g, 'audioRole="dialogue" enabled="0"'), 'xml').nodes,
    );
  });

  it('refuses compound clips, secondary storylines and versions before 1.8, naming each', () => {
    const text = fcpxmlTimeline({
      version: '1.7',
      extraConnected:
        '<ref-clip ref="r9" lane="1" offset="1s" name="Titles" duration="2s"/><spine lane="2" offset="3s"><asset-clip ref="r5" offset="0s" duration="1s"/></spine>',
    });
    try {
      readTimeline(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TimelineNotUnderstoodError);
      expect((error as TimelineNotUnderstoodError).problems).toEqual([
        'it is FCPXML 1.7 (1.8 to 1.11 are supported; export one of those)',
        '"Titles" is a compound clip (ref-clip), which is not supported; break it apart first',
        '"a secondary storyline" is a secondary storyline, which is not supported',
      ]);
    }
  });
});

describe('FCPXML split edits and channel roles', () => {
  it('places a J/L cut by its audio span, keys still in local time, and takes the role from its audio channel', () => {
    const text = fcpxmlTimeline({
      extraConnected:
        '<asset-clip ref="r4" lane="-4" offset="4s" name="bed split" start="20s" duration="6s" audioStart="21s" audioDuration="4s"><audio-channel-source srcCh="1, 2" role="effects.Effects-1"/></asset-clip>',
    });
    const effects = readTimeline(text).timeline.tracks.find((track) => track.name === 'effects')!;
    const split = effects.clips.find((clip) => clip.name === 'bed split')!;
    expect([split.startSeconds, split.endSeconds, split.inPointSeconds]).toEqual([5, 9, 21]);
    const ducked = duckTimelineText(text, { preset: standard }).text;
    const keys = volumeKeys(ducked, 'bed split');
    // Voice 2–5 s: the split audio (5–9 s) starts ducked and is back by 5.6 s; local time = record + 16 s, on the frame grid.
    expect(keys[0]!.db).toBe(-9);
    expect(Math.abs(keys[0]!.time - 16 - 5)).toBeLessThan(frame);
    expect(keys.at(-1)!.db).toBe(0);
    expect(Math.abs(keys.at(-1)!.time - 16 - 5.6)).toBeLessThan(frame);
    for (const key of keys) {
      const frames = (key.time - 20) / frame;
      expect(Math.abs(frames - Math.round(frames))).toBeLessThan(1e-6);
    }
  });
});
