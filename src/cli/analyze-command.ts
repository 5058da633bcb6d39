import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { analyzeAudioStream, blockPowersOverRanges, loudnessOverRanges, type AudioAnalysis } from '../audio';
import type { DuckPreset } from '../domain/ducking';
import { readFileChunks } from '../platform/node/read-file-chunks';
import { EXIT_OK, type CliIo } from './cli-io';
import { assertInputFile } from './assert-input-file';
import { CliUsageError } from './cli-usage-error';
import { resolveCliPreset } from './resolve-cli-preset';

/**
 * The one line `analyze --json` prints. Times in seconds (ms precision), loudness in LUFS (null =
 * silence, or less than one 400 ms gating block to measure).
 */
export interface AnalyzeResult {
  readonly file: string;
  readonly sampleRateHz: number;
  readonly channelCount: number;
  readonly durationSeconds: number;
  readonly integratedLufs: number | null;
  /** Loudness of the speech regions only: what a target-gap preset compares the bed with. */
  readonly speechLufs: number | null;
  readonly speech: readonly (readonly [number, number])[];
  /** The file ended before the samples its header announced (a cut-off recording); what was there was analysed. */
  readonly truncated: boolean;
  /** Float samples that were NaN or infinite, read as silence (a damaged or badly rendered file). */
  readonly nonFiniteSamples: number;
  /** The stereo channels cancel when mixed (one is polarity-inverted): speech was found in their difference. */
  readonly channelsOpposed: boolean;
}

/**
 * `cliprelay analyze FILE [--json] [--preset ID] [--pack FILE]`: speech regions (detected with the
 * preset's detection settings) and BS.1770 integrated loudness of a WAV/AIFF voice recording.
 */
export async function runAnalyzeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values: flags, positionals } = parseFlags(argv);
  if (positionals.length !== 1) throw new CliUsageError('analyze: give exactly one audio file, e.g. cliprelay analyze voice.wav --json.');
  const file = positionals[0]!;
  await assertInputFile('analyze', `the audio file ${file}`, resolve(io.cwd, file));
  const preset = await resolveCliPreset('analyze', flags.preset, flags.pack, io);
  const analysis = await analyzeFile(file, preset, io);
  const result = toResult(file, analysis);
  if (flags.json === true) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return EXIT_OK;
  }
  io.stdout.write(describe(result, analysis));
  return EXIT_OK;
}

/** Files shorter than this finish before progress would help; no progress lines for them. */
const PROGRESS_MIN_SECONDS = 60;

/** Reads and analyses one file, reporting progress on stderr every 10 % for long files. Shared with `plan`. */
export async function analyzeFile(file: string, preset: DuckPreset, io: CliIo): Promise<AudioAnalysis> {
  const path = resolve(io.cwd, file);
  let lastStep = 0;
  // Analysis is done with each chunk before it reads two ahead: a ring of three buffers is safe and saves fresh memory per chunk.
  return analyzeAudioStream(readFileChunks(path, { signal: io.signal, ringBuffers: 3 }), {
    fileName: basename(file),
    detection: preset.detection,
    signal: io.signal,
    onProgress: ({ fraction, decodedSeconds }) => {
      if (fraction == null || fraction === 0 || decodedSeconds / fraction < PROGRESS_MIN_SECONDS) return;
      const step = Math.floor(fraction * 10);
      if (step === lastStep || step === 10) return;
      lastStep = step;
      const line =
        io.translator?.t('cli.analyze.progress', { file: basename(file), percent: step / 10 }) ??
        `analyzing ${basename(file)} ${step * 10}%`;
      io.stderr.write(`${line}\n`);
    },
  });
}

export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

export function finiteOrNull(value: number | null | undefined, decimals = 2): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, preset: { type: 'string' }, pack: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new CliUsageError(`analyze: ${error instanceof Error ? error.message : String(error)}. See cliprelay --help.`);
  }
}

function toResult(file: string, analysis: AudioAnalysis): AnalyzeResult {
  const loudness = analysis.loudness;
  return {
    file,
    sampleRateHz: analysis.info.sampleRateHz,
    channelCount: analysis.info.channelCount,
    durationSeconds: roundSeconds(analysis.durationSeconds),
    integratedLufs: finiteOrNull(loudness?.integratedLufs),
    speechLufs: loudness == null ? null : finiteOrNull(loudnessOverRanges(loudness, analysis.speech)),
    speech: analysis.speech.map((range) => [roundSeconds(range.startSeconds), roundSeconds(range.endSeconds)] as const),
    truncated: analysis.truncated,
    nonFiniteSamples: analysis.nonFiniteSamples,
    channelsOpposed: analysis.channelsOpposed,
  };
}

function describe(result: AnalyzeResult, analysis: AudioAnalysis): string {
  const { info } = analysis;
  const format = `${info.sampleFormat.validBits}-bit ${info.sampleFormat.kind === 'float' ? 'float' : 'PCM'}`;
  const speechSeconds = analysis.speech.reduce((sum, range) => sum + range.endSeconds - range.startSeconds, 0);
  // BS.1770 measures 400 ms blocks: a shorter file (or speech) has none, which is not silence.
  const blocks = analysis.loudness?.blockPowers;
  const lufs = (value: number | null, blockCount: number) =>
    value != null ? `${value.toFixed(1)} LUFS` : blockCount === 0 ? 'too short to measure (under 0.4 s)' : 'silent';
  const speechBlocks = blocks == null || analysis.speech.length === 0 ? 1 : blockPowersOverRanges(blocks, analysis.speech).length;
  const notes = [
    analysis.truncated ? 'truncated file' : null,
    analysis.nonFiniteSamples > 0
      ? `${analysis.nonFiniteSamples} sample${analysis.nonFiniteSamples === 1 ? ' was' : 's were'} not a number (NaN or infinite) and read as silence`
      : null,
    analysis.channelsOpposed
      ? 'its channels cancel when mixed to mono (one is polarity-inverted): speech was found in their difference; check the cable or flip one channel'
      : null,
  ].filter((note) => note != null);
  const lines = [
    `${result.file}: ${info.container.toUpperCase()} ${info.sampleRateHz} Hz, ${info.channelCount} ch, ${format}, ${result.durationSeconds.toFixed(2)} s${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
    `integrated loudness: ${lufs(result.integratedLufs, blocks?.length ?? 1)}; speech only: ${lufs(result.speechLufs, speechBlocks)}`,
    `speech: ${result.speech.length} region${result.speech.length === 1 ? '' : 's'}, ${speechSeconds.toFixed(1)} s`,
    ...result.speech.map(([start, end]) => `  ${start.toFixed(3)} – ${end.toFixed(3)}`),
  ];
  return `${lines.join('\n')}\n`;
}
