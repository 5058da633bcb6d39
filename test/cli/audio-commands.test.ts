import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyzeCommand, type AnalyzeResult } from '../../src/cli/analyze-command';
import { CliUsageError } from '../../src/cli/cli-usage-error';
import { runPlanCommand, type PlanResult } from '../../src/cli/plan-command';
import { AudioFormatError } from '../../src/audio';
import { captureCliIo } from '../support/capture-cli-io';

let directory: string;

const captureIo = () => captureCliIo(directory);

/** voice.wav: 1 s silence, a line, 2.5 s silence, a line, 1 s silence (48 kHz stereo). */
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-cli-audio-'));
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: directory });
  run('espeak-ng', ['-v', 'en-us', '-w', 'line1.wav', 'Welcome to the show.']);
  run('espeak-ng', ['-v', 'en-gb+f3', '-w', 'line2.wav', 'Here is the first story.']);
  run('sox', ['-n', '-r', '22050', '-c', '1', 'gap1.wav', 'trim', '0', '1']);
  run('sox', ['-n', '-r', '22050', '-c', '1', 'gap2.wav', 'trim', '0', '2.5']);
  run('sox', ['gap1.wav', 'line1.wav', 'gap2.wav', 'line2.wav', 'gap1.wav', '-r', '48000', '-c', '2', '-b', '16', 'voice.wav']);
  run('sox', ['-R', '-n', '-r', '48000', '-c', '2', '-b', '16', 'bed.wav', 'synth', '12', 'pinknoise', 'gain', '-25']);
}, 60_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('cliprelay analyze', () => {
  it('prints speech regions and loudness as one JSON line', async () => {
    const io = captureIo();
    expect(await runAnalyzeCommand(['voice.wav', '--json'], io)).toBe(0);
    expect(io.out).toHaveLength(1);
    const result = JSON.parse(io.out[0]!) as AnalyzeResult;
    expect(result).toMatchObject({ file: 'voice.wav', sampleRateHz: 48_000, channelCount: 2 });
    expect(result.speech).toHaveLength(2);
    const [first, second] = result.speech;
    // espeak starts speaking within a few ms of its file start: the lines begin near 1 s and after the 2.5 s gap.
    expect(first![0]).toBeGreaterThan(0.95);
    expect(first![0]).toBeLessThan(1.1);
    expect(second![0] - first![1]).toBeGreaterThan(2.3);
    expect(second![1]).toBeLessThan(result.durationSeconds - 0.9);
    expect(result.integratedLufs).toBeLessThan(-10);
    expect(result.integratedLufs).toBeGreaterThan(-40);
    expect(result.speechLufs).not.toBeNull();
  });

  it('finds the speech in a stereo file whose channels cancel (one polarity-inverted), and says so', async () => {
    const run = (args: string[]) => execFileSync('sox', args, { cwd: directory });
    // Right = −left: the mono mix is digital silence. 16-bit (the integer path) and 24-bit (decoded channels).
    run(['voice.wav', '-b', '16', 'opposed16.wav', 'remix', '1', '1v-1']);
    run(['voice.wav', '-b', '24', 'opposed24.wav', 'remix', '1', '1v-1']);
    const analyse = async (file: string, extra: string[] = []) => {
      const io = captureIo();
      await runAnalyzeCommand([file, '--json', ...extra], io);
      return JSON.parse(io.out[0]!) as AnalyzeResult;
    };
    const reference = await analyse('voice.wav');
    expect(reference.channelsOpposed).toBe(false);
    for (const file of ['opposed16.wav', 'opposed24.wav']) {
      const opposed = await analyse(file);
      expect(opposed.channelsOpposed, file).toBe(true);
      expect(opposed.speech).toHaveLength(reference.speech.length);
      opposed.speech.forEach(([start, end], index) => {
        expect(Math.abs(start - reference.speech[index]![0])).toBeLessThan(0.03);
        expect(Math.abs(end - reference.speech[index]![1])).toBeLessThan(0.03);
      });
      // Loudness sums the channels' powers, which polarity does not change.
      expect(opposed.integratedLufs).toBeCloseTo(reference.integratedLufs!, 1);
    }
    const io = captureIo();
    await runAnalyzeCommand(['opposed16.wav'], io);
    expect(io.out.join('')).toMatch(
      /its channels cancel when mixed to mono \(one is polarity-inverted\): speech was found in their difference/,
    );
  });

  it('prints a readable summary without --json', async () => {
    const io = captureIo();
    await runAnalyzeCommand(['voice.wav'], io);
    const text = io.out.join('');
    expect(text).toMatch(
      /^voice\.wav: WAV 48000 Hz, 2 ch, 16-bit PCM, [\d.]+ s\nintegrated loudness: -[\d.]+ LUFS; speech only: -[\d.]+ LUFS\nspeech: 2 regions/,
    );
  });

  it('reports progress on stderr for long recordings', async () => {
    execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', 'long.wav', 'synth', '75', 'sine', '300', 'gain', '-20'], {
      cwd: directory,
    });
    const io = captureIo();
    await runAnalyzeCommand(['long.wav', '--json'], io);
    expect(io.err).toEqual(['10%', '20%', '30%', '40%', '50%', '60%', '70%', '80%', '90%'].map((step) => `analyzing long.wav ${step}\n`));
    expect(io.out).toHaveLength(1);
  });

  it('refuses bad usage and unsupported files with typed errors', async () => {
    await expect(runAnalyzeCommand([], captureIo())).rejects.toBeInstanceOf(CliUsageError);
    await expect(runAnalyzeCommand(['a.wav', 'b.wav'], captureIo())).rejects.toBeInstanceOf(CliUsageError);
    await expect(runAnalyzeCommand(['voice.wav', '--loud'], captureIo())).rejects.toBeInstanceOf(CliUsageError);
    await expect(runAnalyzeCommand(['voice.wav', '--preset', 'nope'], captureIo())).rejects.toThrow(
      'unknown preset "nope"; available: light, standard, strong',
    );
    writeFileSync(join(directory, 'clip.mp4'), Buffer.from('\0\0\0\x18ftypisom\0\0\0\0isomavc1'));
    await expect(runAnalyzeCommand(['clip.mp4'], captureIo())).rejects.toBeInstanceOf(AudioFormatError);
  });
});

