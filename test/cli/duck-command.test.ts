import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import type { DuckTimelineResult } from '../../src/cli/duck-command';
import type { DuckRenderResult } from '../../src/cli/duck-command-render';
import { readTimeline } from '../../src/interchange';
import { otioTimeline } from '../interchange/otio-fixture';
import { captureCliIo } from '../support/capture-cli-io';

let directory: string;

/** voice.wav: 1 s silence, a line, 2.5 s silence, a line, 1 s silence; bed.wav: 12 s of pink noise (16-bit); bed.m4a: the same in AAC. */
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-cli-duck-'));
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: directory, stdio: 'ignore' });
  run('espeak-ng', ['-v', 'en-us', '-w', 'line1.wav', 'Welcome to the show.']);
  run('espeak-ng', ['-v', 'en-gb+f3', '-w', 'line2.wav', 'Here is the first story.']);
  run('sox', ['-n', '-r', '22050', '-c', '1', 'gap1.wav', 'trim', '0', '1']);
  run('sox', ['-n', '-r', '22050', '-c', '1', 'gap2.wav', 'trim', '0', '2.5']);
  run('sox', ['gap1.wav', 'line1.wav', 'gap2.wav', 'line2.wav', 'gap1.wav', '-r', '48000', '-c', '2', '-b', '16', 'voice.wav']);
  run('sox', ['-R', '-n', '-r', '48000', '-c', '2', '-b', '16', 'bed.wav', 'synth', '12', 'pinknoise', 'gain', '-25']);
  run('ffmpeg', ['-v', 'error', '-y', '-i', 'bed.wav', '-c:a', 'aac', '-b:a', '192k', 'bed.m4a']);
  // A Resolve-style OTIO: VO on A1 playing voice.wav (relative path) from 0 s, music on A2 over 12 s.
  const timeline = otioTimeline([
    { kind: 'Audio', name: 'VO', clips: [{ name: 'vo', startFrame: 0, durationFrames: 24 * 9, url: 'voice.wav' }] },
    { kind: 'Audio', name: 'Music', clips: [{ name: 'score', startFrame: 0, durationFrames: 24 * 12, url: 'bed.wav' }] },
  ]);
  writeFileSync(join(directory, 'cut.otio'), timeline);
  writeFileSync(
    join(directory, 'moved.otio'),
    timeline.replace('"target_url": "voice.wav"', '"target_url": "file:///Users/someone/Media/voice.wav"'),
  );
}, 120_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function duck(argv: string[]) {
  const io = captureCliIo(directory);
  const code = await runCli(['duck', ...argv], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** RMS level (dB) of a span of a file, measured by ffmpeg's astats. */
function rmsDb(file: string, startSeconds: number, endSeconds: number): number {
  const stderr = execFileSync(
    'sh',
    [
      '-c',
      `ffmpeg -v info -nostats -i "${join(directory, file)}" -af "atrim=start=${startSeconds}:end=${endSeconds},astats=measure_perchannel=none" -f null - 2>&1`,
    ],
    { encoding: 'utf8' },
  );
  const match = [...stderr.matchAll(/RMS level dB: (-?[\d.]+)/g)].pop();
  return Number(match![1]);
}

describe('cliprelay duck --timeline', () => {
  it('ducks the music under the speech detected in the VO media, found beside the timeline', async () => {
    const { code, out, err } = await duck(['--timeline', 'cut.otio', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as DuckTimelineResult;
    expect(result).toMatchObject({
      out: 'cut.ducked.otio',
      format: 'otio',
      voiceTracks: ['A1'],
      duckTracks: ['A2'],
      voiceSource: 'speech',
      clipsDucked: 1,
    });
    expect(result.voiceRegions).toHaveLength(2);
    expect(result.voiceRegions[0]![0]).toBeGreaterThan(0.9);
    const music = readTimeline(readFileSync(join(directory, 'cut.ducked.otio'), 'utf8')).timeline.tracks[1]!.clips[0]!;
    expect(music.volume.keys.filter((key) => key.levelDb === -9)).toHaveLength(4);
  });

  it('gives the same file when run again on its own output', async () => {
    await duck(['--timeline', 'cut.otio', '--out', 'once.otio']);
    await duck(['--timeline', 'once.otio', '--out', 'twice.otio']);
    expect(readFileSync(join(directory, 'twice.otio'), 'utf8')).toBe(readFileSync(join(directory, 'once.otio'), 'utf8'));
  });

  it('finds moved media under --media-root, and warns (ducking under whole clips) when it cannot', async () => {
    const missing = await duck(['--timeline', 'moved.otio', '--out', 'moved-a.otio', '--json']);
    expect(missing.code).toBe(0);
    expect(missing.err).toMatch(
      /warning: voice media \/Users\/someone\/Media\/voice.wav was not found \(give --media-root DIR\); ducking under its whole clip instead/,
    );
    expect((JSON.parse(missing.out) as DuckTimelineResult).voiceRegions).toEqual([[0, 9]]);
    const found = await duck(['--timeline', 'moved.otio', '--out', 'moved-b.otio', '--media-root', '.', '--json']);
    expect(found.err).toBe('');
    expect((JSON.parse(found.out) as DuckTimelineResult).voiceSource).toBe('speech');
  });

  it('warns when a voice clip names no media at all (a MissingReference), ducking under its whole clip', async () => {
    type Json = { tracks: { children: { children: { name: string; media_references: Record<string, unknown> }[] }[] } };
    const json = JSON.parse(readFileSync(join(directory, 'cut.otio'), 'utf8')) as Json;
    json.tracks.children[0]!.children.find((item) => item.name === 'vo')!.media_references.DEFAULT_MEDIA = {
      OTIO_SCHEMA: 'MissingReference.1',
      name: 'vo',
      available_range: null,
      available_image_bounds: null,
      metadata: {},
    };
    const offline = JSON.stringify(json, null, 4);
    expect(offline).toContain('MissingReference.1');
    writeFileSync(join(directory, 'offline.otio'), offline);
    const { code, err, out } = await duck(['--timeline', 'offline.otio', '--out', 'offline-ducked.otio', '--json']);
    expect(code).toBe(0);
    expect(err).toMatch(
      /warning: voice clip "vo" names no media file \(offline or missing in the export\); ducking under its whole clip instead/,
    );
    expect((JSON.parse(out) as DuckTimelineResult).voiceRegions).toEqual([[0, 9]]);
  });

  it('writes another format with --to', async () => {
    const { code, out } = await duck(['--timeline', 'cut.otio', '--to', 'fcpxml', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as DuckTimelineResult).out).toBe('cut.ducked.fcpxml');
    const converted = readFileSync(join(directory, 'cut.ducked.fcpxml'), 'utf8');
    expect(converted).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE fcpxml>\n<fcpxml version="1.10">/);
    expect(readTimeline(converted).timeline.tracks.find((track) => track.name === 'music')!.clips[0]!.volume.keys.length).toBeGreaterThan(
      4,
    );
  });

  it('reads a Final Cut .fcpxmld bundle (its Info.fcpxml) and writes NAME.ducked.fcpxml beside it', async () => {
    const converted = await duck(['--timeline', 'cut.otio', '--to', 'fcpxml', '--out', 'as-fcpxml.fcpxml']);
    expect(converted.code).toBe(0);
    mkdirSync(join(directory, 'Promo.fcpxmld'), { recursive: true });
    copyFileSync(join(directory, 'as-fcpxml.fcpxml'), join(directory, 'Promo.fcpxmld', 'Info.fcpxml'));
    const { code, out, err } = await duck(['--timeline', 'Promo.fcpxmld', '--voice', 'dialogue', '--json']);
    expect([code, err]).toEqual([0, '']);
    expect(JSON.parse(out)).toMatchObject({ out: 'Promo.ducked.fcpxml', format: 'fcpxml', voiceSource: 'speech' });
  });

  it('target-gap presets measure the voice and each bed from their media: the same depth as `plan` chooses', async () => {
    const preset = {
      id: 'gap20',
      name: 'Gap 20',
      depthDb: -9,
      attackSeconds: 0.3,
      releaseSeconds: 0.6,
      holdSeconds: 1,
      targetGapDb: 20,
      minDepthDb: -3,
      maxDepthDb: -18,
    };
    writeFileSync(join(directory, 'gap-pack.json'), JSON.stringify({ schemaVersion: 2, name: 'Gap pack', presets: [preset] }));
    const planIo = captureCliIo(directory);
    await runCli(
      ['plan', '--voice', 'voice.wav', '--clip', '0:12', '--pack', 'gap-pack.json', '--preset', 'gap20', '--bed', 'bed.wav', '--json'],
      planIo,
    );
    const planned = JSON.parse(planIo.out.join('')) as { clips: { depthDb: number }[]; voiceLoudnessLufs: number };
    const { code, out, err } = await duck([
      '--timeline',
      'cut.otio',
      '--out',
      'gap.otio',
      '--pack',
      'gap-pack.json',
      '--preset',
      'gap20',
      '--json',
    ]);
    expect([code, err]).toEqual([0, '']);
    expect((JSON.parse(out) as DuckTimelineResult).voiceLoudnessLufs).toBeCloseTo(planned.voiceLoudnessLufs, 2);
    const music = readTimeline(readFileSync(join(directory, 'gap.otio'), 'utf8')).timeline.tracks[1]!.clips[0]!;
    const deepest = Math.min(...music.volume.keys.map((key) => key.levelDb));
    expect(deepest).toBeCloseTo(planned.clips[0]!.depthDb, 3);
    expect(deepest).not.toBe(-9);
  });

  it("refuses, in the editor's words and with the usage exit code: an unknown track, a timeline it cannot carry over, a non-timeline", async () => {
    const unknown = await duck(['--timeline', 'cut.otio', '--voice', 'A9']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('cliprelay: duck: --voice A9 names no audio track; the timeline has A1 "VO", A2 "Music".\n');
    const nested = readFileSync(join(directory, 'cut.otio'), 'utf8').replace('"OTIO_SCHEMA": "Gap.1"', '"OTIO_SCHEMA": "Stack.1"');
    writeFileSync(
      join(directory, 'nested.otio'),
      nested
        .replace('"kind": "Audio"', '"kind": "Audio", "children_extra": 1')
        .replace(/"OTIO_SCHEMA": "Clip.2"/, '"OTIO_SCHEMA": "Stack.1"'),
    );
    const refused = await duck(['--timeline', 'nested.otio']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/cannot be ducked safely, so it was left unchanged: track A1, item 1 is a Stack.1 \(not understood\)/);
    const notTimeline = await duck(['--timeline', 'voice.wav']);
    expect(notTimeline.code).toBe(2);
    expect(notTimeline.err).toMatch(/not a timeline ClipRelay reads/);
  });
});

describe('cliprelay duck --render', () => {
  it('writes the bed ducked by the preset depth under speech (±0.2 dB), untouched elsewhere (±0.05 dB), at its own bit depth', async () => {
    const { code, out, err } = await duck(['--render', 'ducked.wav', '--bed', 'bed.wav', '--voice', 'voice.wav', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as DuckRenderResult;
    expect(result).toMatchObject({ sampleRateHz: 48_000, channelCount: 2, sampleFormat: 'int16', durationSeconds: 12 });
    const [first, second] = result.voiceRegions as [number, number][];
    for (const [start, end] of [first!, second!]) {
      const drop = rmsDb('ducked.wav', start + 0.02, end - 0.02) - rmsDb('bed.wav', start + 0.02, end - 0.02);
      expect(Math.abs(drop - -9)).toBeLessThan(0.2);
    }
    const restEnd = first![0] - 0.3 - 0.01;
    expect(Math.abs(rmsDb('ducked.wav', 0, restEnd) - rmsDb('bed.wav', 0, restEnd))).toBeLessThan(0.05);
    const afterAll = second![1] + 0.6 + 0.01;
    expect(Math.abs(rmsDb('ducked.wav', afterAll, 12) - rmsDb('bed.wav', afterAll, 12))).toBeLessThan(0.05);
  });

  it('ramps sample by sample: no gain step between samples larger than the ramp slope (float output)', async () => {
    await duck(['--render', 'ducked-float.wav', '--bed', 'bed.wav', '--voice', 'voice.wav', '--float']);
    const toFloats = (file: string, bits: 16 | 32) => {
      const bytes = readFileSync(join(directory, file));
      const data = bytes.subarray(44);
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const count = data.byteLength / (bits / 8);
      return Float64Array.from({ length: count }, (_, i) =>
        bits === 16 ? view.getInt16(i * 2, true) / 32768 : view.getFloat32(i * 4, true),
      );
    };
    const input = toFloats('bed.wav', 16);
    const output = toFloats('ducked-float.wav', 32);
    expect(output.length).toBe(input.length);
    // Per-sample gain in dB where the input is loud enough to read it; a 0.3 s ramp of 9 dB moves 9/(0.3·48000) dB per sample.
    const slopeDbPerSample = 9 / (0.25 * 48_000);
    let previous: number | null = null;
    let largestStep = 0;
    for (let i = 0; i < input.length; i += 2) {
      if (Math.abs(input[i]!) < 1e-3) {
        previous = null;
        continue;
      }
      const gainDb = 20 * Math.log10(output[i]! / input[i]!);
      if (previous != null) largestStep = Math.max(largestStep, Math.abs(gainDb - previous));
      previous = gainDb;
    }
    expect(largestStep).toBeLessThan(slopeDbPerSample * 1.01 + 1e-4);
  });

  it('decodes an AAC bed with ffmpeg, and says so plainly when ffmpeg is missing', async () => {
    const { code, out } = await duck(['--render', 'from-aac.wav', '--bed', 'bed.m4a', '--voice', 'voice.wav', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as DuckRenderResult).sampleFormat).toBe('float32');
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const missing = await duck(['--render', 'never.wav', '--bed', 'bed.m4a', '--voice', 'voice.wav']);
      expect(missing.code).toBe(1);
      expect(missing.err).toMatch(/bed.m4a is not WAV or AIFF, and decoding it needs ffmpeg, which is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });
});
