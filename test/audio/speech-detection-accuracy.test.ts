import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAudioStream, createSpeechDetector, decodeAudioStream } from '../../src/audio';
import type { TimeRange } from '../../src/domain/ducking/time-range';
import { boundaryErrorsSeconds, frameF1, median } from '../support/detection-metrics';
import { chunked } from '../support/encode-test-audio';
import {
  buildSpeechTestSet,
  HARD_CONDITIONS,
  LOW_LEVEL_CONDITIONS,
  MORE_BED_CONDITIONS,
  readFileBytes,
  TEST_CONDITIONS,
  type BuiltCondition,
} from '../support/speech-test-set';

interface Row {
  readonly name: string;
  readonly label: string;
  readonly f1: number;
  readonly medianBoundaryMs: number;
  readonly utterances: number;
  readonly regions: number;
}

/**
 * Each condition's F1 and median boundary error before the speech/music model (the level detector
 * alone, commit 7cdb889^), on these same files: no condition may get worse than it was (issue 16).
 */
const BEFORE_MODEL: Readonly<Record<string, { readonly f1: number; readonly medianBoundaryMs: number }>> = {
  // Both clean conditions (48 kHz mono 0.982, 44.1 kHz stereo 0.981): the lower.
  clean: { f1: 0.981, medianBoundaryMs: 35 },
  'pink room noise, SNR 20 dB': { f1: 0.993, medianBoundaryMs: 18 },
  'brown room noise, SNR 15 dB': { f1: 0.984, medianBoundaryMs: 22 },
  'mains hum 50 Hz + harmonics, −20 dB': { f1: 0.991, medianBoundaryMs: 26 },
  'mains hum 60 Hz + harmonics, −20 dB, pink SNR 30 dB': { f1: 0.992, medianBoundaryMs: 22 },
  'quiet: peaks at −30 dBFS': { f1: 0.989, medianBoundaryMs: 22 },
  'loud: peaks at −0.5 dBFS': { f1: 0.99, medianBoundaryMs: 29 },
  'quiet and loud passages (0/−26 dB)': { f1: 0.983, medianBoundaryMs: 24 },
  'music bed −10 dB: chords, drums, pads': { f1: 0.846, medianBoundaryMs: 8393 },
  'music bed −10 dB: sustained pads and chords': { f1: 0.864, medianBoundaryMs: 4105 },
  'music bed −10 dB: drums': { f1: 0.826, medianBoundaryMs: 30769 },
  'whispered, pink SNR 35 dB': { f1: 0.989, medianBoundaryMs: 28 },
  Catalan: { f1: 0.983, medianBoundaryMs: 29 },
  French: { f1: 0.983, medianBoundaryMs: 35 },
  Polish: { f1: 0.99, medianBoundaryMs: 30 },
  Mandarin: { f1: 0.994, medianBoundaryMs: 30 },
  'HVAC noise SNR 15 dB + 120 Hz hum −20 dB': { f1: 0.887, medianBoundaryMs: 235 },
};

/** Built once and reused between runs (gitignored): synthesis is deterministic, files are named by their recipe. */
const CACHE_DIRECTORY = join(process.cwd(), 'test-output', 'speech-test-set');

async function measure(built: readonly BuiltCondition[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const item of built) {
    const bytes = await readFileBytes(item.path);
    const analysis = await analyzeAudioStream(chunked(bytes, [65_536]), { fileName: item.path, measureLoudness: false });
    const { condition } = item;
    rows.push({
      name: condition.name,
      label: `${condition.name} — ${condition.sampleRateHz / 1000} kHz ${condition.channelCount === 1 ? 'mono' : 'stereo'} ${condition.encoding} ${condition.container.toUpperCase()}`,
      f1: frameF1(item.labels, analysis.speech, item.durationSeconds),
      medianBoundaryMs: median(boundaryErrorsSeconds(item.labels, analysis.speech)) * 1000,
      utterances: item.labels.length,
      regions: analysis.speech.length,
    });
  }
  return rows;
}

function table(rows: readonly Row[]): string {
  return [
    '| condition | F1 (10 ms frames) | median boundary error | before the model: F1, median boundary | utterances / regions found |',
    '|---|---|---|---|---|',
    ...rows.map((row) => {
      const before = BEFORE_MODEL[row.name];
      const then = before == null ? '—' : `${before.f1.toFixed(3)}, ${before.medianBoundaryMs} ms`;
      return `| ${row.label} | ${row.f1.toFixed(3)} | ${row.medianBoundaryMs.toFixed(0)} ms | ${then} | ${row.utterances} / ${row.regions} |`;
    }),
  ].join('\n');
}

