import { readFile, writeFile, access } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AudioAnalysis } from '../audio';
import type { DuckPreset, TimeRange } from '../domain/ducking';
import { audioTracksOf, type TimelineFormat } from '../interchange/timeline-model';
import { chooseDuckTracks } from '../interchange/choose-duck-tracks';
import { decodeTimelineText } from '../interchange/decode-timeline-text';
import { TimelineFormatError, TimelineNotUnderstoodError, TrackChoiceError } from '../interchange/interchange-error';
import { applyTimelineDuckPlan, planTimelineDucking } from '../interchange/plan-timeline-ducking';
import { readTimeline } from '../interchange/read-timeline';
import { createTimelineDocument } from '../interchange/write-timeline';
import { describeError } from '../shared/app-error';
import { analyzeFile, finiteOrNull, roundSeconds } from './analyze-command';
import { assertInputFile } from './assert-input-file';
import { EXIT_OK, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { runDuckRender } from './duck-command-render';
import { targetGapDepths } from './duck-command-target-gap';
import { resolveCliPreset } from './resolve-cli-preset';

const FORMATS: readonly TimelineFormat[] = ['xmeml', 'fcpxml', 'otio'];
const EXTENSION: Record<TimelineFormat, string> = { xmeml: '.xml', fcpxml: '.fcpxml', otio: '.otio' };

/** The one line `duck --json` prints for a timeline. */
export interface DuckTimelineResult {
  readonly timeline: string;
  readonly out: string;
  readonly format: TimelineFormat;
  readonly preset: string;
  readonly voiceTracks: readonly string[];
  readonly duckTracks: readonly string[];
  readonly voiceSource: 'speech' | 'clip-extents' | 'mixed';
  readonly voiceRegions: readonly (readonly [number, number])[];
  readonly clipsDucked: number;
  /** Target-gap presets: the voice's loudness over its speech; null otherwise. */
  readonly voiceLoudnessLufs: number | null;
  readonly warnings: readonly string[];
}

/**
 * `cliprelay duck --timeline FILE [--voice TRACK…] [--duck TRACK…] [--preset ID] [--pack FILE]
 * [--media-root DIR] [--out FILE] [--to FORMAT] [--json]`: the timeline with Volume keyframes that duck
 * the other tracks under the voice, in the same format (or `--to` another). `--render OUT.wav --bed FILE
 * --voice FILE…` renders the ducked bed instead.
 */
export async function runDuckCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv);
  const preset = await resolveCliPreset('duck', flags.preset, flags.pack, io);
  if (flags.render != null)
    return runDuckRender(
      { out: flags.render, bed: flags.bed, voices: flags.voice ?? [], float: flags.float === true, json: flags.json === true, preset },
      io,
    );
  if (flags.timeline == null)
    throw new CliUsageError('duck: give --timeline FILE (xmeml, FCPXML or OTIO), or --render OUT.wav --bed FILE --voice FILE.');
  const to = flags.to as TimelineFormat | undefined;
  if (to != null && !FORMATS.includes(to)) throw new CliUsageError(`duck: --to must be one of ${FORMATS.join(', ')}; got "${String(to)}".`);
  // Final Cut's "Current" export is a .fcpxmld bundle (a folder) with Info.fcpxml inside.
  const bundle = /\.fcpxmld[\\/]?$/i.test(flags.timeline);
  const timelinePath = bundle ? join(resolve(io.cwd, flags.timeline), 'Info.fcpxml') : resolve(io.cwd, flags.timeline);
  await assertInputFile('duck', `--timeline ${flags.timeline}${bundle ? ' (its Info.fcpxml)' : ''}`, timelinePath);
  const original = decodeTimelineText(await readFile(timelinePath));
  const document = inUsersWords(() => readTimeline(original));
  const { timeline } = document;

  // Speech from the voice clips' media, where it can be found and decoded.
  const choice = inUsersWords(() => chooseDuckTracks(audioTracksOf(timeline), flags.voice ?? [], flags.duck ?? []));
  const warnings: string[] = [];
  const mediaRoot = flags['media-root'] == null ? null : resolve(io.cwd, flags['media-root']);
  const speech = new Map<string, readonly TimeRange[]>();
  const voiceAnalyses = new Map<string, AudioAnalysis>();
  const timelineFolder = dirname(bundle ? dirname(timelinePath) : timelinePath);
  const voicePaths = [
    ...new Set(choice.voice.flatMap((track) => track.clips.filter((clip) => clip.enabled).map((clip) => clip.mediaPath))),
  ];
  let heard = 0;
  // A voice clip whose reference names no file (OTIO's MissingReference, an offline clip) has no speech to find.
  const unlinked = choice.voice.flatMap((track) => track.clips.filter((clip) => clip.enabled && clip.mediaPath == null));
  if (unlinked.length > 0) {
    const names = unlinked
      .slice(0, 3)
      .map((clip) => `"${clip.name}"`)
      .join(', ');
    warnings.push(
      `${unlinked.length === 1 ? 'voice clip' : `${unlinked.length} voice clips`} ${names}${unlinked.length > 3 ? ' …' : ''} ${unlinked.length === 1 ? 'names' : 'name'} no media file (offline or missing in the export); ducking under ${unlinked.length === 1 ? 'its whole clip' : 'their whole clips'} instead.`,
    );
  }
  for (const mediaPath of voicePaths) {
    if (mediaPath == null) continue;
    const found = await findMedia(mediaPath, timelineFolder, mediaRoot);
    if (found == null) {
      warnings.push(
        `voice media ${mediaPath} was not found${mediaRoot == null ? ' (give --media-root DIR)' : ''}; ducking under its whole clip instead.`,
      );
      continue;
    }
    try {
      const analysis = await analyzeFile(found, preset, io);
      voiceAnalyses.set(mediaPath, analysis);
      speech.set(mediaPath, analysis.speech);
      heard++;
    } catch (error) {
      if (io.signal?.aborted === true) throw error;
      warnings.push(`${describeError(error)} — ducking under the whole clip of ${basename(mediaPath)} instead.`);
    }
  }
  const request = { preset, voiceTracks: flags.voice, duckTracks: flags.duck, speechByMediaPath: speech };
  let plan = inUsersWords(() => planTimelineDucking(timeline, request));
  let voiceLoudness: number | null = null;
  if (preset.targetGapDb != null) {
    // Target gap: measure the voice and each ducked bed under it, then plan again with a depth per clip.
    const clipsById = new Map(timeline.tracks.flatMap((track) => track.clips.map((clip) => [clip.id, clip] as const)));
    const voice = choice.voice
      .flatMap((track) => track.clips)
      .flatMap((clip) => {
        const analysis = clip.mediaPath == null ? undefined : voiceAnalyses.get(clip.mediaPath);
        return clip.enabled && analysis != null ? [{ clip, analysis }] : [];
      });
    const analyse = async (mediaPath: string) => {
      const found = await findMedia(mediaPath, timelineFolder, mediaRoot);
      if (found == null) warnings.push(`bed media ${mediaPath} was not found; its clips are ducked by the fixed ${preset.depthDb} dB.`);
      return found == null ? null : analyzeFile(found, preset, io);
    };
    const measured = await targetGapDepths({ preset, plan, voice, clipsById, analyse, warnings, signal: io.signal });
    voiceLoudness = measured.voiceLoudnessLufs;
    const depthDbByClipId = measured.depths;
    plan = planTimelineDucking(timeline, { ...request, depthDbByClipId });
  }
  applyTimelineDuckPlan(document, plan);
  let text = document.serialize();
  const format = to ?? timeline.format;
  if (format !== timeline.format) text = createTimelineDocument(readTimeline(text).timeline, format).serialize();

  const outPath = resolve(io.cwd, flags.out ?? defaultOut(flags.timeline, timeline.format, format));
  if (outPath === timelinePath) throw new CliUsageError('duck: --out is the timeline itself; write the ducked timeline to a new file.');
  await writeFile(outPath, text, 'utf8');

  const allWarnings = [...warnings, ...plan.warnings];
  const result: DuckTimelineResult = {
    timeline: flags.timeline,
    out: flags.out ?? defaultOut(flags.timeline, timeline.format, format),
    format,
    preset: preset.id,
    voiceTracks: plan.voiceTrackIndices.map((index) => `A${index + 1}`),
    duckTracks: plan.duckTrackIndices.map((index) => `A${index + 1}`),
    voiceSource: heard === 0 ? 'clip-extents' : heard === voicePaths.length ? 'speech' : 'mixed',
    voiceRegions: plan.voiceRegions.map((range) => [roundSeconds(range.startSeconds), roundSeconds(range.endSeconds)] as const),
    clipsDucked: plan.envelopes.filter((envelope) => envelope.points.length > 0).length,
    voiceLoudnessLufs: finiteOrNull(voiceLoudness),
    warnings: allWarnings,
  };
  for (const warning of allWarnings) io.stderr.write(`${io.translator?.t('cli.warning', { message: warning }) ?? `warning: ${warning}`}\n`);
  io.stdout.write(flags.json === true ? `${JSON.stringify(result)}\n` : describe(result, preset));
  return EXIT_OK;
}

