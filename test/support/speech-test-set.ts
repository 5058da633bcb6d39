import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TimeRange } from '../../src/domain/ducking';
import { encodeWav } from './encode-test-audio';
import { addHum } from './synth-signals';

/**
 * A labelled speech test set built at test time from text-to-speech (espeak-ng and flite) with
 * sox, so no media is committed and labels are exact: every utterance is synthesised on its own,
 * its speech extent measured, and the utterances concatenated with known silences. Conditions then
 * add room noise, hum, level changes and vary rate, channels, encoding and container.
 */

const run = promisify(execFile);

const SENTENCES = [
  'The quick brown fox jumps over the lazy dog.',
  'She sells sea shells by the sea shore every summer.',
  'Please state your name and your job for the record.',
  'Fifty families moved to the valley before the winter.',
  'Thank you for watching, and see you next time.',
  'Seven silver spoons were missing from the kitchen drawer.',
  'How long does it take to fly from Paris to Tokyo?',
  'Hello everyone, welcome back to the workshop.',
  'Turn left at the bridge and keep going for two miles.',
  'Chocolate cake is the best reward after a long hike.',
  'Our results show a clear improvement over last year.',
  'Keep the camera steady while the actors cross the street.',
];

/** espeak-ng voices and variants, and flite's built-in voices: male, female, accents, 8 and 16 kHz synthesis. */
const VOICES: readonly { engine: 'espeak-ng' | 'flite'; voice: string }[] = [
  { engine: 'espeak-ng', voice: 'en-us' },
  { engine: 'espeak-ng', voice: 'en-gb+f3' },
  { engine: 'espeak-ng', voice: 'en-gb-scotland' },
  { engine: 'espeak-ng', voice: 'en-us+m4' },
  { engine: 'espeak-ng', voice: 'en-029+f2' },
  { engine: 'flite', voice: 'slt' },
  { engine: 'flite', voice: 'rms' },
  { engine: 'flite', voice: 'awb' },
  { engine: 'flite', voice: 'kal16' },
];

/** Pauses between utterances, cycled: all longer than the detector's 0.3 s hold plus padding. */
const PAUSES_SECONDS = [0.6, 1.1, 0.8, 1.6, 0.7, 2.2, 0.9, 1.3];
const UTTERANCES_PER_CONDITION = 16;
const POOL_SIZE = 27;
/** The speech extent: where the 10 ms RMS is within this many dB of the utterance's loudest 10 ms. */
const EXTENT_BELOW_PEAK_DB = 40;

interface TestCondition {
  readonly name: string;
  readonly sampleRateHz: 44_100 | 48_000;
  readonly channelCount: 1 | 2;
  readonly encoding: '16-bit' | 'float 32';
  readonly container: 'wav' | 'aiff' | 'aifc';
  /** Noise added under the whole program, SNR against the speech's active RMS. */
  readonly noise?: { readonly colour: 'pink' | 'brown'; readonly snrDb: number };
  /** Mains hum, level relative to the speech's active RMS. */
  readonly hum?: { readonly fundamentalHz: 50 | 60; readonly belowSpeechDb: number };
  /** Peak level the program is normalised to. @default -3 */
  readonly peakDbfs?: number;
  /** Gains (dB) cycled per utterance, for quiet and loud passages in one file. @default [0] */
  readonly utteranceGainsDb?: readonly number[];
}

export const TEST_CONDITIONS: readonly TestCondition[] = [
  { name: 'clean', sampleRateHz: 48_000, channelCount: 1, encoding: '16-bit', container: 'wav' },
  { name: 'clean', sampleRateHz: 44_100, channelCount: 2, encoding: 'float 32', container: 'wav' },
  {
    name: 'pink room noise, SNR 20 dB',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    noise: { colour: 'pink', snrDb: 20 },
  },
  {
    name: 'brown room noise, SNR 15 dB',
    sampleRateHz: 44_100,
    channelCount: 1,
    encoding: 'float 32',
    container: 'wav',
    noise: { colour: 'brown', snrDb: 15 },
  },
  {
    name: 'mains hum 50 Hz + harmonics, −20 dB',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: 'float 32',
    container: 'aifc',
    hum: { fundamentalHz: 50, belowSpeechDb: 20 },
  },
  {
    name: 'mains hum 60 Hz + harmonics, −20 dB, pink SNR 30 dB',
    sampleRateHz: 44_100,
    channelCount: 2,
    encoding: '16-bit',
    container: 'aiff',
    hum: { fundamentalHz: 60, belowSpeechDb: 20 },
    noise: { colour: 'pink', snrDb: 30 },
  },
  {
    name: 'quiet: peaks at −30 dBFS',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: '16-bit',
    container: 'wav',
    peakDbfs: -30,
    noise: { colour: 'pink', snrDb: 40 },
  },
  {
    name: 'loud: peaks at −0.5 dBFS',
    sampleRateHz: 44_100,
    channelCount: 2,
    encoding: 'float 32',
    container: 'wav',
    peakDbfs: -0.5,
    noise: { colour: 'pink', snrDb: 35 },
  },
  {
    name: 'quiet and loud passages (0/−26 dB)',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    peakDbfs: -1,
    utteranceGainsDb: [0, -26, 0, -26, -26, 0],
    noise: { colour: 'pink', snrDb: 45 },
  },
];