describe('cliprelay plan', () => {
  it('prints the keyframe plan for each clip, in sequence and media time', async () => {
    const io = captureIo();
    expect(
      await runPlanCommand(['--voice', 'voice.wav', '--clip', '0:12', '--clip', '4:9:10:2', '--preset', 'standard', '--json'], io),
    ).toBe(0);
    const plan = JSON.parse(io.out[0]!) as PlanResult;
    expect(plan.preset).toBe('standard');
    expect(plan.voiceRegions).toHaveLength(2);
    const [first, second] = plan.clips;
    expect(first!.points.map((point) => point.gainDb)).toEqual([0, -9, -9, 0, 0, -9, -9, 0]);
    expect(first!.points[1]!.timeSeconds).toBe(plan.voiceRegions[0]![0]);
    expect(first!.points.every((point) => point.mediaSeconds === point.timeSeconds)).toBe(true);
    // Clip 2 starts at 4 s playing media from 10 s at double speed: media = 10 + (t − 4) × 2.
    expect(second!.points.length).toBeGreaterThan(0);
    for (const point of second!.points) expect(point.mediaSeconds).toBeCloseTo(10 + (point.timeSeconds - 4) * 2, 3);
    expect(io.err).toEqual([]); // a 9 s file needs no progress lines
  });

  it('unions several voices and re-running gives the same plan', async () => {
    const args = ['--voice', 'voice.wav', '--voice', 'line1.wav', '--clip', '0:8', '--json'];
    const first = captureIo();
    const second = captureIo();
    await runPlanCommand(args, first);
    await runPlanCommand(args, second);
    expect(first.out).toEqual(second.out);
    const plan = JSON.parse(first.out[0]!) as PlanResult;
    expect(plan.voiceRegions[0]![0]).toBeLessThan(0.05); // line1.wav speaks from the start
  });

  it('chooses the depth from a target-gap preset in a pack, measuring --bed under the speech', async () => {
    writeFileSync(
      join(directory, 'pack.json'),
      JSON.stringify({
        schemaVersion: 2,
        name: 'Test pack',
        presets: [
          {
            id: 'gap20',
            name: 'Gap 20',
            depthDb: -9,
            attackSeconds: 0.3,
            releaseSeconds: 0.6,
            holdSeconds: 1,
            targetGapDb: 20,
            minDepthDb: -3,
            maxDepthDb: -18,
          },
        ],
      }),
    );
    const io = captureIo();
    await runPlanCommand(
      ['--voice', 'voice.wav', '--clip', '0:8', '--pack', 'pack.json', '--preset', 'gap20', '--bed', 'bed.wav', '--json'],
      io,
    );
    const plan = JSON.parse(io.out[0]!) as PlanResult;
    const clip = plan.clips[0]!;
    expect(plan.voiceLoudnessLufs).not.toBeNull();
    expect(['on-target', 'limited-by-min-depth', 'limited-by-max-depth']).toContain(clip.outcome);
    expect(clip.depthDb).toBeLessThanOrEqual(-3);
    expect(clip.depthDb).toBeGreaterThanOrEqual(-18);
    expect(clip.points.map((point) => point.gainDb)).toContain(clip.depthDb);

    const noBed = captureIo();
    await runPlanCommand(['--voice', 'voice.wav', '--clip', '0:8', '--pack', 'pack.json', '--preset', 'gap20', '--json'], noBed);
    expect(JSON.parse(noBed.out[0]!).clips[0].depthDb).toBe(-9);
    expect(noBed.err.join('')).toContain('without --bed FILE every clip is ducked by the fixed -9 dB');
  });

  it('refuses malformed clips, missing voices and broken packs', async () => {
    await expect(runPlanCommand(['--clip', '0:5'], captureIo())).rejects.toThrow('at least one --voice');
    await expect(runPlanCommand(['--voice', 'voice.wav'], captureIo())).rejects.toThrow('at least one --clip');
    await expect(runPlanCommand(['--voice', 'voice.wav', '--clip', '5:2'], captureIo())).rejects.toThrow('got "5:2"');
    await expect(runPlanCommand(['--voice', 'voice.wav', '--clip', '0:5:0:0'], captureIo())).rejects.toBeInstanceOf(CliUsageError);
    writeFileSync(
      join(directory, 'bad.json'),
      '{"schemaVersion":2,"name":"x","presets":[{"id":"a","name":"A","depthDb":-40,"attackSeconds":0.3,"releaseSeconds":0.6,"holdSeconds":1}]}',
    );
    await expect(runPlanCommand(['--voice', 'voice.wav', '--clip', '0:5', '--pack', 'bad.json'], captureIo())).rejects.toThrow(
      "Cannot use bad.json. Preset 'A' → duck depth: must be between −24 and −1 dB.",
    );
  });
});
