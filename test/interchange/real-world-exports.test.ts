import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS } from '../../src/domain/ducking';
import { readTimeline } from '../../src/interchange';
import { TimelineFormatError } from '../../src/interchange/interchange-error';
import { decodeTimelineText } from '../../src/interchange/decode-timeline-text';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import { createTimelineDocument } from '../../src/interchange/write-timeline';
import { parseXml } from '../../src/interchange/xml/xml-tree';
import { fcpxmlTimeline } from './fcpxml-fixture';
import { otioTimeline } from './otio-fixture';
import { promoXmemlTracks, xmemlTimeline } from './xmeml-fixture';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;

/** The keyframes (time and dB) of each FCPXML clip with an adjust-volume, by clip name. */
function fcpxmlKeysByClip(text: string): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const match of text.matchAll(
    /<asset-clip [^>]*name="([^"]+)"[^>]*>\s*(?:<[^a][^>]*>\s*)*<adjust-volume[\s\S]*?<\/adjust-volume>/g,
  )) {
    keys[match[1]!] = [...match[0].matchAll(/<keyframe time="([^"]+)" value="([^"]+)"/g)].map((key) => `${key[1]} ${key[2]}`);
  }
  return keys;
}

describe('timeline files cut off or damaged', () => {
  it('refuses XML cut off right after a closing tag (the parser alone would close the rest and write a shorter timeline)', () => {
    for (const [kind, text, tag] of [
      ['xmeml', xmemlTimeline(promoXmemlTracks()), '</clipitem>'],
      ['FCPXML', fcpxmlTimeline(), '</asset-clip>'],
    ] as const) {
      const cut = text.slice(0, text.indexOf(tag) + tag.length);
      expect(() => readTimeline(cut), kind).toThrowError(TimelineFormatError);
      expect(() => readTimeline(cut), kind).toThrowError(/not well-formed XML \(line \d+, column \d+: .*\); it may be cut off or damaged/);
      // Said in words: which elements the file leaves open.
      expect(() => readTimeline(cut), kind).toThrowError(/the file ends with <(xmeml|fcpxml)> › .* still open/);
      // The whole file still reads.
      expect(() => readTimeline(text), kind).not.toThrow();
    }
  });
});

