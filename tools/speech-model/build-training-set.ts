/**
 * Builds the speech/music model's training files and records, for every frame (20 ms, the detector's default), the exact
 * inputs the shipped detector gives its network (so training and use cannot drift apart).
 *
 *   npx rolldown tools/speech-model/build-training-set.ts --file test-output/speech-model/build.cjs --format cjs --platform node
 *   node test-output/speech-model/build.cjs
 *   python3 tools/speech-model/bursts.py        # voice-like harmonic bursts (the unit tests' signal) as positives
 *   node test-output/speech-model/build.cjs --dump-only test-output/speech-training-bursts
 *   python3 tools/speech-model/train.py 32 24000 test-output/speech-model/model.pkl
 *   python3 tools/speech-model/export.py test-output/speech-model/model.pkl src/audio/speech-model-weights.ts
 *
 * Every file is built with other seeds than the accuracy suite's (test/audio/speech-detection-accuracy.test.ts),
 * which the model never sees; train.py only reports on the suite's files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeAudioStream } from '../../src/audio';
import type { AudioStreamInfo } from '../../src/audio/audio-stream-info';
import { createSpeechDetector, type SpeechDetector } from '../../src/audio/speech-detector';
import { buildSpeechTestSet, HARD_CONDITIONS, MORE_BED_CONDITIONS, TEST_CONDITIONS } from '../../test/support/speech-test-set';

type Condition = (typeof TEST_CONDITIONS)[number];

/** Every condition of both sets with other levels, tempi and SNRs. */
function trainingConditions(): Condition[] {
  const tempi = [88, 96, 112, 126, 138];
  const levels = [6, 8, 12, 14, 16];
  return [...TEST_CONDITIONS, ...HARD_CONDITIONS].map((condition, index) => {
    const bed = condition.bed;
    if (bed?.kind === 'music')
      return { ...condition, bed: { ...bed, tempoBpm: tempi[index % tempi.length]!, belowSpeechDb: levels[index % levels.length]! } };
    if (bed?.kind === 'hvac') return { ...condition, bed: { ...bed, snrDb: 10 + (index % 3) * 5 } };
    return condition;
  });
}

/** More music beds: each bed kind at four tempi and levels, three draws. */
function moreMusic(): { condition: Condition; seed: number }[] {
  const music = trainingConditions().filter((condition) => condition.bed?.kind === 'music');
  return [2000, 2100, 2200].flatMap((seed, k) =>
    music.map((condition, i) => ({
      condition: {
        ...condition,
        bed: { ...condition.bed!, tempoBpm: [84, 100, 118, 140][(i + k) % 4]!, belowSpeechDb: [7, 9, 11, 13][(i + 2 * k) % 4]! },
      } as Condition,
      seed,
    })),
  );
}

/**
 * Other genres and wind (MORE_BED_CONDITIONS' kinds, other draws): plucked arpeggios, synth bass with
 * electronic drums, each alone and with the piano chords or pads, and wind at three SNRs; levels
 * 4–14 dB under the voice.
 */
function otherBeds(): { condition: Condition; seed: number }[] {
  const base = MORE_BED_CONDITIONS[0]!;
  const music = (name: string, parts: Record<string, boolean>, tempoBpm: number, belowSpeechDb: number): Condition => ({
    ...base,
    name,
    bed: { kind: 'music', chords: false, pads: false, drums: false, ...parts, tempoBpm, belowSpeechDb },
  });
  const kinds: [string, Record<string, boolean>][] = [
    ['plucks', { plucks: true }],
    ['plucks + pads', { plucks: true, pads: true }],
    ['plucks + drums', { plucks: true, drums: true }],
    ['synth bass + electronic drums', { synthBass: true, fourOnTheFloor: true }],
    ['synth bass + electronic drums + pads', { synthBass: true, fourOnTheFloor: true, pads: true }],
    ['electronic drums + chords', { fourOnTheFloor: true, chords: true }],
    ['synth bass + plucks', { synthBass: true, plucks: true }],
  ];
  const conditions = [3000, 3100].flatMap((seed, k) =>
    kinds.map(([name, parts], i) => ({
      condition: {
        ...music(name, parts, [90, 108, 124, 132][(i + k) % 4]!, [4, 8, 11, 14][(i + 3 * k) % 4]!),
        sampleRateHz: (i + k) % 2 === 0 ? 48_000 : 44_100,
      } as Condition,
      seed,
    })),
  );
  const wind = [8, 12, 18].map((snrDb, i) => ({
    condition: { ...base, name: 'wind', bed: { kind: 'wind', snrDb } } as Condition,
    seed: 3200 + i,
  }));
  return [...conditions, ...wind];
}

