import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { analyzeAudioStream } from '../../src/audio';
import { mergeRanges, planClipDucking, voiceRegionsFromSpeech, type TimeRange } from '../../src/domain/ducking';
import { builtinPreset } from '../support/builtin-preset';
import { readFileChunks } from '../../src/platform/node/read-file-chunks';

const run = promisify(execFile);

interface AudioBenchOptions {
  /** Length of the generated test file. @default 3600 (one hour) */
  readonly durationSeconds?: number;
  /** @default console.log */
  readonly log?: (line: string) => void;
}

interface AudioBenchFigures {
  readonly fileBytes: number;
  readonly durationSeconds: number;
  readonly ffmpegSilencedetectSeconds: number;
  readonly ffmpegEbur128Seconds: number;
  readonly speechOnlySeconds: number;
  readonly speechAndLoudnessSeconds: number;
  readonly peakRssGrowthMiB: number;
  readonly peakHeapGrowthMiB: number;
  readonly speechRegions: number;
  readonly planRegions: number;
  readonly planMilliseconds: number;
  readonly planPoints: number;
}

/**
 * Analysis of a long 48 kHz stereo WAV (one hour by default, generated with espeak-ng and sox into
 * a temp folder) against the tools a user would reach for instead, in the same run on the same file:
 * `ffmpeg -af silencedetect` (speech/silence) and `ffmpeg -af ebur128` (loudness). Then planning
 * over 10 000 voice regions. Prints a table; speed is measured here and never asserted in tests.
 */
export async function runAudioBench(options: AudioBenchOptions = {}): Promise<AudioBenchFigures> {
  const log = options.log ?? ((line: string) => console.log(line));
  const durationSeconds = options.durationSeconds ?? 3600;
  const directory = mkdtempSync(join(tmpdir(), 'cliprelay-audio-bench-'));
  try {
    log(`generating a ${durationSeconds} s 48 kHz stereo 16-bit WAV in ${directory} …`);
    const path = await generateLongVoiceOver(directory, durationSeconds);
    const fileBytes = statSync(path).size;

    const ffmpegSilencedetectSeconds = await timeSeconds(() =>
      run('ffmpeg', ['-nostats', '-v', 'error', '-i', path, '-af', 'silencedetect=noise=-50dB:d=0.3', '-f', 'null', '-']),
    );
    const ffmpegEbur128Seconds = await timeSeconds(() =>
      run('ffmpeg', ['-nostats', '-v', 'error', '-i', path, '-af', 'ebur128', '-f', 'null', '-']),
    );

    const speechOnly = await measureAnalysis(path, false);
    const withLoudness = await measureAnalysis(path, true);

    const plan = benchPlanning();
    const figures: AudioBenchFigures = {
      fileBytes,
      durationSeconds,
      ffmpegSilencedetectSeconds,
      ffmpegEbur128Seconds,
      speechOnlySeconds: speechOnly.seconds,
      speechAndLoudnessSeconds: withLoudness.seconds,
      peakRssGrowthMiB: Math.max(speechOnly.peakRssGrowthMiB, withLoudness.peakRssGrowthMiB),
      peakHeapGrowthMiB: Math.max(speechOnly.peakHeapGrowthMiB, withLoudness.peakHeapGrowthMiB),
      speechRegions: withLoudness.regions,
      ...plan,
    };
    printFigures(figures, log);
    return figures;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** About a minute of speech with pauses and room tone, repeated to the length asked for. */
async function generateLongVoiceOver(directory: string, durationSeconds: number): Promise<string> {
  const lines = [
    'Welcome back to the programme.',
    'Tonight we look at how cities plan for floods.',
    'Engineers have been testing new barriers along the river.',
    'The results surprised almost everyone involved.',
    'We will be right back after this short break.',
  ];
  const parts: string[] = [];
  for (const [index, line] of lines.entries()) {
    const speech = join(directory, `line-${index}.wav`);
    await run('espeak-ng', ['-v', index % 2 === 0 ? 'en-us' : 'en-gb+f3', '-w', speech, line]);
    const pause = join(directory, `pause-${index}.wav`);
    await run('sox', ['-n', '-r', '22050', '-c', '1', pause, 'trim', '0', String(0.8 + index * 0.4)]);
    parts.push(speech, pause);
  }
  const block = join(directory, 'block.wav');
  await run('sox', [...parts, '-r', '48000', '-c', '2', '-b', '16', block]);
  const tone = join(directory, 'tone.wav');
  const { stdout } = await run('soxi', ['-D', block]);
  await run('sox', ['-R', '-n', '-r', '48000', '-c', '2', '-b', '16', tone, 'synth', stdout.trim(), 'pinknoise', 'gain', '-60']);
  const mixed = join(directory, 'mixed.wav');
  await run('sox', ['-R', '-m', block, tone, mixed]);
  const path = join(directory, 'voice-over.wav');
  const repeats = Math.ceil(durationSeconds / Number(stdout.trim()));
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-stream_loop',
    String(repeats - 1),
    '-i',
    mixed,
    '-t',
    String(durationSeconds),
    '-c:a',
    'pcm_s16le',
    path,
  ]);
  return path;
}

