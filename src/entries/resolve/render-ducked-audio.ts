import { decodeAudioStream } from '../../audio';
import { applyGainEnvelope } from '../../audio/render-gain-envelope';
import { encodeWavBlock, wavHeader } from '../../audio/render-wav-encoder';
import type { GainPoint } from '../../hosts/spec';
import { UnavailableFeatureError } from '../../shared/app-error';

/** A clip's whole sound as samples: one array per channel. */
interface DecodedSound {
  readonly sampleRateHz: number;
  readonly channels: readonly Float32Array[];
}

/** Turns a media file's bytes into samples; null when this runtime cannot decode that format. */
type SoundDecoder = (bytes: Uint8Array, fileName: string) => Promise<DecodedSound | null>;

const RIFF = [0x52, 0x49, 0x46, 0x46];
const FORM = [0x46, 0x4f, 0x52, 0x4d];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** WAV and AIFF in pure TypeScript (src/audio), anywhere. */
export const uncompressedSoundDecoder: SoundDecoder = async (bytes, fileName) => {
  if (!startsWith(bytes, RIFF) && !startsWith(bytes, FORM)) return null;
  const blocks: Float32Array[][] = [];
  let sampleRateHz = 0;
  for await (const block of decodeAudioStream([bytes], { fileName })) {
    sampleRateHz = block.info.sampleRateHz;
    blocks.push(block.channels.map((channel) => channel.slice()));
  }
  const channelCount = blocks[0]?.length ?? 0;
  const channels = Array.from({ length: channelCount }, (_, channel) => {
    const joined = new Float32Array(blocks.reduce((sum, block) => sum + block[channel]!.length, 0));
    let offset = 0;
    for (const block of blocks) {
      joined.set(block[channel]!, offset);
      offset += block[channel]!.length;
    }
    return joined;
  });
  return { sampleRateHz, channels };
};

/**
 * Compressed sound (the providers' MP4s carry AAC) through the page's own Web Audio decoder, where the page
 * has one: Resolve's Electron is Chromium with its media codecs. No Web Audio: null, and the choice is not offered.
 */
export function webAudioSoundDecoder(scope: { OfflineAudioContext?: typeof OfflineAudioContext }): SoundDecoder | null {
  const Context = scope.OfflineAudioContext;
  if (typeof Context !== 'function') return null;
  return async (bytes) => {
    // Decoded at the file's own rate would need to know it first; 48 kHz is what the providers deliver.
    const context = new Context(1, 1, 48_000);
    try {
      const buffer = await context.decodeAudioData(bytes.slice().buffer);
      return {
        sampleRateHz: buffer.sampleRate,
        channels: Array.from({ length: buffer.numberOfChannels }, (_, channel) => buffer.getChannelData(channel)),
      };
    } catch {
      return null;
    }
  };
}

/** Decodes, or says in words why it cannot. */
export type DecodeSound = (bytes: Uint8Array, fileName: string) => Promise<DecodedSound>;

/** Tries each decoder in turn: the pure one for WAV/AIFF first, then the runtime's. */
export function firstSoundDecoder(decoders: readonly (SoundDecoder | null)[]): DecodeSound {
  return async (bytes, fileName) => {
    for (const decoder of decoders) {
      const sound = decoder == null ? null : await decoder(bytes, fileName);
      if (sound != null) return sound;
    }
    throw new UnavailableFeatureError({
      feature: 'renderDuckedAudio',
      message: `ClipRelay cannot decode the sound of ${fileName} here; duck with "Ducked copy of the timeline" instead`,
    });
  };
}

interface DuckedRenderRequest {
  readonly sound: DecodedSound;
  /** Where the clip's used part starts in the file, seconds. */
  readonly fromSeconds: number;
  readonly durationSeconds: number;
  /** Gain points in seconds from the start of the rendered file. */
  readonly points: readonly GainPoint[];
}

/**
 * The clip's used part of its sound with the ducking applied sample by sample (ramps included, as the plan
 * draws them), as a 24-bit WAV exactly `durationSeconds` long: silence pads a sound shorter than its picture.
 */
export function renderDuckedWav(request: DuckedRenderRequest): Uint8Array {
  const { sound } = request;
  const first = Math.round(request.fromSeconds * sound.sampleRateHz);
  const frames = Math.round(request.durationSeconds * sound.sampleRateHz);
  const channels = sound.channels.map((source) => {
    const part = new Float32Array(frames);
    part.set(source.subarray(Math.min(first, source.length), Math.min(first + frames, source.length)));
    return part;
  });
  applyGainEnvelope(
    channels,
    0,
    sound.sampleRateHz,
    request.points.map((point) => ({ timeSeconds: point.timeSeconds, gainDb: point.gainDb })),
  );
  const format = { kind: 'int', bits: 24 } as const;
  const header = wavHeader(format, channels.length, sound.sampleRateHz, frames);
  const body = encodeWavBlock(channels, format);
  const file = new Uint8Array(header.length + body.length);
  file.set(header);
  file.set(body, header.length);
  return file;
}
