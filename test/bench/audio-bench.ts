import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { analyzeAudioStream } from '../../src/audio';
import { mergeRanges, planClipDucking, voiceRegionsFromSpeech, type TimeRange } from '../../src/domain/ducking';
import { builtinPreset } from '../support/builtin-preset';
import { readFileChunks } from '../../src/platform/node/read-file-chunks';
import { median } from '../support/detection-metrics';
import { selfTimeProfile } from './self-time-profile';

const run = promisify(execFile);

interface AudioBenchOptions {
  /** Length of the generated test file. @default 3600 (one hour) */
  readonly durationSeconds?: number;
  /** @default console.log */
  readonly log?: (line: string) => void;
  /** Analyse this 48 kHz stereo WAV (e.g. one kept from an earlier run) instead of generating one. */
  readonly existingFile?: string;
}

/** Rounds of every timed step, interleaved so that a burst of load on a shared machine hits each tool alike; medians are reported. */
const ROUNDS = 3;

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
  /**
   * CPU seconds (user + system, every thread) of each, medians: less swayed than wall time by other
   * processes on a loaded machine.
   */
  readonly cpuSeconds: {
    readonly silencedetect: number;
    readonly both: number;
    readonly speechOnly: number;
    readonly speechAndLoudness: number;
  };
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

    const ffmpegEbur128Seconds = await timeSeconds(() =>
      run('ffmpeg', ['-nostats', '-v', 'error', '-i', path, '-af', 'ebur128', '-f', 'null', '-']),
    );
    const rounds: {
      silencedetect: FfmpegRun;
      both: FfmpegRun;
      readOnlySeconds: number;
      speechOnly: Awaited<ReturnType<typeof measureAnalysis>>;
      withLoudness: Awaited<ReturnType<typeof measureAnalysis>>;
    }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const silencedetect = await runFfmpeg(path, 'silencedetect=noise=-50dB:d=0.3');
      const speechOnly = await measureAnalysis(path, false);
      const both = await runFfmpeg(path, 'silencedetect=noise=-50dB:d=0.3,ebur128');
      const withLoudness = await measureAnalysis(path, true);
      const readOnlySeconds = await timeSeconds(async () => {
        for await (const chunk of readFileChunks(path, { ringBuffers: 3 })) if (chunk.length === 0) break;
      });
      rounds.push({ silencedetect, both, readOnlySeconds, speechOnly, withLoudness });
    }
    const med = (pick: (round: (typeof rounds)[number]) => number) => median(rounds.map(pick));
    const speechOnly = rounds[0]!.speechOnly;
    const withLoudness = rounds[0]!.withLoudness;
    const ffmpegSilencedetectSeconds = med((round) => round.silencedetect.wallSeconds);
    const ffmpegBothSeconds = med((round) => round.both.wallSeconds);
    const readOnlySeconds = med((round) => round.readOnlySeconds);
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
      speechOnlySeconds: med((round) => round.speechOnly.seconds),
      speechAndLoudnessSeconds: med((round) => round.withLoudness.seconds),
      cpuSeconds: {
        silencedetect: med((round) => round.silencedetect.cpuSeconds),
        both: med((round) => round.both.cpuSeconds),
        speechOnly: med((round) => round.speechOnly.cpuSeconds),
        speechAndLoudness: med((round) => round.withLoudness.cpuSeconds),
      },
      peakRssGrowthMiB: Math.max(
        ...rounds.map((round) => Math.max(round.speechOnly.peakRssGrowthMiB, round.withLoudness.peakRssGrowthMiB)),
      ),
      peakHeapGrowthMiB: Math.max(
        ...rounds.map((round) => Math.max(round.speechOnly.peakHeapGrowthMiB, round.withLoudness.peakHeapGrowthMiB)),
      ),
      speechRegions: withLoudness.regions,
      ...plan,
    };
    printFigures(figures, log);
    // Where the time goes, after the timed rounds so the profiler slows none of them.
    const profile = await selfTimeProfile(() =>
      analyzeAudioStream(readFileChunks(path, { ringBuffers: 3 }), { fileName: 'voice-over.wav', measureLoudness: true }),
    );
    log(
      `where speech + loudness spends its time (one profiled run, self time): ${profile
        .slice(0, 10)
        .map(({ name, milliseconds, share }) => `${name} ${milliseconds.toFixed(0)} ms (${(share * 100).toFixed(0)} %)`)
        .join(', ')}`,
    );
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
  const cpuBefore = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
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

