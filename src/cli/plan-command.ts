import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AudioAnalysis } from '../audio';
import {
  planClipDucking,
  planTargetGapDepth,
  voiceRegionsFromSpeech,
  type ClipTimeBase,
  type DuckPreset,
  type TargetGapOutcome,
  type TimeRange,
} from '../domain/ducking';
import { bedLoudnessLufs, voiceLoudnessLufs } from '../workflows/target-gap-loudness';
import { analyzeFile, finiteOrNull, roundSeconds } from './analyze-command';
import { EXIT_OK, type CliIo } from './cli-io';
import { assertInputFile } from './assert-input-file';
import { CliUsageError } from './cli-usage-error';
import { resolveCliPreset } from './resolve-cli-preset';

/** One ducked clip in `plan --json`. */
interface PlannedClipResult extends ClipTimeBase {
  readonly depthDb: number;
  readonly outcome: TargetGapOutcome;
  /** Keyframes: sequence time, the same instant in the clip's media, gain relative to the clip's level. */
  readonly points: readonly { readonly timeSeconds: number; readonly mediaSeconds: number; readonly gainDb: number }[];
}

/** The one line `plan --json` prints. */
export interface PlanResult {
  readonly preset: string;
  readonly voiceRegions: readonly (readonly [number, number])[];
  /** Target-gap presets only; null otherwise or when silent. */
  readonly voiceLoudnessLufs: number | null;
  readonly clips: readonly PlannedClipResult[];
}

const CLIP_SYNTAX = '--clip start:end[:inPoint[:speed]] (seconds)';

/**
 * `cliprelay plan --voice a.wav [--voice b.wav] --clip start:end[:inPoint[:speed]] … [--preset ID]
 * [--pack FILE] [--bed FILE] [--json]`: the keyframe plan for ducking each clip under the speech
 * detected in the voice files. Voice files start at sequence time 0. A clip is a span of the
 * sequence to duck; its in point and speed place the keyframes in its media time. Target-gap
 * presets measure `--bed` (the audio those clips play) under the speech.
 */
export async function runPlanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv);
  const voices = flags.voice ?? [];
  if (voices.length === 0) throw new CliUsageError('plan: give at least one --voice FILE (WAV or AIFF).');
  const clips = (flags.clip ?? []).map(parseClip);
  if (clips.length === 0) throw new CliUsageError(`plan: give at least one ${CLIP_SYNTAX}.`);
  // Every input is checked before the first one is analysed: a typo in the last --voice costs nothing.
  for (const voice of new Set(voices)) await assertInputFile('plan', `--voice ${voice}`, resolve(io.cwd, voice));
  if (flags.bed != null) await assertInputFile('plan', `--bed ${flags.bed}`, resolve(io.cwd, flags.bed));
  const preset = await resolveCliPreset('plan', flags.preset, flags.pack, io);

  const analyses = new Map<string, AudioAnalysis>();
  for (const voice of voices) if (!analyses.has(voice)) analyses.set(voice, await analyzeFile(voice, preset, io));
  const voiceClips = voices.map((voice) => ({
    mediaPath: voice,
    startSeconds: 0,
    endSeconds: analyses.get(voice)!.durationSeconds,
    inPointSeconds: 0,
    speed: 1,
    disabled: false,
  }));
  const voiceRegions = voiceRegionsFromSpeech(
    [{ muted: false, clips: voiceClips }],
    new Map([...analyses].map(([path, analysis]) => [path, analysis.speech])),
  );

  let voiceLoudness: number | null = null;
  let bed: AudioAnalysis | null = null;
  if (preset.targetGapDb != null) {
    voiceLoudness = voiceLoudnessLufs(
      voiceClips.map((clip) => ({ clip, analysis: analyses.get(clip.mediaPath)!, levelDb: 0 })),
      true,
    );
    if (flags.bed == null)
      io.stderr.write(
        `warning: ${preset.name} has a target gap; without --bed FILE every clip is ducked by the fixed ${preset.depthDb} dB.\n`,
      );
    else bed = await analyzeFile(flags.bed, preset, io);
  }

  const planned = clips.map((clip) => planClip(clip, voiceRegions, preset, voiceLoudness, bed));
  const result: PlanResult = {
    preset: preset.id,
    voiceRegions: voiceRegions.map((range) => [roundSeconds(range.startSeconds), roundSeconds(range.endSeconds)] as const),
    voiceLoudnessLufs: finiteOrNull(voiceLoudness),
    clips: planned,
  };
  io.stdout.write(flags.json === true ? `${JSON.stringify(result)}\n` : describe(result));
  return EXIT_OK;
}

function planClip(
  clip: ClipTimeBase,
  voiceRegions: readonly TimeRange[],
  preset: DuckPreset,
  voiceLoudness: number | null,
  bed: AudioAnalysis | null,
): PlannedClipResult {
  let depthDb = preset.depthDb;
  let outcome: TargetGapOutcome = 'fixed-depth';
  if (voiceLoudness != null && bed != null) {
    const bedLoudness = bedLoudnessLufs({ clip, analysis: bed, levelDb: 0 }, voiceRegions);
    if (bedLoudness != null) ({ depthDb, outcome } = planTargetGapDepth(preset, voiceLoudness, bedLoudness));
  }
  const points = planClipDucking(voiceRegions, clip, { ...preset, depthDb }).map((point) => ({
    timeSeconds: roundSeconds(point.timeSeconds),
    mediaSeconds: roundSeconds(clip.inPointSeconds + (point.timeSeconds - clip.startSeconds) * clip.speed),
    gainDb: Math.round(point.gainDb * 100) / 100 + 0,
  }));
  return { ...clip, depthDb, outcome, points };
}

function parseClip(text: string): ClipTimeBase {
  const parts = text.split(':').map(Number);
  const [startSeconds, endSeconds, inPointSeconds = 0, speed = 1] = parts;
  const valid =
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every(Number.isFinite) &&
    startSeconds! >= 0 &&
    endSeconds! > startSeconds! &&
    inPointSeconds >= 0 &&
    speed !== 0;
  if (!valid) throw new CliUsageError(`plan: ${CLIP_SYNTAX} with end after start and a non-zero speed; got "${text}".`);
  return { startSeconds: startSeconds!, endSeconds: endSeconds!, inPointSeconds, speed };
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        voice: { type: 'string', multiple: true },
        clip: { type: 'string', multiple: true },
        preset: { type: 'string' },
        pack: { type: 'string' },
        bed: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new CliUsageError(`plan: ${error instanceof Error ? error.message : String(error)}. See cliprelay --help.`);
  }
}

function describe(result: PlanResult): string {
  const lines = [
    `preset ${result.preset}; ${result.voiceRegions.length} voice region${result.voiceRegions.length === 1 ? '' : 's'}${
      result.voiceLoudnessLufs == null ? '' : `, voice ${result.voiceLoudnessLufs.toFixed(1)} LUFS over its speech`
    }`,
  ];
  for (const clip of result.clips) {
    lines.push(
      `clip ${clip.startSeconds}–${clip.endSeconds} s: ${clip.points.length === 0 ? 'no speech over it' : `${clip.depthDb} dB (${clip.outcome}), ${clip.points.length} keyframes`}`,
    );
    for (const point of clip.points)
      lines.push(`  ${point.timeSeconds.toFixed(3)} s (media ${point.mediaSeconds.toFixed(3)} s)  ${point.gainDb.toFixed(1)} dB`);
  }
  return `${lines.join('\n')}\n`;
}