let everyday: Row[] = [];
let hard: Row[] = [];
let lowLevel: Row[] = [];
let moreBeds: Row[] = [];

beforeAll(async () => {
  everyday = await measure(await buildSpeechTestSet(CACHE_DIRECTORY, TEST_CONDITIONS));
  hard = await measure(await buildSpeechTestSet(join(CACHE_DIRECTORY, 'hard'), HARD_CONDITIONS));
  lowLevel = await measure(await buildSpeechTestSet(join(CACHE_DIRECTORY, 'low-level'), LOW_LEVEL_CONDITIONS));
  moreBeds = await measure(await buildSpeechTestSet(join(CACHE_DIRECTORY, 'more-beds'), MORE_BED_CONDITIONS));
  const rowsOf = (rows: readonly Row[]) => table(rows).split('\n').slice(2).join('\n');
  console.info(`${table(everyday)}\n${rowsOf(hard)}\n${rowsOf(lowLevel)}\n${rowsOf(moreBeds)}`);
}, 300_000);

interface Bar {
  readonly f1: number;
  readonly medianBoundaryMs: number;
}

type Condition = (typeof TEST_CONDITIONS)[number];

/** One test per condition of a set: its row (measured in beforeAll) reaches the condition's bar. */
function expectBars(
  conditions: readonly Condition[],
  rows: () => readonly Row[],
  barOf: (condition: Condition) => Bar,
  describeCondition = (condition: Condition) => `${condition.sampleRateHz} Hz, ${condition.channelCount} ch`,
): void {
  conditions.forEach((condition, index) => {
    const bar = barOf(condition);
    it(`${condition.name} (${describeCondition(condition)}): F1 ≥ ${bar.f1}, median boundary error ≤ ${bar.medianBoundaryMs} ms`, () => {
      const row = rows()[index]!;
      expect(row.f1).toBeGreaterThanOrEqual(bar.f1);
      expect(row.medianBoundaryMs).toBeLessThanOrEqual(bar.medianBoundaryMs);
    });
  });
}

const EVERYDAY_BAR: Bar = { f1: 0.95, medianBoundaryMs: 50 };
const HARD_BAR: Bar = { f1: 0.97, medianBoundaryMs: 50 };

describe('speech detection accuracy on a labelled espeak-ng + flite test set (default settings)', () => {
  expectBars(
    TEST_CONDITIONS,
    () => everyday,
    () => EVERYDAY_BAR,
    (condition) => `${condition.sampleRateHz} Hz, ${condition.channelCount} ch, ${condition.encoding}`,
  );
});

describe('speech detection where energy detectors fail: music beds, whispers, other languages, HVAC (default settings)', () => {
  expectBars(
    HARD_CONDITIONS,
    () => hard,
    () => HARD_BAR,
  );
});

describe('speech detection in voices recorded far below full scale (default settings)', () => {
  // With the fixed −65 dBFS gate (before maxBelowLoudestDb) these files scored F1 0.923 (−45 dBFS, median
  // boundary 60 ms) and 0.045 (−55 dBFS: one region in 16 utterances).
  expectBars(
    LOW_LEVEL_CONDITIONS,
    () => lowLevel,
    () => HARD_BAR,
  );
});

/**
 * The bar per condition: the suite's (F1 ≥ 0.97, ≤ 50 ms), except the plucked arpeggio, the hardest
 * bed here: each note starts sharply and dies away, at about the rate of syllables, and the model
 * (fitted on other draws of it) still bridges two pauses of 0.6–0.7 s: F1 0.951, 80 ms on 2026-12-07.
 * With the model before these beds were trained on: arpeggio 0.915, synth bass and kick 0.834 (one
 * region for the whole file), the louder mix 0.976, wind 0.917.
 */
const MORE_BED_BARS: Readonly<Record<string, Bar>> = {
  'music bed −10 dB: plucked-string arpeggio': { f1: 0.94, medianBoundaryMs: 90 },
};

describe('speech detection over beds of other kinds: another genre, a louder mix, wind (default settings)', () => {
  expectBars(
    MORE_BED_CONDITIONS,
    () => moreBeds,
    (condition) => MORE_BED_BARS[condition.name] ?? HARD_BAR,
  );
});