async function measureAnalysis(path: string, measureLoudness: boolean) {
  (globalThis as { gc?: () => void }).gc?.();
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;
  let peakRss = baseRss;
  let peakHeap = baseHeap;
  let samples = 0;
  const started = performance.now();
  const analysis = await analyzeAudioStream(readFileChunks(path), {
    fileName: 'voice-over.wav',
    measureLoudness,
    onProgress: () => {
      // Sampling memory every block would cost more than the work; every 16th is plenty.
      if (samples++ % 16 !== 0) return;
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    regions: analysis.speech.length,
    peakRssGrowthMiB: (peakRss - baseRss) / 2 ** 20,
    peakHeapGrowthMiB: (peakHeap - baseHeap) / 2 ** 20,
  };
}

/** 10 000 speech regions over an hour, mapped from media to sequence and planned on one long clip. */
function benchPlanning() {
  const regions: TimeRange[] = [];
  for (let index = 0; index < 10_000; index++) {
    const start = index * 0.36;
    regions.push({ startSeconds: start, endSeconds: start + 0.2 + (index % 7) * 0.01 });
  }
  const preset = { ...builtinPreset('standard'), holdSeconds: 0, attackSeconds: 0.05, releaseSeconds: 0.05 };
  const started = performance.now();
  let points = 0;
  const rounds = 20;
  for (let round = 0; round < rounds; round++) {
    const mapped = voiceRegionsFromSpeech(
      [{ muted: false, clips: [{ mediaPath: 'vo.wav', startSeconds: 0, endSeconds: 3600, inPointSeconds: 0, speed: 1, disabled: false }] }],
      new Map([['vo.wav', regions]]),
    );
    points = planClipDucking(mapped, { startSeconds: 0, endSeconds: 3600 }, preset).length;
  }
  return { planRegions: mergeRanges(regions).length, planMilliseconds: (performance.now() - started) / rounds, planPoints: points };
}

async function timeSeconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function printFigures(figures: AudioBenchFigures, log: (line: string) => void): void {
  const realtime = (seconds: number) => `${(figures.durationSeconds / seconds).toFixed(0)}× realtime`;
  const row = (name: string, seconds: number, against: number | null) =>
    `| ${name} | ${seconds.toFixed(2)} s | ${realtime(seconds)} | ${against == null ? '—' : `${(seconds / against).toFixed(2)}× ffmpeg's time`} |`;
  log('');
  log(
    `Audio bench: ${(figures.durationSeconds / 60).toFixed(0)} min 48 kHz stereo 16-bit WAV, ${(figures.fileBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  log('| analysis | wall time | speed | ratio |');
  log('|---|---|---|---|');
  log(row('ffmpeg -af silencedetect', figures.ffmpegSilencedetectSeconds, null));
  log(row('ffmpeg -af ebur128', figures.ffmpegEbur128Seconds, null));
  log(row('ClipRelay speech detection (streamed)', figures.speechOnlySeconds, figures.ffmpegSilencedetectSeconds));
  log(
    row(
      'ClipRelay speech + BS.1770 loudness (streamed)',
      figures.speechAndLoudnessSeconds,
      figures.ffmpegSilencedetectSeconds + figures.ffmpegEbur128Seconds,
    ),
  );
  log(
    `memory growth while streaming: RSS ${figures.peakRssGrowthMiB.toFixed(1)} MiB, JS heap ${figures.peakHeapGrowthMiB.toFixed(1)} MiB (budget 64 MiB: ${figures.peakRssGrowthMiB < 64 ? 'within' : 'OVER'})`,
  );
  log(`speech regions found: ${figures.speechRegions}`);
  log(
    `planning 10 000 regions (map to sequence + plan one clip): ${figures.planMilliseconds.toFixed(1)} ms, ${figures.planPoints} keyframes`,
  );
}
