import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMp4, Mp4FormatError, readBoxHeader, type Mp4Info } from '../../src/media';

const DEMO_CLIP = join(__dirname, '../../assets/demo-clip.mp4');

interface ProbeResult {
  format: { duration: string };
  streams: Array<{
    codec_type: string;
    codec_tag_string: string;
    width?: number;
    height?: number;
    r_frame_rate: string;
    channels?: number;
    sample_rate?: string;
  }>;
}

function ffprobe(file: string): ProbeResult {
  const json = execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file], { encoding: 'utf8' });
  return JSON.parse(json) as ProbeResult;
}

function ratio(text: string): number {
  const [numerator, denominator] = text.split('/').map(Number);
  return numerator! / denominator!;
}

/** Our reading must agree with ffprobe on every field we report. */
function expectMatchesFfprobe(info: Mp4Info, probe: ProbeResult): void {
  expect(info.durationSeconds).toBeCloseTo(Number(probe.format.duration), 2);
  const video = probe.streams.find((stream) => stream.codec_type === 'video');
  const audio = probe.streams.find((stream) => stream.codec_type === 'audio');
  if (video == null) {
    expect(info.video).toBeNull();
    expect(info.width).toBeNull();
  } else {
    expect(info.video?.codec).toBe(video.codec_tag_string);
    expect(info.width).toBe(video.width);
    expect(info.height).toBe(video.height);
    expect(info.frameRate).toBeCloseTo(ratio(video.r_frame_rate), 3);
  }
  if (audio == null) {
    expect(info.audio).toBeNull();
  } else {
    expect(info.audio).toEqual({ codec: audio.codec_tag_string, channels: audio.channels, sampleRate: Number(audio.sample_rate) });
  }
}

describe('inspectMp4', () => {
  let directory: string;
  const variants = new Map<string, string>();

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'cliprelay-mp4-'));
    const make = (name: string, args: string[]) => {
      const file = join(directory, name);
      execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, file]);
      variants.set(name, file);
    };
    const testVideo = (rate: string) => ['-f', 'lavfi', '-i', `testsrc2=size=320x240:rate=${rate}:duration=2`];
    make('silent.mp4', [...testVideo('25'), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart']);
    make('mono-44k.mp4', [
      ...testVideo('24'),
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:sample_rate=44100:duration=2',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-ac',
      '1',
      '-shortest',
      '-movflags',
      '+faststart',
    ]);
    make('ntsc-30.mp4', [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=426x240:rate=30000/1001:duration=2',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-movflags',
      '+faststart',
    ]);
    make('moov-at-end.mp4', ['-i', DEMO_CLIP, '-c', 'copy']);
    make('hevc.mov', [...testVideo('30'), '-c:v', 'libx265', '-tag:v', 'hvc1', '-x265-params', 'log-level=error']);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads the demo clip like ffprobe: 5 s, 640×360, 24 fps H.264, AAC stereo 48 kHz', () => {
    const info = inspectMp4(new Uint8Array(readFileSync(DEMO_CLIP)));
    expect(info).toEqual({
      durationSeconds: 5,
      width: 640,
      height: 360,
      frameRate: 24,
      video: { codec: 'avc1' },
      audio: { codec: 'mp4a', channels: 2, sampleRate: 48000 },
    });
    expectMatchesFfprobe(info, ffprobe(DEMO_CLIP));
  });

  it.each(['silent.mp4', 'mono-44k.mp4', 'ntsc-30.mp4', 'moov-at-end.mp4', 'hevc.mov'])('agrees with ffprobe on %s', (name) => {
    const file = variants.get(name)!;
    expectMatchesFfprobe(inspectMp4(new Uint8Array(readFileSync(file))), ffprobe(file));
  });

  it('reports a silent clip as having no audio track', () => {
    expect(inspectMp4(new Uint8Array(readFileSync(variants.get('silent.mp4')!))).audio).toBeNull();
  });

  it('reads a faststart file from its head alone', () => {
    const bytes = new Uint8Array(readFileSync(variants.get('mono-44k.mp4')!));
    const moovEnd = endOfTopLevelBox(bytes, 'moov');
    expect(inspectMp4(bytes.subarray(0, moovEnd)).audio).toEqual({ codec: 'mp4a', channels: 1, sampleRate: 44100 });
  });

  it('reads the moov box on its own when it sits at the end of the file', () => {
    const bytes = new Uint8Array(readFileSync(variants.get('moov-at-end.mp4')!));
    const moov = topLevelBox(bytes, 'moov');
    expect(moov.start).toBeGreaterThan(bytes.length / 2);
    expect(inspectMp4(bytes.subarray(moov.start, moov.end)).durationSeconds).toBeCloseTo(5, 2);
  });

  it('explains when the moov box is not in the bytes given', () => {
    const bytes = new Uint8Array(readFileSync(variants.get('moov-at-end.mp4')!));
    expect(() => inspectMp4(bytes.subarray(0, 4096))).toThrow(/No moov box.*after the media data/);
  });

  it('explains a truncated moov box', () => {
    const bytes = new Uint8Array(readFileSync(DEMO_CLIP));
    const moov = topLevelBox(bytes, 'moov');
    expect(() => inspectMp4(bytes.subarray(0, moov.start + 100))).toThrow(/moov box is incomplete/);
  });

  it.each([
    ['an HTML error page', new TextEncoder().encode('<html><body>403 Forbidden</body></html>')],
    ['an empty buffer', new Uint8Array(0)],
    ['JSON', new TextEncoder().encode('{"code":1201,"message":"bad"}')],
  ])('rejects %s with Mp4FormatError', (_label, bytes) => {
    expect(() => inspectMp4(bytes)).toThrow(Mp4FormatError);
    expect(() => inspectMp4(bytes)).toThrow(/Not an MP4 or MOV/);
  });

  it('rejects a corrupted moov as Mp4FormatError, not a RangeError', () => {
    const bytes = new Uint8Array(readFileSync(DEMO_CLIP));
    const moov = topLevelBox(bytes, 'moov');
    const corrupted = bytes.slice(0, moov.end);
    // Shrink the first child (mvhd) to a header-only box, so every reader runs past its data.
    new DataView(corrupted.buffer).setUint32(moov.payloadStart, 9);
    expect(() => inspectMp4(corrupted)).toThrow(Mp4FormatError);
  });
});

function topLevelBox(bytes: Uint8Array, type: string) {
  let offset = 0;
  for (;;) {
    const box = readBoxHeader(bytes, offset);
    if (box == null) throw new Error(`no ${type}`);
    if (box.type === type) return box;
    offset = box.end;
  }
}

function endOfTopLevelBox(bytes: Uint8Array, type: string): number {
  return topLevelBox(bytes, type).end;
}
