import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAudioStream } from '../../src/audio';
import { boundaryErrorsSeconds, frameF1, median } from '../support/detection-metrics';
import { chunked } from '../support/encode-test-audio';
import { buildSpeechTestSet, HARD_CONDITIONS, readFileBytes, TEST_CONDITIONS, type BuiltCondition } from '../support/speech-test-set';

interface Row {
  readonly label: string;
  readonly f1: number;
  readonly medianBoundaryMs: number;
  readonly utterances: number;
  readonly regions: number;
}

/** Built once and reused between runs (gitignored): synthesis is deterministic, files are named by their recipe. */
const CACHE_DIRECTORY = join(process.cwd(), 'test-output', 'speech-test-set');

async function measure(built: readonly BuiltCondition[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const item of built) {
    const bytes = await readFileBytes(item.path);
    const analysis = await analyzeAudioStream(chunked(bytes, [65_536]), { fileName: item.path, measureLoudness: false });
    const { condition } = item;
    rows.push({
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
    '| condition | F1 (10 ms frames) | median boundary error | utterances / regions found |',
    '|---|---|---|---|',
    ...rows.map(
      (row) => `| ${row.label} | ${row.f1.toFixed(3)} | ${row.medianBoundaryMs.toFixed(0)} ms | ${row.utterances} / ${row.regions} |`,
    ),
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
