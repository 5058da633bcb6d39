import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, planClipDucking } from '../../src/domain/ducking';
import { duckOtioTimeline, readTimeline, TimelineNotUnderstoodError } from '../../src/interchange';
import { otioTimeline, promoTracks, type FixtureTrack } from './otio-fixture';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;
const strong = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'strong')!;

type Json = Record<string, any>;

/** Independent of the reader: the Resolve volume keys of a clip, straight from the JSON. */
function volumeKeysOf(text: string, trackName: string, clipName: string): { keys: Record<string, number>; marks: unknown } | null {
  const root = JSON.parse(text) as Json;
  const track = (root.tracks.children as Json[]).find((t) => t.name === trackName)!;
  const clip = (track.children as Json[]).find((item) => item.name === clipName)!;
  const effect = (clip.effects as Json[]).find((e) => e.metadata?.Resolve_OTIO?.['Effect Name'] === 'Fairlight Clip Volume and Fades');
  if (effect == null) return null;
  const parameter = (effect.metadata.Resolve_OTIO.Parameters as Json[]).find((p) => p['Parameter ID'] === 'volume');
  if (parameter == null) return null;
  const keys = Object.fromEntries(
    Object.entries(parameter['Key Frames'] as Json).map(([frame, entry]) => [frame, (entry as Json).Value as number]),
  );
  return { keys, marks: effect.metadata.ClipRelay?.['Key Frames'] };
}

