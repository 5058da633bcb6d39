import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { decodeAudioStream } from '../audio';
import { applyGainEnvelope } from '../audio/render-gain-envelope';
import { encodeWavBlock, wavHeader, type RenderSampleFormat } from '../audio/render-wav-encoder';
import type { AudioStreamInfo } from '../audio/audio-stream-info';
import { planClipDucking, voiceRegionsFromSpeech, type DuckPreset } from '../domain/ducking';
import { decodeWithFfmpeg } from '../platform/node/ffmpeg-decode';
import { readFileChunks } from '../platform/node/read-file-chunks';
import { analyzeFile, roundSeconds } from './analyze-command';
import { assertInputFile } from './assert-input-file';
import { EXIT_OK, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';

interface DuckRenderRequest {
  readonly out: string;
  readonly bed: string | undefined;
  readonly voices: readonly string[];
  /** Write 32-bit float whatever the bed's format. */
  readonly float: boolean;
  readonly json: boolean;
  readonly preset: DuckPreset;
}

/** The one line `duck --render … --json` prints. */
export interface DuckRenderResult {
  readonly out: string;
  readonly bed: string;
  readonly sampleRateHz: number;
  readonly channelCount: number;
  readonly sampleFormat: string;
  readonly durationSeconds: number;
  readonly voiceRegions: readonly (readonly [number, number])[];
  /** The envelope applied: seconds from the bed's start, dB. */
  readonly points: readonly { readonly timeSeconds: number; readonly gainDb: number }[];
}

/**
 * `duck --render OUT.wav --bed FILE --voice FILE…`: the bed with the ducking envelope applied sample by
 * sample (voice files and bed all start at 0). WAV/AIFF beds are streamed as they are and written in
 * their own bit depth (or float with --float); anything else (AAC in MP4 from a provider) goes through
 * ffmpeg to float first, when it is installed.
 */
export async function runDuckRender(request: DuckRenderRequest, io: CliIo): Promise<number> {
  const { preset } = request;
  if (request.bed == null) throw new CliUsageError('duck: --render needs --bed FILE (the audio to lower).');
  if (request.voices.length === 0) throw new CliUsageError('duck: --render needs at least one --voice FILE (WAV or AIFF).');
  for (const voice of new Set(request.voices)) await assertInputFile('duck', `--voice ${voice}`, resolve(io.cwd, voice));
  const bedPath = resolve(io.cwd, request.bed);
  await assertInputFile('duck', `--bed ${request.bed}`, bedPath);
  const outPath = resolve(io.cwd, request.out);
  if (outPath === bedPath) throw new CliUsageError('duck: --render would overwrite the bed; write to a new file.');

  const analyses = new Map<string, Awaited<ReturnType<typeof analyzeFile>>>();
  for (const voice of request.voices) if (!analyses.has(voice)) analyses.set(voice, await analyzeFile(voice, preset, io));
  const voiceRegions = voiceRegionsFromSpeech(
    [
      {
        muted: false,
        clips: [...analyses].map(([path, analysis]) => ({
          mediaPath: path,
          startSeconds: 0,
          endSeconds: analysis.durationSeconds,
          inPointSeconds: 0,
          speed: 1,
          disabled: false,
        })),
      },
    ],
    new Map([...analyses].map(([path, analysis]) => [path, analysis.speech])),
  );
  const points = planClipDucking(voiceRegions, { startSeconds: 0, endSeconds: Number.POSITIVE_INFINITY }, preset);

  const scratch = (await isWavOrAiff(bedPath)) ? null : await mkdtemp(join(tmpdir(), 'cliprelay-render-'));
  try {
    const source = scratch == null ? bedPath : join(scratch, 'bed.wav');
    if (scratch != null) await decodeWithFfmpeg(bedPath, source, basename(request.bed));
    const written = await renderFile(source, outPath, points, request.float || scratch != null, basename(request.bed), io);
    const result: DuckRenderResult = {
      out: request.out,
      bed: request.bed,
      sampleRateHz: written.info.sampleRateHz,
      channelCount: written.info.channelCount,
      sampleFormat: `${written.format.kind}${written.format.bits}`,
      durationSeconds: roundSeconds(written.frames / written.info.sampleRateHz),
      voiceRegions: voiceRegions.map((range) => [roundSeconds(range.startSeconds), roundSeconds(range.endSeconds)] as const),
      points: points.map((point) => ({ timeSeconds: roundSeconds(point.timeSeconds), gainDb: Math.round(point.gainDb * 100) / 100 + 0 })),
    };
    io.stdout.write(
      request.json
        ? `${JSON.stringify(result)}\n`
        : `${request.out}: ${result.durationSeconds} s, ${result.sampleFormat}, ducked ${preset.depthDb} dB under ${voiceRegions.length} voice region${voiceRegions.length === 1 ? '' : 's'}\n`,
    );
    return EXIT_OK;
  } finally {
    if (scratch != null) await rm(scratch, { recursive: true, force: true });
  }
}

async function isWavOrAiff(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(12);
    await handle.read(head, 0, 12, 0);
    const tag = String.fromCharCode(...head.subarray(0, 4));
    return tag === 'RIFF' || tag === 'RF64' || tag === 'FORM';
  } finally {
    await handle.close();
  }
}

/** The bed's own format where the encoder can write it (16/24/32-bit PCM, 32-bit float), else float. */
function outputFormat(info: AudioStreamInfo, float: boolean): RenderSampleFormat {
  const { kind, bytesPerSample } = info.sampleFormat;
  if (float || kind !== 'int' || ![2, 3, 4].includes(bytesPerSample)) return { kind: 'float', bits: 32 };
  return { kind: 'int', bits: (bytesPerSample * 8) as 16 | 24 | 32 };
}

async function renderFile(
  source: string,
  outPath: string,
  points: readonly { readonly timeSeconds: number; readonly gainDb: number }[],
  float: boolean,
  fileName: string,
  io: CliIo,
): Promise<{ info: AudioStreamInfo; format: RenderSampleFormat; frames: number }> {
  const out = await open(outPath, 'w');
  try {
    let info: AudioStreamInfo | null = null;
    let format: RenderSampleFormat = { kind: 'float', bits: 32 };
    let frames = 0;
    let position = 44;
    const blocks = decodeAudioStream(readFileChunks(source, { signal: io.signal }), { fileName });
    for await (const block of blocks) {
      if (info == null) {
        info = block.info;
        format = outputFormat(info, float);
      }
      const channels = block.channels.map((channel) => Float32Array.from(channel));
      applyGainEnvelope(channels, block.startFrame, info.sampleRateHz, points);
      const bytes = encodeWavBlock(channels, format);
      await out.write(bytes, 0, bytes.length, position);
      position += bytes.length;
      frames += channels[0]?.length ?? 0;
    }
    if (info == null) throw new CliUsageError(`duck: ${fileName} has no audio samples.`);
    const header = wavHeader(format, info.channelCount, info.sampleRateHz, frames);
    await out.write(header, 0, header.length, 0);
    return { info, format, frames };
  } finally {
    await out.close();
  }
}
