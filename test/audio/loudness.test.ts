import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeAudioStream,
  channelWeightsFor,
  createLoudnessMeter,
  gatedLoudness,
  kWeightingCoefficients,
  loudnessOverRanges,
  type LoudnessAnalysis,
} from '../../src/audio';
import { chunked } from '../support/encode-test-audio';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-loudness-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function sine(frequencyHz: number, levelDbfs: number, seconds: number, rate: number): Float32Array {
  const amplitude = 10 ** (levelDbfs / 20);
  return Float32Array.from({ length: Math.round(seconds * rate) }, (_, n) => amplitude * Math.sin((2 * Math.PI * frequencyHz * n) / rate));
}

function measure(channels: Float32Array[], rate: number, blockFrames = 10_000): LoudnessAnalysis {
  const meter = createLoudnessMeter({ sampleRateHz: rate, channelCount: channels.length });
  for (let offset = 0; offset < channels[0]!.length; offset += blockFrames)
    meter.push(channels.map((channel) => channel.subarray(offset, offset + blockFrames)));
  return meter.finish();
}

/** ffmpeg's ebur128 filter on the same file: integrated loudness and the per-100 ms M and S values. */
function ffmpegEbur128(path: string): { integrated: number; momentary: number[]; shortTerm: number[] } {
  const log = join(directory, 'ebur128.txt');
  execFileSync('ffmpeg', [
    '-nostats',
    '-v',
    'error',
    '-y',
    '-i',
    path,
    '-af',
    `ebur128=metadata=1,ametadata=mode=print:file=${log}`,
    '-f',
    'null',
    '-',
  ]);
  const text = readFileSync(log, 'utf8');
  const values = (key: string) =>
    [...text.matchAll(new RegExp(`lavfi\\.r128\\.${key}=(-?[\\d.]+|-?inf)`, 'g'))].map((match) => Number(match[1]));
  const integrated = values('I');
  return { integrated: integrated[integrated.length - 1]!, momentary: values('M'), shortTerm: values('S') };
}

async function analyseFile(path: string): Promise<LoudnessAnalysis> {
  const analysis = await analyzeAudioStream(chunked(new Uint8Array(readFileSync(path)), [50_000]), { fileName: path });
  return analysis.loudness!;
}

describe('K-weighting', () => {
  it('reproduces the BS.1770-4 48 kHz coefficients from the analogue prototype', () => {
    const { shelf, highPass } = kWeightingCoefficients(48_000);
    expect(shelf.b0).toBeCloseTo(1.53512485958697, 10);
    expect(shelf.b1).toBeCloseTo(-2.69169618940638, 10);
    expect(shelf.b2).toBeCloseTo(1.19839281085285, 10);
    expect(shelf.a1).toBeCloseTo(-1.69065929318241, 10);
    expect(shelf.a2).toBeCloseTo(0.73248077421585, 10);
    expect(highPass.a1).toBeCloseTo(-1.99004745483398, 10);
    expect(highPass.a2).toBeCloseTo(0.99007225036621, 10);
  });

  it('gives the same response at other rates (a 997 Hz sine reads within 0.02 LU at 32, 44.1, 48 and 96 kHz)', () => {
    const reference = measure([sine(997, -20, 5, 48_000)], 48_000).integratedLufs;
    // The bilinear transform warps the shelf slightly as Nyquist comes closer: 0.014 LU at 32 kHz.
    for (const rate of [32_000, 44_100, 96_000])
      expect(Math.abs(measure([sine(997, -20, 5, rate)], rate).integratedLufs - reference)).toBeLessThan(0.02);
  });
});

describe('BS.1770-4 loudness', () => {
  it('reads a 997 Hz sine at −20 dBFS as −23.01 LUFS, in one channel or two', () => {
    expect(measure([sine(997, -20, 10, 48_000)], 48_000).integratedLufs).toBeCloseTo(-23.01, 1);
    const stereo = sine(997, -20, 10, 48_000);
    expect(measure([stereo, stereo], 48_000).integratedLufs).toBeCloseTo(-20, 1);
  });

  it('gates: silence is −∞, quiet stretches below the relative gate do not count', () => {
    expect(measure([new Float32Array(48_000 * 3)], 48_000).integratedLufs).toBe(-Infinity);
    const loud = sine(997, -20, 4, 48_000);
    const quiet = sine(997, -40, 4, 48_000);
    const joined = new Float32Array(loud.length + quiet.length);
    joined.set(loud);
    joined.set(quiet, loud.length);
    // −43 LUFS blocks sit far under the relative gate and are dropped; only the three blocks that
    // straddle the step pull the result a little under −23.01. Ungated, the mean would be ≈ −26.
    const gated = measure([joined], 48_000);
    expect(gated.integratedLufs).toBeGreaterThan(-23.3);
    expect(gated.integratedLufs).toBeLessThan(-23);
    const ungatedPower = gated.blockPowers.reduce((sum, power) => sum + power, 0) / gated.blockPowers.length;
    expect(-0.691 + 10 * Math.log10(ungatedPower)).toBeCloseTo(-26, 0);
    expect(gatedLoudness([])).toBe(-Infinity);
  });

  it('measures loudness over chosen time ranges only', () => {
    const first = sine(997, -20, 4, 48_000);
    const second = sine(997, -30, 4, 48_000);
    const joined = new Float32Array(first.length + second.length);
    joined.set(first);
    joined.set(second, first.length);
    const analysis = measure([joined], 48_000);
    expect(loudnessOverRanges(analysis, [{ startSeconds: 4.5, endSeconds: 7.5 }])).toBeCloseTo(-33.01, 1);
    expect(loudnessOverRanges(analysis, [{ startSeconds: 0.5, endSeconds: 3 }])).toBeCloseTo(-23.01, 1);
    expect(loudnessOverRanges(analysis, [{ startSeconds: 20, endSeconds: 30 }])).toBe(-Infinity);
  });

  it('does not depend on how the stream is cut into blocks', () => {
    const signal = sine(440, -18, 7.3, 44_100).map((value, n) => value * (1 + 0.5 * Math.sin(n / 5000)));
    const whole = measure([signal], 44_100, signal.length);
    const pieces = measure([signal], 44_100, 1237);
    expect(pieces.integratedLufs).toBeCloseTo(whole.integratedLufs, 10);
    expect([...pieces.shortTermLufs]).toEqual([...whole.shortTermLufs].map((value) => expect.closeTo(value, 9)));
  });

  it('weights surround channels +1.5 dB and leaves the LFE out', () => {
    expect(channelWeightsFor(6)).toEqual([1, 1, 1, 0, 1.41, 1.41]);
    expect(channelWeightsFor(6, 0x60f)).toEqual([1, 1, 1, 0, 1.41, 1.41]); // 5.1 with side surrounds
    expect(channelWeightsFor(2, 0x3)).toEqual([1, 1]);
    expect(channelWeightsFor(1)).toEqual([1]);
  });
});

