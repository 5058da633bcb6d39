import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAudioStream } from '../../src/audio';
import { boundaryErrorsSeconds, frameF1, median } from '../support/detection-metrics';
import { chunked } from '../support/encode-test-audio';
import { buildSpeechTestSet, readFileBytes, TEST_CONDITIONS, type BuiltCondition } from '../support/speech-test-set';

interface Row {
  readonly label: string;
  readonly f1: number;
  readonly medianBoundaryMs: number;
  readonly utterances: number;
  readonly regions: number;
}

let directory: string;
let built: BuiltCondition[];
const rows: Row[] = [];

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-speech-set-'));
  built = await buildSpeechTestSet(directory);
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
  console.info(
    [
      '| condition | F1 (10 ms frames) | median boundary error | utterances / regions found |',
      '|---|---|---|---|',
      ...rows.map(
        (row) => `| ${row.label} | ${row.f1.toFixed(3)} | ${row.medianBoundaryMs.toFixed(0)} ms | ${row.utterances} / ${row.regions} |`,
      ),
    ].join('\n'),
  );
}, 120_000);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('speech detection accuracy on a labelled espeak-ng + flite test set (default settings)', () => {
  TEST_CONDITIONS.forEach((condition, index) => {
    it(`${condition.name} (${condition.sampleRateHz} Hz, ${condition.channelCount} ch, ${condition.encoding}): F1 ≥ 0.95, median boundary error ≤ 50 ms`, () => {
      const row = rows[index]!;
      expect(row.f1).toBeGreaterThanOrEqual(0.95);
      expect(row.medianBoundaryMs).toBeLessThanOrEqual(50);
    });
  });
});
