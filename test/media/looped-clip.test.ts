import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMp4, loopedClip, Mp4FormatError, silentClipVariant } from '../../src/media';

const DEMO_CLIP = resolve(__dirname, '../../assets/demo-clip.mp4');
/** The demo clip: 5.0 s, H.264 at 24 fps (120 frames) and AAC 48 kHz (236 frames of 1024 samples). */
const DEMO_SECONDS = 5;
const DEMO_VIDEO_FRAMES = 120;
const DEMO_AUDIO_FRAMES = 236;

interface ProbedStream {
  readonly codec_type: string;
  readonly nb_frames: string;
  readonly duration: string;
}

let folder: string;
const demo = new Uint8Array(readFileSync(DEMO_CLIP));
/** The demo clip with `mdat` first and `moov` at the end (the opposite of the asset's order). */
let moovAtEnd: Uint8Array;
/** The demo clip remuxed by ffmpeg with +faststart: `moov` before `mdat`. */
let faststart: Uint8Array;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cliprelay-looped-clip-'));
  const remux = (name: string, flags: string[]): Uint8Array => {
    const file = join(folder, name);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', DEMO_CLIP, '-c', 'copy', ...flags, file]);
    return new Uint8Array(readFileSync(file));
  };
  moovAtEnd = remux('moov-at-end.mp4', []);
  faststart = remux('faststart.mp4', ['-movflags', '+faststart']);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function topLevelTypes(bytes: Uint8Array): string[] {
  const types: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset + 8 <= bytes.length; offset += view.getUint32(offset)) {
    types.push(String.fromCharCode(...bytes.subarray(offset + 4, offset + 8)));
    if (view.getUint32(offset) === 0) break;
  }
  return types;
}

function writeClip(name: string, bytes: Uint8Array): string {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

function probeStreams(file: string): ProbedStream[] {
  const json = execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-show_streams', '-of', 'json', file], { encoding: 'utf8' });
  return (JSON.parse(json) as { streams: ProbedStream[] }).streams;
}

/** What ffmpeg prints (at level error) while decoding every frame of both streams. */
function decodeErrors(file: string): string {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stderr;
}

describe('loopedClip', () => {
  it('the remuxed inputs really have the box orders the tests name', () => {
    expect(topLevelTypes(demo).indexOf('moov')).toBeLessThan(topLevelTypes(demo).indexOf('mdat'));
    expect(topLevelTypes(moovAtEnd).indexOf('moov')).toBeGreaterThan(topLevelTypes(moovAtEnd).indexOf('mdat'));
    expect(topLevelTypes(faststart).indexOf('moov')).toBeLessThan(topLevelTypes(faststart).indexOf('mdat'));
  });

  it("leaves the caller's bytes untouched, a Node Buffer included (its slice() is a view, not a copy)", () => {
    // The sandbox server hands the emulators readFileSync's Buffer: loop it twice and the second must not
    // see headers the first one scaled (served clips were 20 s long over 10 s of samples).
    const buffer = readFileSync(DEMO_CLIP);
    const before = Buffer.from(buffer);
    expect(inspectMp4(loopedClip(buffer, 10)).durationSeconds).toBeCloseTo(10, 2);
    expect(buffer.equals(before)).toBe(true);
    expect(inspectMp4(loopedClip(buffer, 15)).durationSeconds).toBeCloseTo(15, 2);
  });

  it('returns the input itself when one play is long enough', () => {
    expect(loopedClip(demo, 5)).toBe(demo);
    expect(loopedClip(demo, 4.2)).toBe(demo);
    expect(loopedClip(demo, 0)).toBe(demo);
  });

  it.each([
    { target: 10, loops: 2 },
    { target: 12, loops: 3 },
    { target: 15, loops: 3 },
    { target: 5.5, loops: 2 },
  ])('asks for $target s → plays $loops times (inspectMp4 reads the new durations, audio kept)', ({ target, loops }) => {
    const looped = loopedClip(demo, target);
    const info = inspectMp4(looped);
    expect(info.durationSeconds).toBeCloseTo(loops * DEMO_SECONDS, 3);
    expect(info.audio).toEqual(inspectMp4(demo).audio);
    expect(info.frameRate).toBe(24);
    // Only sample tables grow: the media data is the same bytes.
    expect(looped.length).toBeGreaterThan(demo.length);
    expect(looped.length - demo.length).toBeLessThan(10_000 * loops);
  });

  const inputs = [
    { name: 'the demo clip (moov first)', bytes: () => demo },
    { name: 'an ffmpeg +faststart remux', bytes: () => faststart },
    { name: 'a moov-at-end remux', bytes: () => moovAtEnd },
  ];
  describe.each(inputs)('$name', ({ name, bytes }) => {
    it.each([1, 2, 3])('played %i× : ffprobe counts N× the frames and duration of both streams, ffmpeg decodes it cleanly', (loops) => {
      const file = writeClip(`${name.replace(/\W+/g, '-')}-${loops}.mp4`, loopedClip(bytes(), loops * DEMO_SECONDS));
      const streams = probeStreams(file);
      const video = streams.find((stream) => stream.codec_type === 'video');
      const audio = streams.find((stream) => stream.codec_type === 'audio');
      expect(Number(video?.nb_frames)).toBe(loops * DEMO_VIDEO_FRAMES);
      expect(Number(audio?.nb_frames)).toBe(loops * DEMO_AUDIO_FRAMES);
      expect(Number(video?.duration)).toBeCloseTo(loops * DEMO_SECONDS, 1);
      expect(Number(audio?.duration)).toBeCloseTo(loops * DEMO_SECONDS, 1);
      expect(decodeErrors(file)).toBe('');
    });
  });

  it('every loop shows the same pictures as the original (frame hashes repeat)', () => {
    const hashes = (file: string): string[] =>
      execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:v', '-f', 'framemd5', '-'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.length > 0 && !line.startsWith('#'))
        .map((line) => line.split(',').at(-1)!.trim());
    const once = hashes(DEMO_CLIP);
    const twice = hashes(writeClip('hashes-2.mp4', loopedClip(demo, 10)));
    expect(once).toHaveLength(DEMO_VIDEO_FRAMES);
    expect(twice).toEqual([...once, ...once]);
  });

  it('a looped clip made silent (the "[silent]" variant) keeps its length and loses only the audio', () => {
    const file = writeClip('silent-looped.mp4', silentClipVariant(loopedClip(demo, 10)));
    const streams = probeStreams(file);
    expect(streams.map((stream) => stream.codec_type)).toEqual(['video']);
    expect(Number(streams[0]?.nb_frames)).toBe(2 * DEMO_VIDEO_FRAMES);
    expect(inspectMp4(new Uint8Array(readFileSync(file))).audio).toBeNull();
    expect(decodeErrors(file)).toBe('');
  });

  it('refuses bytes that are not a complete MP4, and an absurd length', () => {
    expect(() => loopedClip(new Uint8Array(64), 10)).toThrow(Mp4FormatError);
    expect(() => loopedClip(demo.subarray(0, 200), 10)).toThrow(Mp4FormatError);
    expect(() => loopedClip(demo, 1e7)).toThrow(Mp4FormatError);
  });
});