describe('against ffmpeg -af ebur128 on generated signals (within 0.1 LU)', () => {
  const cases: { name: string; file: string; make: string[] }[] = [
    {
      name: 'pink noise, stereo, 44.1 kHz 16-bit',
      file: 'pink.wav',
      make: ['sox', '-R', '-n', '-r', '44100', '-c', '2', '-b', '16', 'FILE', 'synth', '12', 'pinknoise', 'gain', '-18'],
    },
    {
      name: 'brown noise, mono, 48 kHz float',
      file: 'brown.wav',
      make: [
        'sox',
        '-R',
        '-n',
        '-r',
        '48000',
        '-c',
        '1',
        '-e',
        'floating-point',
        '-b',
        '32',
        'FILE',
        'synth',
        '12',
        'brownnoise',
        'gain',
        '-24',
      ],
    },
    {
      name: 'tone bursts with quiet gaps (relative gate), 48 kHz',
      file: 'bursts.wav',
      make: [
        'ffmpeg',
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        "aevalsrc='if(lt(mod(t,2),1),0.3,0.003)*sin(2*PI*440*t)':s=48000:d=14",
        '-c:a',
        'pcm_s24le',
        'FILE',
      ],
    },
    {
      name: '5.1 with a loud LFE, 48 kHz 24-bit',
      file: 'surround.wav',
      make: [
        'ffmpeg',
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'anoisesrc=c=pink:a=0.1:d=10:r=48000:seed=4',
        '-af',
        'pan=5.1|FL=c0|FR=0.8*c0|FC=0.5*c0|LFE=3*c0|BL=0.6*c0|BR=0.4*c0',
        '-c:a',
        'pcm_s24le',
        'FILE',
      ],
    },
    {
      name: 'chirp, 96 kHz float',
      file: 'chirp.wav',
      make: [
        'ffmpeg',
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        "aevalsrc='0.2*sin(2*PI*(50*t+400*t*t))':s=96000:d=10",
        '-c:a',
        'pcm_f32le',
        'FILE',
      ],
    },
    {
      name: 'speech (espeak-ng) with pauses, 22.05 kHz',
      file: 'speech.wav',
      make: [
        'espeak-ng',
        '-v',
        'en-us',
        '-g',
        '20',
        '-w',
        'FILE',
        'Loudness is measured in gated blocks. The pauses between words are gated out.',
      ],
    },
  ];
  const table: string[] = [];
  afterAll(() => {
    console.info(['| signal | ClipRelay integrated | ffmpeg ebur128 | max M/S difference |', '|---|---|---|---|', ...table].join('\n'));
  });
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const path = join(directory, testCase.file);
      const [command, ...args] = testCase.make.map((arg) => (arg === 'FILE' ? path : arg));
      execFileSync(command!, args);
      const ours = await analyseFile(path);
      const theirs = ffmpegEbur128(path);
      expect(Math.abs(ours.integratedLufs - theirs.integrated)).toBeLessThanOrEqual(0.1);
      // ffmpeg prints M and S after every 100 ms frame k, for the window ending at (k + 1) · 0.1 s.
      let compared = 0;
      let worst = 0;
      const compare = (value: number, reference: number | undefined) => {
        if (reference == null || value < -60) return;
        worst = Math.max(worst, Math.abs(value - reference));
        compared++;
      };
      ours.momentaryLufs.forEach((value, j) => compare(value, theirs.momentary[j + 3]));
      ours.shortTermLufs.forEach((value, j) => compare(value, theirs.shortTerm[j + 29]));
      table.push(
        `| ${testCase.name} | ${ours.integratedLufs.toFixed(3)} LUFS | ${theirs.integrated.toFixed(3)} LUFS | ${worst.toFixed(3)} LU |`,
      );
      expect(worst).toBeLessThanOrEqual(0.1);
      expect(compared).toBeGreaterThan(20);
    });
  }
});