describe('media with its own start timecode', () => {
  // A recorder's WAV stamped 01:00:00:00: the asset starts at 3600 s, and clip starts count from there.
  const stamped = fcpxmlTimeline()
    .replace('start="0s" duration="30s" hasAudio="1"', 'start="3600s" duration="30s" hasAudio="1"')
    .replace('name="vo 1" start="0s"', 'name="vo 1" start="3600s"')
    .replace('name="vo 2" start="1s"', 'name="vo 2" start="3601s"');

  it('maps FCPXML in-points into the file (clip start − asset start), so speech found in the media lands under the clip', () => {
    const voice = readTimeline(stamped).timeline.tracks.find((track) => track.name === 'dialogue')!;
    expect(voice.clips.map((clip) => clip.inPointSeconds)).toEqual([0, 1]);
    // Speech at 0.5–2.5 s of the file: under "vo 1" (offset 2 s into the shot) at 2.5–4.5 s of the sequence.
    const speech = new Map([['/Volumes/Media/vo take.wav', [{ startSeconds: 0.5, endSeconds: 2.5 }]]]);
    const { plan } = duckTimelineText(stamped, { preset: standard, speechByMediaPath: speech });
    expect(plan.voiceRegions[0]).toEqual({ startSeconds: 2.5, endSeconds: 4.5 });
  });

  it('maps OTIO in-points from available_range (a Resolve export of timecoded media)', () => {
    const rate = 24000 / 1001;
    const rational = (frames: number) => ({ OTIO_SCHEMA: 'RationalTime.1', rate, value: frames });
    const range = (start: number, duration: number) => ({
      OTIO_SCHEMA: 'TimeRange.1',
      start_time: rational(start),
      duration: rational(duration),
    });
    const clip = (name: string, url: string, source: [number, number], available: [number, number]) => ({
      OTIO_SCHEMA: 'Clip.2',
      name,
      source_range: range(...source),
      media_references: { DEFAULT_MEDIA: { OTIO_SCHEMA: 'ExternalReference.1', target_url: url, available_range: range(...available) } },
      active_media_reference_key: 'DEFAULT_MEDIA',
      effects: [],
      markers: [],
      enabled: true,
      metadata: {},
    });
    const track = (name: string, children: unknown[]) => ({
      OTIO_SCHEMA: 'Track.1',
      name,
      kind: 'Audio',
      children,
      effects: [],
      markers: [],
      enabled: true,
      metadata: {},
    });
    const tc = 86_400; // 01:00:00:00 at 23.976
    const otio = JSON.stringify({
      OTIO_SCHEMA: 'Timeline.1',
      name: 'Resolve',
      global_start_time: rational(tc),
      tracks: {
        OTIO_SCHEMA: 'Stack.1',
        name: 'tracks',
        children: [
          track('VO', [clip('vo', 'file:///media/vo.wav', [tc + 48, 240], [tc, 2400])]),
          track('Music', [clip('bed', 'file:///media/bed.wav', [0, 240], [0, 4800])]),
        ],
        effects: [],
        markers: [],
        enabled: true,
        metadata: {},
      },
      metadata: {},
    });
    const voice = readTimeline(otio).timeline.tracks.find((candidate) => candidate.name === 'VO')!;
    expect(voice.clips[0]!.inPointSeconds).toBeCloseTo(48 / rate, 9);
    // Speech 3–5 s into the file: 1–3 s into the clip (which starts 2 s into the file).
    const speech = new Map([['/media/vo.wav', [{ startSeconds: 3, endSeconds: 5 }]]]);
    const { plan } = duckTimelineText(otio, { preset: standard, speechByMediaPath: speech, voiceTracks: ['VO'] });
    expect(plan.voiceRegions).toHaveLength(1);
    expect(plan.voiceRegions[0]!.startSeconds).toBeCloseTo(3 - 48 / rate, 9);
    expect(plan.envelopes.some((envelope) => envelope.points.length > 0)).toBe(true);

    // A video effect Resolve writes (scale) on a video clip does not stop the audio being ducked.
    const withVideo = JSON.parse(otio) as { tracks: { children: unknown[] } };
    withVideo.tracks.children.unshift({
      ...track('V1', [
        {
          ...clip('shot', 'file:///media/shot.mov', [0, 240], [0, 240]),
          effects: [{ OTIO_SCHEMA: 'VideoScale.1', name: 'scale', effect_name: 'VideoScale', metadata: {} }],
        },
      ]),
      kind: 'Video',
    });
    expect(() => readTimeline(JSON.stringify(withVideo))).not.toThrow();
  });
});

describe('ducking an FCPXML twice', () => {
  it('ducks a clip with connected clips the same the second time (adding its adjust-volume once shifted their keys in the note)', () => {
    // B-roll with sound in the spine, ducked itself, with the voice and the music connected to it.
    const text = fcpxmlTimeline().replace(
      '<asset-clip ref="r2" offset="3600s" name="shot" start="0s" duration="20s" tcFormat="DF">',
      '<asset-clip ref="r4" offset="3600s" name="broll" start="0s" duration="20s" audioRole="effects" tcFormat="DF">',
    );
    const once = duckTimelineText(text, { preset: standard }).text;
    const twice = duckTimelineText(once, { preset: standard }).text;
    expect(twice).toBe(once);
    const keys = fcpxmlKeysByClip(once);
    expect(Object.keys(keys)).toEqual(expect.arrayContaining(['broll', 'score', 'whoosh']));
  });

  it('reads a note written before story paths (keys by position among all children) and re-ducks without stacking', () => {
    const text = fcpxmlTimeline().replace(
      '<asset-clip ref="r2" offset="3600s" name="shot" start="0s" duration="20s" tcFormat="DF">',
      '<asset-clip ref="r4" offset="3600s" name="broll" start="0s" duration="20s" audioRole="effects" tcFormat="DF">',
    );
    const once = duckTimelineText(text, { preset: standard }).text;
    // The same result as the previous release noted it: "broll" gained an adjust-volume as its first child,
    // so every connected clip's old key was its story position + 1.
    const note = /<md key="com\.cliprelay\.ducking" value="([^"]*)"/.exec(once)![1]!;
    const marks = JSON.parse(note.replace(/&quot;/g, '"')) as { clips: Record<string, unknown>; created: Record<string, unknown> };
    const legacyKey = (key: string) => key.replace(/^p\.0\.(\d+)$/, (_, position: string) => `p.0.${Number(position) + 1}`);
    const legacy = {
      clips: Object.fromEntries(Object.entries(marks.clips).map(([key, value]) => [legacyKey(key), value])),
      created: Object.fromEntries(Object.entries(marks.created).map(([key, value]) => [legacyKey(key), value])),
    };
    const legacyFile = once.replace(note, JSON.stringify(legacy).replace(/"/g, '&quot;'));
    expect(legacyFile).not.toBe(once);
    const again = duckTimelineText(legacyFile, { preset: standard }).text;
    expect(fcpxmlKeysByClip(again)).toEqual(fcpxmlKeysByClip(once));
    expect(again).toBe(once);
  });

  it('writes adjust-volume after an FCPXML 1.11 colour conform (the DTD order Final Cut checks on import)', () => {
    const conform =
      '<adjust-colorConform enabled="1" autoOrManual="automatic" conformType="conformNone" peakNitsOfPQSource="1000" peakNitsOfSDRToPQSource="203"/>';
    // A clip under the voice with no volume of its own yet: ClipRelay creates its adjust-volume.
    const sting = `<asset-clip ref="r5" lane="-4" offset="12s" name="sting" start="0s" duration="4s" audioRole="effects">${conform}<marker start="1s" duration="1001/30000s" value="cue"/></asset-clip>`;
    const { text: ducked } = duckTimelineText(fcpxmlTimeline({ version: '1.11', extraConnected: sting }), { preset: standard });
    const clip = ducked.slice(ducked.indexOf('name="sting"'), ducked.indexOf('</asset-clip>', ducked.indexOf('name="sting"')));
    const order = [...clip.matchAll(/<([a-zA-Z-]+)/g)]
      .map((match) => match[1])
      .filter((tag) => ['adjust-colorConform', 'adjust-volume', 'marker'].includes(tag!));
    expect(order).toEqual(['adjust-colorConform', 'adjust-volume', 'marker']);
  });
});

