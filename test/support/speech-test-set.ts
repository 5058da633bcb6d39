import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TimeRange } from '../../src/domain/ducking';
import { encodeWav } from './encode-test-audio';
import { musicBed } from './synth-music-bed';
import { addHum, hvacNoise, windNoise } from './synth-signals';

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

interface Voice {
  readonly engine: 'espeak-ng' | 'flite';
  readonly voice: string;
}

/** espeak-ng voices and variants, and flite's built-in voices: male, female, accents, 8 and 16 kHz synthesis. */
const VOICES: readonly Voice[] = [
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

/** What is said and by whom: a pool of utterances is synthesised per source. */
interface SpeechSource {
  /** Names the source's utterance files in the cache. */
  readonly key: string;
  readonly voices: readonly Voice[];
  /** Cycled in steps of 5, so the count should not be a multiple of 5. */
  readonly sentences: readonly string[];
  readonly poolSize: number;
}

const POOL_SIZE = 27;
const ENGLISH: SpeechSource = { key: 'english', voices: VOICES, sentences: SENTENCES, poolSize: POOL_SIZE };

const espeak = (...voices: string[]): Voice[] => voices.map((voice) => ({ engine: 'espeak-ng', voice }));

/** espeak-ng's whisper variants: no voicing at all, so no pitch and a noise-like spectrum. */
const WHISPERED: SpeechSource = {
  key: 'whisper',
  voices: espeak('en-us+whisper', 'en-gb+whisperf', 'en-us+whisperf', 'en-gb-scotland+whisper'),
  sentences: SENTENCES,
  poolSize: 16,
};

const CATALAN: SpeechSource = {
  key: 'catalan',
  voices: espeak('ca', 'ca+f3', 'ca+m3'),
  sentences: [
    'Bon dia a tothom, benvinguts al programa.',
    'La ciutat ha plantat mil arbres aquest any.',
    'El tren surt de Barcelona a les nou en punt.',
    'Els investigadors han trobat una cova al Pirineu.',
    'Demà plourà a la costa i farà sol a l’interior.',
    'Gràcies per mirar-nos i fins a la setmana vinent.',
  ],
  poolSize: 16,
};

const FRENCH: SpeechSource = {
  key: 'french',
  voices: espeak('fr', 'fr+f2', 'fr-be+m3'),
  sentences: [
    'Bonjour à tous et bienvenue dans cette émission.',
    'Le musée rouvre ses portes après deux ans de travaux.',
    'Il faut tourner à gauche après le pont de pierre.',
    'Les chercheurs ont observé une baisse des températures.',
    'Nous reviendrons juste après une courte pause.',
    'Merci de nous avoir suivis, et à la semaine prochaine.',
  ],
  poolSize: 16,
};

const POLISH: SpeechSource = {
  key: 'polish',
  voices: espeak('pl', 'pl+f3', 'pl+m2'),
  sentences: [
    'Dzień dobry państwu, witamy w naszym programie.',
    'W przyszłym tygodniu otwarto nowy most na Wiśle.',
    'Szczególnie ważne jest bezpieczeństwo na drogach.',
    'Naukowcy z Krakowa zbadali ponad tysiąc próbek.',
    'Wrócimy do państwa zaraz po krótkiej przerwie.',
    'Dziękujemy za uwagę i do zobaczenia za tydzień.',
  ],
  poolSize: 16,
};

const MANDARIN: SpeechSource = {
  key: 'mandarin',
  voices: espeak('cmn', 'cmn+f3', 'cmn+m3'),
  sentences: [
    '大家好，欢迎收看今天的节目。',
    '这座城市今年种了一千棵树。',
    '火车九点整从北京出发。',
    '科学家们在山里发现了一个新的洞穴。',
    '我们休息一下，马上回来。',
    '谢谢收看，我们下周再见。',
  ],
  poolSize: 16,
};

/** Pauses between utterances, cycled: all longer than the detector's 0.3 s hold plus padding. */
const PAUSES_SECONDS = [0.6, 1.1, 0.8, 1.6, 0.7, 2.2, 0.9, 1.3];
const UTTERANCES_PER_CONDITION = 16;
/** The speech extent: where the 10 ms RMS is within this many dB of the utterance's loudest 10 ms. */
const EXTENT_BELOW_PEAK_DB = 40;

/** Something under the whole program besides noise and hum, at a level against the speech's active RMS. */
type Bed =
  | {
      readonly kind: 'music';
      readonly chords: boolean;
      readonly pads: boolean;
      readonly drums: boolean;
      /** Other genres' parts (synth-music-bed.ts). @default false */
      readonly plucks?: boolean;
      readonly synthBass?: boolean;
      readonly fourOnTheFloor?: boolean;
      /** @default 104 */
      readonly tempoBpm?: number;
      /** The bed's RMS this far under the speech's active RMS. */
      readonly belowSpeechDb: number;
    }
  | {
      /** Air-handling rumble and hiss (SNR against speech) with a 120 Hz motor hum. */
      readonly kind: 'hvac';
      readonly snrDb: number;
      readonly humBelowSpeechDb: number;
    }
  | {
      /** Gusting wind on an outdoor microphone, SNR against speech. */
      readonly kind: 'wind';
      readonly snrDb: number;
    };

interface TestCondition {
  readonly name: string;
  /** @default English from espeak-ng and flite */
  readonly speech?: SpeechSource;
  readonly bed?: Bed;
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

/**
 * Where energy detectors fail: a music bed 10 dB under the voice, whispers (no voicing), languages
 * other than English, and air-handling noise with a motor hum.
 */
export const HARD_CONDITIONS: readonly TestCondition[] = [
  {
    name: 'music bed −10 dB: chords, drums, pads',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    bed: { kind: 'music', chords: true, pads: true, drums: true, belowSpeechDb: 10 },
  },
  {
    name: 'music bed −10 dB: sustained pads and chords',
    sampleRateHz: 44_100,
    channelCount: 1,
    encoding: 'float 32',
    container: 'wav',
    bed: { kind: 'music', chords: true, pads: true, drums: false, belowSpeechDb: 10 },
  },
  {
    name: 'music bed −10 dB: drums',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: '16-bit',
    container: 'wav',
    bed: { kind: 'music', chords: false, pads: false, drums: true, belowSpeechDb: 10 },
  },
  {
    name: 'whispered, pink SNR 35 dB',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: '16-bit',
    container: 'wav',
    speech: WHISPERED,
    noise: { colour: 'pink', snrDb: 35 },
  },
  {
    name: 'Catalan',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    speech: CATALAN,
    noise: { colour: 'pink', snrDb: 40 },
  },
  {
    name: 'French',
    sampleRateHz: 44_100,
    channelCount: 1,
    encoding: '16-bit',
    container: 'aiff',
    speech: FRENCH,
    noise: { colour: 'pink', snrDb: 40 },
  },
  {
    name: 'Polish',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: 'float 32',
    container: 'wav',
    speech: POLISH,
    noise: { colour: 'pink', snrDb: 40 },
  },
  {
    name: 'Mandarin',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    speech: MANDARIN,
    noise: { colour: 'pink', snrDb: 40 },
  },
  {
    name: 'HVAC noise SNR 15 dB + 120 Hz hum −20 dB',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    bed: { kind: 'hvac', snrDb: 15, humBelowSpeechDb: 20 },
  },
];

/**
 * Beds of other kinds than the hard set's, under English speech: another genre's instruments
 * (a plucked-string arpeggio; a synth bass with electronic drums), a louder temp mix, and wind.
 */
export const MORE_BED_CONDITIONS: readonly TestCondition[] = [
  {
    name: 'music bed −10 dB: plucked-string arpeggio',
    sampleRateHz: 48_000,
    channelCount: 2,
    encoding: '16-bit',
    container: 'wav',
    bed: { kind: 'music', chords: false, pads: false, drums: false, plucks: true, belowSpeechDb: 10 },
  },
  {
    name: 'music bed −10 dB: synth bass, four-on-the-floor drums',
    sampleRateHz: 44_100,
    channelCount: 1,
    encoding: 'float 32',
    container: 'wav',
    bed: {
      kind: 'music',
      chords: false,
      pads: false,
      drums: false,
      synthBass: true,
      fourOnTheFloor: true,
      tempoBpm: 122,
      belowSpeechDb: 10,
    },
  },
  {
    name: 'music bed −6 dB: chords, drums, pads (a loud temp mix)',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: '16-bit',
    container: 'wav',
    bed: { kind: 'music', chords: true, pads: true, drums: true, belowSpeechDb: 6 },
  },
  {
    name: 'wind gusts, SNR 12 dB',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: '16-bit',
    container: 'wav',
    bed: { kind: 'wind', snrDb: 12 },
  },
];

/**
 * Voices recorded far below full scale: a conservatively gained recording whose level the editor
 * raises with clip gain in the NLE, which leaves the file as it was, so the file is what is analysed.
 */
export const LOW_LEVEL_CONDITIONS: readonly TestCondition[] = [
  {
    name: 'recorded low: peaks at −45 dBFS, pink SNR 30 dB',
    sampleRateHz: 48_000,
    channelCount: 1,
    encoding: '16-bit',
    container: 'wav',
    peakDbfs: -45,
    noise: { colour: 'pink', snrDb: 30 },
  },
  {
    name: 'recorded low: peaks at −55 dBFS, brown SNR 25 dB',
    sampleRateHz: 44_100,
    channelCount: 2,
    encoding: 'float 32',
    container: 'wav',
    peakDbfs: -55,
    noise: { colour: 'brown', snrDb: 25 },
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

/** Bump when the way files are built changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 2;

/**
 * Builds every condition's file into `directory`, or reuses the one a previous run left there
 * (files are named by a hash of the condition and the generator version, and building is
 * deterministic, so a cached file is the file this run would build).
 */
export async function buildSpeechTestSet(
  directory: string,
  conditions: readonly TestCondition[] = TEST_CONDITIONS,
  /** Added to every condition's index, which seeds its utterance order, pauses, noise and bed: a different draw of the same recipe. */
  seedOffset = 0,
): Promise<BuiltCondition[]> {
  await mkdir(directory, { recursive: true });
  const pools = new Map<string, Promise<Utterance[]>>();
  const synthesised = new Map<string, Promise<string[]>>();
  const poolFor = (source: SpeechSource, rate: number) => {
    const key = `${source.key}@${rate}`;
    if (!pools.has(key)) {
      if (!synthesised.has(source.key)) {
        const indices = Array.from({ length: source.poolSize }, (_, index) => index);
        synthesised.set(
          source.key,
          mapLimited(indices, 2, async (index) => synthesise(directory, source, index)),
        );
      }
      pools.set(
        key,
        synthesised
          .get(source.key)!
          .then(async (paths) => mapLimited(paths, 2, async (path) => measureUtterance(await resampleToFloat(path, rate)))),
      );
    }
    return pools.get(key)!;
  };
  const built: BuiltCondition[] = [];
  for (const [position, condition] of conditions.entries()) {
    const index = position + seedOffset;
    const key = createHash('sha256').update(JSON.stringify({ GENERATOR_VERSION, index, condition })).digest('hex').slice(0, 16);
    const path = join(directory, `condition-${key}.${condition.container}`);
    const metaPath = join(directory, `condition-${key}.json`);
    if (existsSync(path) && existsSync(metaPath)) {
      const meta = JSON.parse(await readFile(metaPath, 'utf8')) as { labels: TimeRange[]; durationSeconds: number };
      built.push({ condition, path, labels: meta.labels, durationSeconds: meta.durationSeconds });
      continue;
    }
    const pool = await poolFor(condition.speech ?? ENGLISH, condition.sampleRateHz);
    const item = await buildCondition(directory, index, condition, pool, path);
    await writeFile(metaPath, JSON.stringify({ name: condition.name, labels: item.labels, durationSeconds: item.durationSeconds }));
    built.push(item);
  }
  return built;
}

async function synthesise(directory: string, source: SpeechSource, index: number): Promise<string> {
  const { engine, voice } = source.voices[index % source.voices.length]!;
  const text = source.sentences[(index * 5) % source.sentences.length]!;
  const path = join(directory, `utterance-${source.key}-${index}.wav`);
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
  path: string,
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

  const bed = condition.bed == null ? null : synthesiseBed(condition.bed, rate, length, speechRms, conditionIndex);
  const channels: Float32Array[] = [];
  for (let channel = 0; channel < condition.channelCount; channel++) {
    // The second channel is a slightly quieter copy, as from a second microphone.
    const signal = new Float32Array(length);
    const channelGain = channel === 0 ? 1 : 0.8;
    for (let index = 0; index < length; index++) signal[index] = speech[index]! * channelGain;
    if (bed != null) for (let index = 0; index < length; index++) signal[index] = signal[index]! + bed[index]!;
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

  const floatPath = `${path}.float.wav`;
  await writeFile(floatPath, encodeWav(channels, rate, { kind: 'float', bits: 32 }));
  const encoding = condition.encoding === '16-bit' ? ['-b', '16', '-e', 'signed-integer'] : ['-b', '32', '-e', 'floating-point'];
  // -R: repeatable dither, so every run tests the same bytes.
  await run('sox', ['-R', floatPath, ...encoding, path]);
  return { condition, path, labels, durationSeconds: length / rate };
}

/** The bed at its level against the speech's active RMS (the same in every channel, as a mono bed panned centre). */
function synthesiseBed(bed: Bed, rate: number, length: number, speechRms: number, seed: number): Float32Array {
  const speechDb = 20 * Math.log10(speechRms);
  const signal =
    bed.kind === 'music'
      ? musicBed(length, rate, { ...bed, tempoBpm: bed.tempoBpm ?? 104, seed: seed + 1 })
      : bed.kind === 'wind'
        ? windNoise(length, rate, seed + 1)
        : hvacNoise(length, rate, seed + 1);
  let sumSquares = 0;
  for (let index = 0; index < length; index++) sumSquares += signal[index]! * signal[index]!;
  const targetDb = bed.kind === 'music' ? speechDb - bed.belowSpeechDb : speechDb - bed.snrDb;
  const scale = 10 ** (targetDb / 20) / Math.sqrt(sumSquares / length);
  for (let index = 0; index < length; index++) signal[index] = signal[index]! * scale;
  if (bed.kind === 'hvac') addHum(signal, rate, 120, speechDb - bed.humBelowSpeechDb);
  return signal;
}

/** Pink or brown noise from sox, repeatable, `length` samples at `rate`. */
async function soxNoise(colour: 'pink' | 'brown', rate: number, length: number, seedOffset: number): Promise<Float32Array> {
  // sox's -R fixes the seed; skipping a different amount per call gives independent stretches.
  const skipSeconds = (seedOffset % 64) * 0.37;
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
