import { AudioFormatError } from './audio-format-error';
import type { PcmSampleFormat } from './audio-stream-info';

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_IEEE_FLOAT = 0x0003;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

/** Names for the encodings people actually meet, so the error says what the file is. */
const WAVE_FORMAT_NAMES: Readonly<Record<number, string>> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0050: 'MPEG audio',
  0x0055: 'MP3',
  0x00ff: 'AAC',
  0x0161: 'Windows Media Audio',
  0x0162: 'Windows Media Audio Pro',
  0x1610: 'HE-AAC',
  0x2000: 'AC-3',
  0xf1ac: 'FLAC',
};

/** The tail every KSDATAFORMAT_SUBTYPE_* GUID shares: xxxxxxxx-0000-0010-8000-00aa00389b71. */
const KSDATAFORMAT_TAIL = [0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

export const EXPORT_ADVICE = 'export PCM WAV or AIFF';

/** What a WAV `fmt ` chunk says, validated. */
export interface WavFormat {
  readonly sampleRateHz: number;
  readonly channelCount: number;
  readonly blockAlignBytes: number;
  readonly sampleFormat: PcmSampleFormat;
  readonly channelMask: number | null;
}

/** Parses a `fmt ` chunk body (PCM, IEEE float or WAVE_FORMAT_EXTENSIBLE wrapping either). */
export function parseWavFmtChunk(body: Uint8Array, fileName: string): WavFormat {
  const fail = (problem: string) => new AudioFormatError(fileName, problem);
  if (body.length < 16) throw fail(`the WAVE fmt chunk is ${body.length} bytes, shorter than the 16 it needs; the file is corrupt`);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let formatTag = view.getUint16(0, true);
  const channelCount = view.getUint16(2, true);
  const sampleRateHz = view.getUint32(4, true);
  const blockAlignBytes = view.getUint16(12, true);
  const bitsPerSample = view.getUint16(14, true);
  let validBits = bitsPerSample;
  let channelMask: number | null = null;

  if (formatTag === WAVE_FORMAT_EXTENSIBLE) {
    if (body.length < 40) throw fail('the WAVE_FORMAT_EXTENSIBLE fmt chunk is shorter than 40 bytes; the file is corrupt');
    const statedValidBits = view.getUint16(18, true);
    validBits = statedValidBits === 0 ? bitsPerSample : statedValidBits;
    const mask = view.getUint32(20, true);
    channelMask = mask === 0 ? null : mask;
    if (!KSDATAFORMAT_TAIL.every((byte, index) => body[28 + index] === byte)) {
      throw fail(`WAVE_FORMAT_EXTENSIBLE sub-format ${guidText(body.subarray(24, 40))} is not supported; ${EXPORT_ADVICE}`);
    }
    formatTag = view.getUint16(24, true);
  }

  if (formatTag !== WAVE_FORMAT_PCM && formatTag !== WAVE_FORMAT_IEEE_FLOAT) {
    const name = WAVE_FORMAT_NAMES[formatTag];
    const code = `0x${formatTag.toString(16).padStart(4, '0')}`;
    throw fail(`WAVE format ${code}${name == null ? '' : ` (${name})`} is not supported; ${EXPORT_ADVICE}`);
  }
  checkChannelsAndRate(channelCount, sampleRateHz, fail);
  if (blockAlignBytes === 0 || blockAlignBytes % channelCount !== 0) {
    throw fail(`block align ${blockAlignBytes} does not fit ${channelCount} channels; the file is corrupt`);
  }
  const bytesPerSample = blockAlignBytes / channelCount;

  if (formatTag === WAVE_FORMAT_IEEE_FLOAT) {
    if (bitsPerSample !== 32 && bitsPerSample !== 64) throw fail(`${bitsPerSample}-bit float samples are not supported; ${EXPORT_ADVICE}`);
    if (bytesPerSample !== bitsPerSample / 8)
      throw fail(`block align ${blockAlignBytes} does not match ${bitsPerSample}-bit float samples; the file is corrupt`);
    return {
      sampleRateHz,
      channelCount,
      blockAlignBytes,
      channelMask,
      sampleFormat: { kind: 'float', bytesPerSample, validBits: bitsPerSample, littleEndian: true },
    };
  }
  if (bitsPerSample < 1 || bitsPerSample > 32 || bytesPerSample > 4 || bytesPerSample < Math.ceil(bitsPerSample / 8)) {
    throw fail(`${bitsPerSample}-bit PCM in ${bytesPerSample}-byte samples is not supported; ${EXPORT_ADVICE}`);
  }
  return {
    sampleRateHz,
    channelCount,
    blockAlignBytes,
    channelMask,
    // 8-bit WAV is unsigned; every wider WAV sample is two's complement.
    sampleFormat: {
      kind: bytesPerSample === 1 ? 'uint' : 'int',
      bytesPerSample,
      validBits: Math.min(validBits, bitsPerSample),
      littleEndian: true,
    },
  };
}

/** The 64-bit sizes of an RF64/BW64 `ds64` chunk (EBU Tech 3306 / ITU-R BS.2088). */
export interface Ds64Sizes {
  readonly riffBytes: number;
  readonly dataBytes: number;
  readonly sampleCount: number;
}

export function parseDs64Chunk(body: Uint8Array, fileName: string): Ds64Sizes {
  if (body.length < 24)
    throw new AudioFormatError(fileName, `the ds64 chunk is ${body.length} bytes, shorter than the 24 it needs; the file is corrupt`);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  return { riffBytes: readUint64(view, 0), dataBytes: readUint64(view, 8), sampleCount: readUint64(view, 16) };
}

/** Little-endian unsigned 64-bit as a number: exact below 2^53 bytes (8 PiB), which is every real file. */
function readUint64(view: DataView, offset: number): number {
  return view.getUint32(offset + 4, true) * 2 ** 32 + view.getUint32(offset, true);
}

export function checkChannelsAndRate(channelCount: number, sampleRateHz: number, fail: (problem: string) => Error): void {
  if (channelCount < 1) throw fail('the header declares no channels; the file is corrupt');
  // 8 kHz telephone audio to 768 kHz high-resolution masters; anything outside is a broken header.
  if (!(sampleRateHz >= 1000 && sampleRateHz <= 1_000_000))
    throw fail(`sample rate ${sampleRateHz} Hz is out of range; the file is corrupt`);
}

function guidText(bytes: Uint8Array): string {
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0'));
  const le = (from: number, to: number) => hex.slice(from, to).reverse().join('');
  return `${le(0, 4)}-${le(4, 6)}-${le(6, 8)}-${hex.slice(8, 10).join('')}-${hex.slice(10).join('')}`;
}