/** `cut.xml` → `cut.ducked.xml`; with `--to otio`, `cut.ducked.otio`; a `.fcpxmld` bundle → `cut.ducked.fcpxml`. */
function defaultOut(timeline: string, from: TimelineFormat, to: TimelineFormat): string {
  const trimmed = timeline.replace(/[\\/]+$/, '');
  if (/\.fcpxmld$/i.test(trimmed)) return `${trimmed.slice(0, -'.fcpxmld'.length)}.ducked${EXTENSION[to]}`;
  const extension = extname(timeline);
  const stem = timeline.slice(0, timeline.length - extension.length);
  return `${stem}.ducked${from === to && extension !== '' ? extension : EXTENSION[to]}`;
}

/**
 * Where a voice clip's media is on this machine: as written when it exists, else relative to the
 * timeline's folder, else under --media-root (the relative path, then the file name alone): timelines
 * move between machines and only their folder structure comes along.
 */
async function findMedia(mediaPath: string, timelineFolder: string, mediaRoot: string | null): Promise<string | null> {
  const name = mediaPath.split(/[\\/]/).pop() ?? mediaPath;
  const relative = mediaPath.replace(/^[A-Za-z]:/, '').replace(/^[\\/]+/, '');
  const candidates = [
    ...(isAbsolute(mediaPath) ? [mediaPath] : [resolve(timelineFolder, mediaPath)]),
    ...(mediaRoot == null ? [] : [join(mediaRoot, isAbsolute(mediaPath) ? relative : mediaPath), join(mediaRoot, name)]),
  ];
  for (const candidate of candidates) {
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return null;
}

/** Timeline problems are problems with what the command was given: the usage exit code, in the same words. */
function inUsersWords<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TimelineFormatError || error instanceof TimelineNotUnderstoodError || error instanceof TrackChoiceError) {
      throw new CliUsageError(`duck: ${error.message}`);
    }
    throw error;
  }
}

function describe(result: DuckTimelineResult, preset: DuckPreset): string {
  const regions = result.voiceRegions.length;
  return `${result.out}: ${result.format}, ${preset.name}; voice ${result.voiceTracks.join(', ')} (${result.voiceSource === 'speech' ? 'detected speech' : result.voiceSource === 'mixed' ? 'detected speech where readable' : 'whole clips'}), ${regions} region${regions === 1 ? '' : 's'}; ducked ${result.clipsDucked} clip${result.clipsDucked === 1 ? '' : 's'} on ${result.duckTracks.join(', ') || 'no track'}\n`;
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        timeline: { type: 'string' },
        voice: { type: 'string', multiple: true },
        duck: { type: 'string', multiple: true },
        preset: { type: 'string' },
        pack: { type: 'string' },
        'media-root': { type: 'string' },
        out: { type: 'string' },
        to: { type: 'string' },
        render: { type: 'string' },
        bed: { type: 'string' },
        float: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new CliUsageError(`duck: ${error instanceof Error ? error.message : String(error)}. See cliprelay duck --help.`);
  }
}