export interface BuiltCondition {
  readonly condition: TestCondition;
  readonly path: string;
  /** Exact speech extents, seconds. */
  readonly labels: readonly TimeRange[];
  readonly durationSeconds: number;
}

interface Utterance {
  readonly samples: Float32Array;
  /** Speech extent within `samples`, in samples. */
  readonly startSample: number;
  readonly endSample: number;
}

/** Builds every condition's file into `directory`. */
export async function buildSpeechTestSet(
  directory: string,
  conditions: readonly TestCondition[] = TEST_CONDITIONS,
): Promise<BuiltCondition[]> {
  const rates = [...new Set(conditions.map((condition) => condition.sampleRateHz))];
  const pools = new Map<number, Utterance[]>();
  const synthesised = await mapLimited(
    Array.from({ length: POOL_SIZE }, (_, index) => index),
    2,
    async (index) => synthesise(directory, index),
  );
  for (const rate of rates) {
    pools.set(rate, await mapLimited(synthesised, 2, async (path) => measureUtterance(await resampleToFloat(path, rate))));
  }
  const built: BuiltCondition[] = [];
  for (const [index, condition] of conditions.entries())
    built.push(await buildCondition(directory, index, condition, pools.get(condition.sampleRateHz)!));
  return built;
}

async function synthesise(directory: string, index: number): Promise<string> {
  const { engine, voice } = VOICES[index % VOICES.length]!;
  const text = SENTENCES[(index * 5) % SENTENCES.length]!;
  const path = join(directory, `utterance-${index}.wav`);
  if (engine === 'espeak-ng') await run('espeak-ng', ['-v', voice, '-s', String(150 + (index % 4) * 15), '-w', path, text]);
  else await run('flite', ['-voice', voice, '-t', text, '-o', path]);
  return path;
}

async function resampleToFloat(path: string, sampleRateHz: number): Promise<Float32Array> {
  const { stdout } = await run('sox', [path, '-t', 'f32', '-c', '1', '-', 'rate', '-v', String(sampleRateHz)], {
    encoding: 'buffer',
    maxBuffer: 1 << 26,
  });
  return new Float32Array(stdout.buffer.slice(stdout.byteOffset, stdout.byteOffset + stdout.byteLength));
}

/** First and last 1 ms step whose 10 ms RMS is within EXTENT_BELOW_PEAK_DB of the loudest 10 ms. */
function measureUtterance(samples: Float32Array): Utterance {
  const window = 440; // ≈10 ms at 44.1 kHz, 9.2 ms at 48 kHz: a level, not a timing
  const step = 44;
  const levels: number[] = [];
  for (let start = 0; start + window <= samples.length; start += step) {
    let sum = 0;
    for (let index = start; index < start + window; index++) sum += samples[index]! ** 2;
    levels.push(sum / window);
  }
  const threshold = Math.max(...levels) * 10 ** (-EXTENT_BELOW_PEAK_DB / 10);
  const first = levels.findIndex((level) => level > threshold);
  const last = levels.length - 1 - [...levels].reverse().findIndex((level) => level > threshold);
  // The window that first exceeds the threshold ends where the sound is; take its centre.
  return { samples, startSample: first * step + window / 2, endSample: last * step + window / 2 };
}