/**
 * The network's input for every frame of an audio file (the model run on every frame, not only the
 * loud ones), recorded through the detector's own seam (`onModelInput`), fed as analyzeAudioStream
 * feeds it when it measures speech alone.
 */
async function modelInputs(bytes: Uint8Array, fileName: string): Promise<Float64Array[]> {
  const rows: Float64Array[] = [];
  const blocks = decodeAudioStream([bytes], { fileName, mixToMono: true, reuseBlocks: true, stereoInt16Words: true });
  let detector: SpeechDetector | null = null;
  const begin = (info: AudioStreamInfo) =>
    createSpeechDetector({ sampleRateHz: info.sampleRateHz, onModelInput: (input) => rows.push(Float64Array.from(input)) });
  for (;;) {
    const step = await blocks.next();
    if (step.done === true) {
      (detector ?? begin(step.value.info)).finish();
      return rows;
    }
    detector ??= begin(step.value.info);
    const words = step.value.stereoInt16;
    if (words != null) detector.pushStereoInt16(words);
    else detector.push(step.value.channels);
  }
}

async function dumpInputs(directory: string): Promise<void> {
  for (const name of readdirSync(directory).filter((file) => file.startsWith('condition-') && file.endsWith('.json'))) {
    const base = name.slice(0, -'.json'.length);
    const audio = readdirSync(directory).find(
      (file) => file.startsWith(`${base}.`) && /\.(wav|aiff|aifc)$/.test(file) && !file.endsWith('.float.wav'),
    );
    if (audio == null) continue;
    const rows = await modelInputs(new Uint8Array(readFileSync(join(directory, audio))), audio);
    const width = rows[0]?.length ?? 0;
    const out = new Float32Array(rows.length * width);
    rows.forEach((row, index) => out.set(row, index * width));
    writeFileSync(join(directory, `${base}.inputs.bin`), out);
  }
}

async function main(): Promise<void> {
  const dumpOnly = process.argv.indexOf('--dump-only');
  if (dumpOnly !== -1) return dumpInputs(process.argv[dumpOnly + 1]!);
  await buildSpeechTestSet('test-output/speech-training-set', trainingConditions(), 1000);
  await buildSpeechTestSet(
    'test-output/speech-training-set-music',
    trainingConditions().filter((condition) => condition.bed != null),
    1500,
  );
  for (const [index, { condition, seed }] of moreMusic().entries())
    await buildSpeechTestSet('test-output/speech-training-set-music2', [condition], seed + index);
  for (const [index, { condition, seed }] of otherBeds().entries())
    await buildSpeechTestSet('test-output/speech-training-set-other-beds', [condition], seed + index);
  for (const directory of [
    'speech-training-set',
    'speech-training-set-music',
    'speech-training-set-music2',
    'speech-training-set-other-beds',
    'speech-test-set',
    'speech-test-set/hard',
    'speech-test-set/low-level',
    'speech-test-set/more-beds',
  ])
    // The accuracy suite's folders exist once it has run (it builds them).
    if (existsSync(join('test-output', directory))) await dumpInputs(join('test-output', directory));
}

void main();