describe('timeline files in other encodings', () => {
  const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

  it('decodes XML declared ISO-8859-1 (an xmeml from an older tool) and declares UTF-8 for writing back', () => {
    const text = xmemlTimeline(promoXmemlTracks())
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('MZ.TrackName="VO"', 'MZ.TrackName="Voix off é"');
    expect(text).toContain('ISO-8859-1');
    const decoded = decodeTimelineText(latin1(text));
    expect(decoded).toContain('MZ.TrackName="Voix off é"');
    expect(decoded.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(readTimeline(decoded).timeline.tracks.map((track) => track.name)).toContain('Voix off é');
  });

  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    const text = fcpxmlTimeline().replace('name="Promo"', 'name="Promo — café 日本"');
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTimelineText(utf8)).toBe(text);
    expect(decodeTimelineText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) new DataView(utf16.buffer).setUint16(2 + 2 * index, text.charCodeAt(index), true);
    const fromUtf16 = decodeTimelineText(utf16.map((byte) => byte));
    expect(parseXml(fromUtf16, 'xml').nodes).toEqual(parseXml(text, 'xml').nodes);
  });
});

describe('FCPXML shapes other than the usual', () => {
  it('ducks clips connected to a title or a generator, not only to clips', () => {
    const anchored = fcpxmlTimeline().replace(
      '</spine>',
      `  <title ref="r2" offset="3620s" name="lower third" start="0s" duration="10s">
              <asset-clip ref="r4" lane="-1" offset="0s" name="music under title" start="0s" duration="10s" audioRole="music"/>
              <asset-clip ref="r3" lane="-2" offset="2s" name="vo 3" start="0s" duration="3s" audioRole="dialogue"/>
            </title>
            <video ref="r2" offset="3630s" name="solid" start="0s" duration="10s">
              <asset-clip ref="r4" lane="-1" offset="0s" name="music under generator" start="0s" duration="10s" audioRole="music"/>
            </video>
          </spine>`,
    );
    const { timeline } = readTimeline(anchored);
    const music = timeline.tracks.find((track) => track.name === 'music')!;
    expect(music.clips.map((clip) => [clip.name, clip.startSeconds])).toEqual(
      expect.arrayContaining([
        ['music under title', 20],
        ['music under generator', 30],
      ]),
    );
    const { plan } = duckTimelineText(anchored, { preset: standard });
    // The voice under the title (22–25 s) is heard, and the music there is lowered.
    expect(plan.voiceRegions).toContainEqual({ startSeconds: 22, endSeconds: 25 });
    const underTitle = music.clips.find((clip) => clip.name === 'music under title')!;
    expect(plan.envelopes.find((envelope) => envelope.clipId === underTitle.id)?.points.length).toBeGreaterThan(0);
  });

  it('makes lanes the tracks when no clip names a role (a file from another tool), so --voice and --duck can name them', () => {
    const roleless = fcpxmlTimeline().replace(/ audioRole="[^"]*"/g, '');
    const tracks = readTimeline(roleless).timeline.tracks.filter((track) => track.kind === 'audio');
    expect(tracks.map((track) => track.name)).toEqual(['lane -1', 'lane -2', 'lane -3']);
    const { plan } = duckTimelineText(roleless, { preset: standard, voiceTracks: ['lane -1'] });
    expect(plan.voiceRegions).toEqual([
      { startSeconds: 2, endSeconds: 5 },
      { startSeconds: 10, endSeconds: 14 },
    ]);
    expect(plan.duckTrackIndices).toEqual([1, 2]);
  });

  it('refuses out loud a --duck that names a voice track, instead of leaving it out in silence', () => {
    expect(() => duckTimelineText(fcpxmlTimeline(), { preset: standard, duckTracks: ['dialogue', 'music'] })).toThrowError(
      /--duck names A1 "dialogue", a voice track .*never writes onto voice or dialogue/,
    );
  });

  it('reads a media path written as CDATA', () => {
    const cdata = xmemlTimeline(promoXmemlTracks()).replace(
      '<pathurl>file://localhost/Volumes/Media/line%201.wav</pathurl>',
      '<pathurl><![CDATA[file://localhost/Volumes/Media/line%201.wav]]></pathurl>',
    );
    expect(cdata).toContain('CDATA');
    const voice = readTimeline(cdata).timeline.tracks.find((track) => track.name === 'VO')!;
    expect(voice.clips[0]!.mediaPath).toBe('/Volumes/Media/line 1.wav');
  });
});