async function buildCondition(
  directory: string,
  conditionIndex: number,
  condition: TestCondition,
  pool: readonly Utterance[],
): Promise<BuiltCondition> {
  const rate = condition.sampleRateHz;
  const gains = condition.utteranceGainsDb ?? [0];
  // Place utterances: 0.5 s lead-in, known pauses, 1 s tail.
  const placements: { utterance: Utterance; offset: number; gain: number }[] = [];
  let cursor = Math.round(0.5 * rate);
  for (let k = 0; k < UTTERANCES_PER_CONDITION; k++) {
    const utterance = pool[(k * 2 + conditionIndex * 3) % pool.length]!;
    // The pause is measured between speech extents, so subtract the utterances' own silent edges.
    if (k > 0) {
      const previous = placements[k - 1]!;
      const pause = Math.round(PAUSES_SECONDS[(k + conditionIndex) % PAUSES_SECONDS.length]! * rate);
      cursor = previous.offset + previous.utterance.endSample + pause - utterance.startSample;
    } else {
      cursor -= utterance.startSample;
    }
    placements.push({ utterance, offset: Math.max(0, cursor), gain: 10 ** (gains[k % gains.length]! / 20) });
  }
  const last = placements[placements.length - 1]!;
  const length = Math.max(last.offset + last.utterance.samples.length, last.offset + last.utterance.endSample + rate);
  const speech = new Float32Array(length);
  for (const { utterance, offset, gain } of placements) {
    for (let index = 0; index < utterance.samples.length; index++) speech[offset + index]! += utterance.samples[index]! * gain;
  }
  const labels = placements.map(({ utterance, offset }) => ({
    startSeconds: (offset + utterance.startSample) / rate,
    endSeconds: (offset + utterance.endSample) / rate,
  }));

  // Active speech level: RMS over the labelled regions (before any noise).
  let sum = 0;
  let count = 0;
  for (const label of labels) {
    for (let index = Math.round(label.startSeconds * rate); index < Math.round(label.endSeconds * rate); index++) {
      sum += speech[index]! ** 2;
      count++;
    }
  }
  const speechRms = Math.sqrt(sum / count);

  const channels: Float32Array[] = [];
  for (let channel = 0; channel < condition.channelCount; channel++) {
    // The second channel is a slightly quieter copy, as from a second microphone.
    const signal = new Float32Array(length);
    const channelGain = channel === 0 ? 1 : 0.8;
    for (let index = 0; index < length; index++) signal[index] = speech[index]! * channelGain;
    if (condition.hum != null) addHum(signal, rate, condition.hum.fundamentalHz, 20 * Math.log10(speechRms) - condition.hum.belowSpeechDb);
    if (condition.noise != null) {
      const noise = await soxNoise(condition.noise.colour, rate, length, conditionIndex * 2 + channel);
      let noisePower = 0;
      for (let index = 0; index < length; index++) noisePower += noise[index]! * noise[index]!;
      const scale = speechRms / Math.sqrt(noisePower / length) / 10 ** (condition.noise.snrDb / 20);
      for (let index = 0; index < length; index++) signal[index] = signal[index]! + noise[index]! * scale;
    }
    channels.push(signal);
  }
  let peak = 0;
  for (const channel of channels) for (let index = 0; index < length; index++) peak = Math.max(peak, Math.abs(channel[index]!));
  const normalise = 10 ** ((condition.peakDbfs ?? -3) / 20) / peak;
  for (const channel of channels) for (let index = 0; index < length; index++) channel[index] = channel[index]! * normalise;

  const floatPath = join(directory, `condition-${conditionIndex}-float.wav`);
  await writeFile(floatPath, encodeWav(channels, rate, { kind: 'float', bits: 32 }));
  const path = join(directory, `condition-${conditionIndex}.${condition.container}`);
  const encoding = condition.encoding === '16-bit' ? ['-b', '16', '-e', 'signed-integer'] : ['-b', '32', '-e', 'floating-point'];
  // -R: repeatable dither, so every run tests the same bytes.
  await run('sox', ['-R', floatPath, ...encoding, path]);
  return { condition, path, labels, durationSeconds: length / rate };
}

/** Pink or brown noise from sox, repeatable, `length` samples at `rate`. */
async function soxNoise(colour: 'pink' | 'brown', rate: number, length: number, seedOffset: number): Promise<Float32Array> {
  // sox's -R fixes the seed; skipping a different amount per call gives independent stretches.
  const skipSeconds = seedOffset * 0.37;
  const { stdout } = await run(
    'sox',
    [
      '-R',
      '-n',
      '-r',
      String(rate),
      '-c',
      '1',
      '-t',
      'f32',
      '-',
      'synth',
      String(length / rate + skipSeconds + 0.1),
      `${colour}noise`,
      'trim',
      String(skipSeconds),
    ],
    { encoding: 'buffer', maxBuffer: 1 << 27 },
  );
  return new Float32Array(stdout.buffer.slice(stdout.byteOffset, stdout.byteOffset + stdout.byteLength)).subarray(0, length);
}

async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await map(items[index]!);
      }
    }),
  );
  return results;
}

export async function readFileBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