describe('no condition of the suite gets worse than with the level detector alone (issue 16)', () => {
  [...TEST_CONDITIONS, ...HARD_CONDITIONS].forEach((condition, index) => {
    it(`${condition.name} (${condition.sampleRateHz} Hz, ${condition.channelCount} ch): F1 at least its F1 before the model`, () => {
      const row = [...everyday, ...hard][index]!;
      const before = BEFORE_MODEL[condition.name];
      expect(before, 'every condition has its figure from before the model').toBeDefined();
      // Figures are stored to three decimals.
      expect(row.f1).toBeGreaterThanOrEqual(before!.f1 - 0.0005);
    });
  });
});

/**
 * The condition's file with its first `dropSamples` samples cut off (the hum's phase against the
 * analysis frames moves; the speech keeps its place, labels shifted with it), analysed through the
 * detector directly.
 */
async function analyseShifted(item: BuiltCondition, dropSamples: number): Promise<{ f1: number; medianBoundaryMs: number }> {
  const bytes = await readFileBytes(item.path);
  const blocks = decodeAudioStream([bytes], { fileName: item.path, mixToMono: true });
  let detector: ReturnType<typeof createSpeechDetector> | null = null;
  let rate = 0;
  let skipped = 0;
  const speech: TimeRange[] = [];
  for (;;) {
    const step = await blocks.next();
    if (step.done === true) break;
    rate = step.value.info.sampleRateHz;
    detector ??= createSpeechDetector({ sampleRateHz: rate });
    const mono = step.value.channels[0]!;
    const skip = Math.min(mono.length, dropSamples - skipped);
    skipped += skip;
    if (skip < mono.length) speech.push(...detector.push([mono.slice(skip)]));
  }
  speech.push(...detector!.finish());
  const shiftSeconds = dropSamples / rate;
  const labels = item.labels.map((label) => ({
    startSeconds: label.startSeconds - shiftSeconds,
    endSeconds: label.endSeconds - shiftSeconds,
  }));
  return {
    f1: frameF1(labels, speech, item.durationSeconds - shiftSeconds),
    medianBoundaryMs: median(boundaryErrorsSeconds(labels, speech)) * 1000,
  };
}

/**
 * 60 Hz hum with nothing else under the voice: the suite's 60 Hz condition has pink noise, which
 * hid that the band level's 21 ms window swung 9 dB with the hum's harmonics (the file became one region).
 */
const HUM_60_ALONE = {
  name: 'mains hum 60 Hz + harmonics, −20 dB, nothing else',
  sampleRateHz: 48_000,
  channelCount: 1,
  encoding: '16-bit',
  container: 'wav',
  hum: { fundamentalHz: 60, belowSpeechDb: 20 },
} as const satisfies (typeof TEST_CONDITIONS)[number];

describe('mains hum at any phase against the analysis frames (a 20 ms frame sees one phase of 50 Hz hum all the time)', () => {
  // 0 … 17.5 ms in 2.5 ms steps (as samples at 48 kHz): every phase of 50 Hz hum (and 60 Hz's), against 20 ms frames.
  const shifts = Array.from({ length: 8 }, (_, step) => step * 120);
  for (const name of ['mains hum 50 Hz + harmonics, −20 dB', 'mains hum 60 Hz + harmonics, −20 dB, pink SNR 30 dB', HUM_60_ALONE.name]) {
    it(`${name}: F1 ≥ 0.985 and median boundary error ≤ 50 ms at every phase`, async () => {
      const item =
        name === HUM_60_ALONE.name
          ? (await buildSpeechTestSet(join(CACHE_DIRECTORY, 'hum'), [HUM_60_ALONE]))[0]!
          : (await buildSpeechTestSet(CACHE_DIRECTORY, TEST_CONDITIONS)).find((built) => built.condition.name === name)!;
      const rows = [];
      for (const shift of shifts)
        rows.push({ shift, ...(await analyseShifted(item, Math.round((shift * item.condition.sampleRateHz) / 48_000))) });
      for (const row of rows) {
        expect(row.f1, `F1 with the first ${row.shift / 48} ms cut`).toBeGreaterThanOrEqual(0.985);
        expect(row.medianBoundaryMs, `boundary error with the first ${row.shift / 48} ms cut`).toBeLessThanOrEqual(50);
      }
    });
  }
});
