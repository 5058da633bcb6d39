import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAudioStream } from '../../src/audio';
import { boundaryErrorsSeconds, frameF1, median } from '../support/detection-metrics';
import { chunked } from '../support/encode-test-audio';
import { buildSpeechTestSet, HARD_CONDITIONS, readFileBytes, TEST_CONDITIONS, type BuiltCondition } from '../support/speech-test-set';

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

beforeAll(async () => {
  everyday = await measure(await buildSpeechTestSet(CACHE_DIRECTORY, TEST_CONDITIONS));
  hard = await measure(await buildSpeechTestSet(join(CACHE_DIRECTORY, 'hard'), HARD_CONDITIONS));
  console.info(`${table(everyday)}\n${table(hard).split('\n').slice(2).join('\n')}`);
}, 300_000);

describe('speech detection accuracy on a labelled espeak-ng + flite test set (default settings)', () => {
  TEST_CONDITIONS.forEach((condition, index) => {
    it(`${condition.name} (${condition.sampleRateHz} Hz, ${condition.channelCount} ch, ${condition.encoding}): F1 ≥ 0.95, median boundary error ≤ 50 ms`, () => {
      const row = everyday[index]!;
      expect(row.f1).toBeGreaterThanOrEqual(0.95);
      expect(row.medianBoundaryMs).toBeLessThanOrEqual(50);
    });
  });
});

describe('speech detection where energy detectors fail: music beds, whispers, other languages, HVAC (default settings)', () => {
  HARD_CONDITIONS.forEach((condition, index) => {
    it(`${condition.name} (${condition.sampleRateHz} Hz, ${condition.channelCount} ch): F1 ≥ 0.97, median boundary error ≤ 50 ms`, () => {
      const row = hard[index]!;
      expect(row.f1).toBeGreaterThanOrEqual(0.97);
      expect(row.medianBoundaryMs).toBeLessThanOrEqual(50);
    });
  });
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
