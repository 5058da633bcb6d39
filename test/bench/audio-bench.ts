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
  /** Analyse this 48 kHz stereo WAV (e.g. one kept from an earlier run) instead of generating one. */
  readonly existingFile?: string;
}

interface AudioBenchFigures {
  readonly fileBytes: number;
  readonly durationSeconds: number;
  readonly ffmpegSilencedetectSeconds: number;
  readonly ffmpegEbur128Seconds: number;
  /** One ffmpeg pass doing both: `-af silencedetect=…,ebur128`. */
  readonly ffmpegBothSeconds: number;
  /** Reading the file's chunks and nothing else: the floor under any analysis of it. */
  readonly readOnlySeconds: number;
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
  const directory = mkdtempSync(join(tmpdir(), 'cliprelay-audio-bench-'));
  try {
    let path = options.existingFile;
    if (path == null) {
      log(`generating a ${options.durationSeconds ?? 3600} s 48 kHz stereo 16-bit WAV in ${directory} …`);
      path = await generateLongVoiceOver(directory, options.durationSeconds ?? 3600);
    } else {
      log(`analysing ${path}`);
    }
    const fileBytes = statSync(path).size;

    const ffmpegSilencedetectSeconds = await timeSeconds(() =>
      run('ffmpeg', ['-nostats', '-v', 'error', '-i', path, '-af', 'silencedetect=noise=-50dB:d=0.3', '-f', 'null', '-']),
    );
    const ffmpegEbur128Seconds = await timeSeconds(() =>
      run('ffmpeg', ['-nostats', '-v', 'error', '-i', path, '-af', 'ebur128', '-f', 'null', '-']),
    );
    const ffmpegBothSeconds = await timeSeconds(() =>
      run('ffmpeg', ['-nostats', '-v', 'error', '-i', path, '-af', 'silencedetect=noise=-50dB:d=0.3,ebur128', '-f', 'null', '-']),
    );
    const readOnlySeconds = await timeSeconds(async () => {
      for await (const chunk of readFileChunks(path, { ringBuffers: 3 })) if (chunk.length === 0) break;
    });

    const speechOnly = await measureAnalysis(path, false);
    const withLoudness = await measureAnalysis(path, true);
    // The file's own length, so a kept file of any length reports right.
    const { durationSeconds } = speechOnly;

    const plan = benchPlanning();
    const figures: AudioBenchFigures = {
      fileBytes,
      durationSeconds,
      ffmpegSilencedetectSeconds,
      ffmpegEbur128Seconds,
      ffmpegBothSeconds,
      readOnlySeconds,
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
  // As the CLI reads (analyze-command): a ring of three reused buffers.
  const analysis = await analyzeAudioStream(readFileChunks(path, { ringBuffers: 3 }), {
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
    durationSeconds: analysis.durationSeconds,
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
  // Goals (issue 16): at most half the comparison's time, i.e. at least 2× faster.
  const row = (name: string, seconds: number, against: { name: string; seconds: number } | null) => {
    if (against == null) return `| ${name} | ${seconds.toFixed(2)} s | ${realtime(seconds)} | — | — |`;
    const ratio = seconds / against.seconds;
    const verdict = ratio <= 0.5 ? 'met' : 'NOT met';
    return `| ${name} | ${seconds.toFixed(2)} s | ${realtime(seconds)} | ${ratio.toFixed(2)}× ${against.name}'s time (${(1 / ratio).toFixed(2)}× faster) | ≥ 2× faster: ${verdict} |`;
  };
  log('');
  log(
    `Audio bench: ${(figures.durationSeconds / 60).toFixed(0)} min 48 kHz stereo 16-bit WAV, ${(figures.fileBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  log('| analysis | wall time | speed | compared with | goal |');
  log('|---|---|---|---|---|');
  log(row('read the file only (the floor)', figures.readOnlySeconds, null));
  log(row('ffmpeg -af silencedetect', figures.ffmpegSilencedetectSeconds, null));
  log(row('ffmpeg -af ebur128', figures.ffmpegEbur128Seconds, null));
  log(row('ffmpeg -af silencedetect,ebur128 (one pass)', figures.ffmpegBothSeconds, null));
  const silencedetect = { name: 'ffmpeg silencedetect', seconds: figures.ffmpegSilencedetectSeconds };
  log(row('ClipRelay speech detection (streamed)', figures.speechOnlySeconds, silencedetect));
  const both = { name: 'ffmpeg silencedetect,ebur128', seconds: figures.ffmpegBothSeconds };
  log(row('ClipRelay speech + BS.1770 loudness (streamed)', figures.speechAndLoudnessSeconds, both));
  log(
    `read-only floor: ${((figures.readOnlySeconds / figures.speechOnlySeconds) * 100).toFixed(0)} % of speech detection's time, ${((figures.readOnlySeconds / figures.speechAndLoudnessSeconds) * 100).toFixed(0)} % of speech + loudness`,
  );
  log(
    `memory growth while streaming: RSS ${figures.peakRssGrowthMiB.toFixed(1)} MiB, JS heap ${figures.peakHeapGrowthMiB.toFixed(1)} MiB (goal < 64 MiB: ${figures.peakRssGrowthMiB < 64 ? 'met' : 'NOT met'})`,
  );
  log(`speech regions found: ${figures.speechRegions}`);
  log(
    `planning 10 000 regions (map to sequence + plan one clip): ${figures.planMilliseconds.toFixed(1)} ms, ${figures.planPoints} keyframes`,
  );
}