interface FfmpegRun {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

/**
 * One `ffmpeg -af FILTERS` pass over the file, timed, with its CPU time from the shell's `times`
 * (children's user and system time): ffmpeg's own `-benchmark` line needs info-level logging, which
 * would slow ffmpeg down with a line per silence and per loudness frame.
 */
async function runFfmpeg(path: string, filters: string): Promise<FfmpegRun> {
  const started = performance.now();
  const { stdout } = await run('sh', [
    '-c',
    '"$@" || exit 1; times',
    'sh',
    'ffmpeg',
    ...['-nostats', '-v', 'error', '-i', path, '-af', filters, '-f', 'null', '-'],
  ]);
  const wallSeconds = (performance.now() - started) / 1000;
  // `times` prints the shell's user and system time, then its children's: "0m2.345s 0m0.123s".
  const children = stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]));
  return { wallSeconds, cpuSeconds: seconds.length === 2 ? seconds[0]! + seconds[1]! : NaN };
}

async function timeSeconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function printFigures(figures: AudioBenchFigures, log: (line: string) => void): void {
  const realtime = (seconds: number) => `${(figures.durationSeconds / seconds).toFixed(0)}× realtime`;
  // Goals (issue 16): at most half the comparison's time, i.e. at least 2× faster — in wall time and,
  // since on a loaded machine wall time mostly measures the wait for a core, in CPU time too.
  const row = (
    name: string,
    seconds: number,
    against: { name: string; seconds: number; ourCpuSeconds: number; theirCpuSeconds: number } | null,
  ) => {
    if (against == null) return `| ${name} | ${seconds.toFixed(2)} s | ${realtime(seconds)} | — | — |`;
    const ratio = seconds / against.seconds;
    const cpuSpeedup = against.theirCpuSeconds / against.ourCpuSeconds;
    const verdict = ratio <= 0.5 && cpuSpeedup >= 2 ? 'met' : `NOT met (CPU time ${cpuSpeedup.toFixed(2)}× less)`;
    return `| ${name} | ${seconds.toFixed(2)} s | ${realtime(seconds)} | ${ratio.toFixed(2)}× ${against.name}'s time (${(1 / ratio).toFixed(2)}× faster) | ≥ 2× faster: ${verdict} |`;
  };
  log('');
  log(
    `Audio bench: ${(figures.durationSeconds / 60).toFixed(0)} min 48 kHz stereo 16-bit WAV, ${(figures.fileBytes / 2 ** 20).toFixed(0)} MiB; medians of ${ROUNDS} interleaved rounds (ebur128 alone: one run)`,
  );
  log('| analysis | wall time | speed | compared with | goal |');
  log('|---|---|---|---|---|');
  log(row('read the file only (the floor)', figures.readOnlySeconds, null));
  log(row('ffmpeg -af silencedetect', figures.ffmpegSilencedetectSeconds, null));
  log(row('ffmpeg -af ebur128', figures.ffmpegEbur128Seconds, null));
  log(row('ffmpeg -af silencedetect,ebur128 (one pass)', figures.ffmpegBothSeconds, null));
  const cpu = figures.cpuSeconds;
  const silencedetect = {
    name: 'ffmpeg silencedetect',
    seconds: figures.ffmpegSilencedetectSeconds,
    ourCpuSeconds: cpu.speechOnly,
    theirCpuSeconds: cpu.silencedetect,
  };
  log(row('ClipRelay speech detection (streamed)', figures.speechOnlySeconds, silencedetect));
  const both = {
    name: 'ffmpeg silencedetect,ebur128',
    seconds: figures.ffmpegBothSeconds,
    ourCpuSeconds: cpu.speechAndLoudness,
    theirCpuSeconds: cpu.both,
  };
  log(row('ClipRelay speech + BS.1770 loudness (streamed)', figures.speechAndLoudnessSeconds, both));
  const cpuRatio = (ours: number, theirs: number) =>
    `${ours.toFixed(2)} s against ${theirs.toFixed(2)} s (${(theirs / ours).toFixed(2)}× less)`;
  log(
    `CPU time (user + system): speech detection ${cpuRatio(cpu.speechOnly, cpu.silencedetect)} ffmpeg silencedetect; speech + loudness ${cpuRatio(cpu.speechAndLoudness, cpu.both)} ffmpeg silencedetect,ebur128`,
  );
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