describe('hostile timeline files', () => {
  it('refuses OTIO nested deeper than the call stack with a sentence, not a stack overflow when it is written back', () => {
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const otio = JSON.stringify(
      JSON.parse(otioTimeline([{ kind: 'Audio', name: 'VO', clips: [{ name: 'vo', startFrame: 0, durationFrames: 48 }] }])),
    ).replace('"metadata":{', `"metadata":{"deep":${deep},`);
    expect(otio).toContain('[[[[');
    expect(() => readTimeline(otio)).toThrowError(/nests deeper than 1000 levels; it is damaged or was not written by an editor/);
  });
});

describe('stereo written as a clip per channel', () => {
  it('writes a Premiere stereo pair (one clip per channel on two tracks) once into FCPXML and OTIO, not twice (+6 dB)', () => {
    const pair = (trackName: string) => ({ name: trackName, clips: [{ id: `clip-${trackName}`, name: 'score', start: 0, end: 600 }] });
    const xml = xmemlTimeline([
      { name: 'VO', clips: [{ id: 'clip-vo', name: 'line', start: 60, end: 150 }] },
      pair('Music L'),
      pair('Music R'),
    ]);
    // The second music clip plays the file's channel 2 (Premiere's sourcetrack), as Premiere exports a stereo file.
    const last = xml.lastIndexOf('<trackindex>1</trackindex>');
    const stereo = `${xml.slice(0, last)}<trackindex>2</trackindex>${xml.slice(last + '<trackindex>1</trackindex>'.length)}`;
    const music = readTimeline(stereo).timeline.tracks.filter((track) => track.name.startsWith('Music'));
    expect(music.map((track) => track.clips[0]!.sourceChannel)).toEqual([1, 2]);
    for (const format of ['fcpxml', 'otio'] as const) {
      const converted = createTimelineDocument(readTimeline(stereo).timeline, format).timeline;
      const scores = converted.tracks.flatMap((track) =>
        track.kind === 'audio' ? track.clips.filter((clip) => clip.name === 'score') : [],
      );
      expect(scores, format).toHaveLength(1);
    }
    // The same file twice on purpose (both clips play every channel) is written twice.
    const doubled = readTimeline(
      xmemlTimeline([{ name: 'VO', clips: [{ id: 'clip-vo', name: 'line', start: 60, end: 150 }] }, pair('Music L'), pair('Music R')]),
    ).timeline;
    const kept = createTimelineDocument(doubled, 'otio').timeline.tracks.flatMap((track) =>
      track.clips.filter((clip) => clip.name === 'score'),
    );
    expect(kept).toHaveLength(2);
  });
});