describe('OTIO timelines', () => {
  it('reads tracks, clips, positions, in points, media paths and Resolve volume keys', () => {
    const { timeline } = readTimeline(otioTimeline(promoTracks()));
    expect(timeline.format).toBe('otio');
    expect(timeline.frameRate).toEqual({ numerator: 24, denominator: 1, dropFrame: false });
    const audio = timeline.tracks.filter((track) => track.kind === 'audio');
    expect(audio.map((track) => [track.index, track.name])).toEqual([
      [0, 'VO'],
      [1, 'Music'],
      [2, 'SFX'],
    ]);
    const [line1, line2] = audio[0]!.clips;
    expect(line1).toMatchObject({ name: 'line 1', startSeconds: 2, endSeconds: 5, inPointSeconds: 0, mediaPath: '/media/line 1.wav' });
    expect(line2).toMatchObject({ startSeconds: 10, endSeconds: 14, inPointSeconds: 1, speed: 1 });
    expect(audio[1]!.clips[0]!.volume.keys.map((key) => [key.timeSeconds, key.levelDb])).toEqual([
      [0, -20],
      [0.5, -3],
    ]);
  });

  it('reads an NTSC rate as 24000/1001 and a time warp as the clip speed', () => {
    const tracks: FixtureTrack[] = [
      { kind: 'Audio', name: 'Music', clips: [{ name: 'fast', startFrame: 0, durationFrames: 48, speed: 2 }] },
    ];
    const { timeline } = readTimeline(otioTimeline(tracks, 24000 / 1001));
    expect(timeline.frameRate).toEqual({ numerator: 24000, denominator: 1001, dropFrame: false });
    expect(timeline.tracks[0]!.clips[0]!.speed).toBe(2);
  });

  it('writes back exactly what it read when nothing is ducked', () => {
    const text = otioTimeline(promoTracks());
    expect(readTimeline(text).serialize()).toBe(text);
  });

  it('ducks the music under the VO: every keyframe where the plan puts it, at the editor level plus the duck', () => {
    const text = otioTimeline(promoTracks());
    const { text: ducked, plan } = duckOtioTimeline(text, { preset: standard });
    expect(plan.voiceTrackIndices).toEqual([0]);
    expect(plan.duckTrackIndices).toEqual([1, 2]);
    expect(plan.voiceRegions).toEqual([
      { startSeconds: 2, endSeconds: 5 },
      { startSeconds: 10, endSeconds: 14 },
    ]);
    const music = volumeKeysOf(ducked, 'Music', 'score')!;
    // Editor keys (0: −20, 12: −3) stay; ClipRelay's land on the frames nearest the plan (1.7 s → 41, 5.6 s → 134.4 → 134).
    expect(music.keys).toEqual({ 0: -20, 12: -3, 41: -3, 48: -12, 120: -12, 134: -3, 233: -3, 240: -12, 336: -12, 350: -3 });
    expect(music.marks).toEqual({ 41: null, 48: null, 120: null, 134: null, 233: null, 240: null, 336: null, 350: null });
    const planned = planClipDucking(plan.voiceRegions, { startSeconds: 0, endSeconds: 20 }, standard);
    expect(planned.map((point) => Math.round(point.timeSeconds * 24))).toEqual([41, 48, 120, 134, 233, 240, 336, 350]);
    // The SFX clip had no volume effect: one is added, with keys relative to the clip's own start (frame 200, 8.33 s): the fade down from 9.7 s, ducked to its end at 12.5 s.
    const sfx = volumeKeysOf(ducked, 'SFX', 'whoosh')!;
    expect(sfx.keys).toEqual({ 33: 0, 40: -9, 100: -9 });
  });

  it('ducks twice the same as once, byte for byte', () => {
    const once = duckOtioTimeline(otioTimeline(promoTracks()), { preset: standard }).text;
    expect(duckOtioTimeline(once, { preset: standard }).text).toBe(once);
  });

  it('replaces its own earlier keys on a re-duck: Strong then Standard is Standard alone', () => {
    const text = otioTimeline(promoTracks());
    const strongFirst = duckOtioTimeline(text, { preset: strong }).text;
    expect(duckOtioTimeline(strongFirst, { preset: standard }).text).toBe(duckOtioTimeline(text, { preset: standard }).text);
  });

  it('lowers an editor key inside a duck and gives it back when the duck goes', () => {
    const tracks = promoTracks();
    tracks[2] = { kind: 'Audio', name: 'Music', clips: [{ name: 'score', startFrame: 0, durationFrames: 480, volumeKeys: { '60': -4 } }] };
    const text = otioTimeline(tracks);
    const ducked = duckOtioTimeline(text, { preset: standard }).text;
    const music = volumeKeysOf(ducked, 'Music', 'score')!;
    expect(music.keys[60]).toBe(-13);
    expect((music.marks as Record<string, unknown>)[60]).toBe(-4);
    // No voice left (the VO track disabled): everything ClipRelay wrote is taken back, the added effect included.
    const silenced = ducked
      .replace('"name": "VO",', '"name": "VO",\n"enabled": false,')
      .replace(/("name": "VO",\n"enabled": false,[\s\S]*?)"enabled": true,\s*"children"/, '$1"children"');
    const undone = duckOtioTimeline(silenced, { preset: standard, voiceTracks: ['A1'] }).text;
    expect(volumeKeysOf(undone, 'Music', 'score')!.keys).toEqual({ 60: -4 });
    expect(volumeKeysOf(undone, 'SFX', 'whoosh')).toBeNull();
  });

  it('uses detected speech in the voice media, mapped through the clip in point', () => {
    const text = otioTimeline(promoTracks());
    const speech = new Map([['/media/line 2.wav', [{ startSeconds: 2, endSeconds: 3 }]]]);
    const { plan } = duckOtioTimeline(text, { preset: standard, speechByMediaPath: speech });
    // line 1 has no analysis: its whole extent; line 2 (in point 1 s, at 10 s) speaks 2–3 s of its media → 11–12 s.
    expect(plan.voiceRegions).toEqual([
      { startSeconds: 2, endSeconds: 5 },
      { startSeconds: 11, endSeconds: 12 },
    ]);
  });

  it('refuses what it does not understand, naming it, instead of writing a mangled file', () => {
    const root = JSON.parse(otioTimeline(promoTracks())) as Json;
    root.tracks.children[2].children[0].effects.push({ OTIO_SCHEMA: 'AudioVolume.1', gain: 0.5 });
    root.tracks.children.push({ OTIO_SCHEMA: 'Stack.1', children: [] });
    const error = (() => {
      try {
        readTimeline(JSON.stringify(root));
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TimelineNotUnderstoodError);
    expect((error as TimelineNotUnderstoodError).problems).toEqual([
      'track A2, clip "score" has a AudioVolume.1 effect (not understood)',
      'stack item 5 is Stack.1, not a track (nested stacks are not supported)',
    ]);
  });
});
