import { AudioFormatError } from './audio-format-error';
import type { PcmSampleFormat } from './audio-stream-info';
import { checkChannelsAndRate, EXPORT_ADVICE } from './wav-format';
import { readExtendedFloat80 } from './extended-float';

/** What an AIFF or AIFF-C `COMM` chunk says, validated. */
export interface AiffFormat {
  readonly sampleRateHz: number;
  readonly channelCount: number;
  readonly totalFrames: number;
  readonly sampleFormat: PcmSampleFormat;
}

/** AIFF-C compression types that are plain PCM or float, by their four-character code. */
const PCM_COMPRESSION: Readonly<Record<string, { kind: PcmSampleFormat['kind']; littleEndian: boolean; bytes?: number }>> = {
  NONE: { kind: 'int', littleEndian: false },
  twos: { kind: 'int', littleEndian: false },
  sowt: { kind: 'int', littleEndian: true },
  in24: { kind: 'int', littleEndian: false, bytes: 3 },
  in32: { kind: 'int', littleEndian: false, bytes: 4 },
  '42ni': { kind: 'int', littleEndian: true, bytes: 3 },
  '23ni': { kind: 'int', littleEndian: true, bytes: 4 },
  'raw ': { kind: 'uint', littleEndian: false, bytes: 1 },
  fl32: { kind: 'float', littleEndian: false, bytes: 4 },
  FL32: { kind: 'float', littleEndian: false, bytes: 4 },
  fl64: { kind: 'float', littleEndian: false, bytes: 8 },
  FL64: { kind: 'float', littleEndian: false, bytes: 8 },
};

const COMPRESSION_NAMES: Readonly<Record<string, string>> = {
  ulaw: 'µ-law',
  ULAW: 'µ-law',
  alaw: 'A-law',
  ALAW: 'A-law',
  ima4: 'IMA 4:1 ADPCM',
  MAC3: 'MACE 3:1',
  MAC6: 'MACE 6:1',
  'GSM ': 'GSM',
  sdx2: 'SDX2',
  Qclp: 'QCELP',
};

/** Parses a `COMM` chunk body; `aifc` says whether the compression fields follow. */
export function parseAiffCommChunk(body: Uint8Array, aifc: boolean, fileName: string): AiffFormat {
  const fail = (problem: string) => new AudioFormatError(fileName, problem);
  if (body.length < (aifc ? 22 : 18)) throw fail(`the COMM chunk is ${body.length} bytes, too short; the file is corrupt`);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const channelCount = view.getInt16(0);
  const totalFrames = view.getUint32(2);
  const sampleSizeBits = view.getInt16(6);
  const sampleRateHz = readExtendedFloat80(body, 8);
  checkChannelsAndRate(channelCount, sampleRateHz, fail);

  const compression = aifc ? String.fromCharCode(body[18]!, body[19]!, body[20]!, body[21]!) : 'NONE';
  const pcm = PCM_COMPRESSION[compression];
  if (pcm == null) {
    const name = COMPRESSION_NAMES[compression];
    throw fail(`AIFF-C compression '${compression}'${name == null ? '' : ` (${name})`} is not supported; ${EXPORT_ADVICE}`);
  }
  const bytesPerSample = pcm.bytes ?? Math.ceil(sampleSizeBits / 8);
  if (pcm.kind !== 'float' && (sampleSizeBits < 1 || sampleSizeBits > 32 || bytesPerSample > 4)) {
    throw fail(`${sampleSizeBits}-bit samples are not supported; ${EXPORT_ADVICE}`);
  }
  // 8-bit AIFF is signed, unlike 8-bit WAV; only AIFF-C 'raw ' is unsigned.
  const validBits = pcm.kind === 'float' ? bytesPerSample * 8 : Math.min(sampleSizeBits, bytesPerSample * 8);
  return {
    sampleRateHz,
    channelCount,
    totalFrames,
    sampleFormat: { kind: pcm.kind, bytesPerSample, validBits, littleEndian: pcm.littleEndian },
  };
}
