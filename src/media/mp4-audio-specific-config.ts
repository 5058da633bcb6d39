import { viewOf, type Mp4Box } from './mp4-box';

/** What an AAC AudioSpecificConfig (ISO 14496-3 §1.6.2.1) says about the stream. */
interface AudioSpecificConfig {
  readonly sampleRate?: number;
  /** 1–6 from channelConfiguration 1–6, 8 for 7; undefined for 0 ("defined in the stream"). */
  readonly channels?: number;
}

const SAMPLING_FREQUENCIES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
const CHANNELS_FOR_CONFIGURATION = [undefined, 1, 2, 3, 4, 5, 6, 8];

/**
 * Reads an `esds` box down to the AudioSpecificConfig. The sample entry's own channel count is
 * unreliable (MP4 muxers write a fixed 2), and this is what ffprobe reports.
 */
export function readEsdsAudioConfig(bytes: Uint8Array, esds: Mp4Box): AudioSpecificConfig | undefined {
  const end = Math.min(esds.end, bytes.length);
  // Full box: 4 bytes version/flags, then the ES_Descriptor.
  let offset = esds.payloadStart + 4;
  const esDescriptor = readDescriptor(bytes, offset, end);
  if (esDescriptor?.tag !== 0x03) return undefined;
  offset = esDescriptor.bodyStart + 2; // ES_ID
  const flags = bytes[offset] ?? 0;
  offset += 1;
  if ((flags & 0x80) !== 0) offset += 2; // dependsOn_ES_ID
  if ((flags & 0x40) !== 0) offset += 1 + (bytes[offset] ?? 0); // URL
  if ((flags & 0x20) !== 0) offset += 2; // OCR_ES_Id

  const decoderConfig = readDescriptor(bytes, offset, end);
  if (decoderConfig?.tag !== 0x04) return undefined;
  // objectTypeIndication(1) streamType(1) bufferSizeDB(3) maxBitrate(4) avgBitrate(4)
  const specificInfo = readDescriptor(bytes, decoderConfig.bodyStart + 13, end);
  if (specificInfo?.tag !== 0x05 || specificInfo.bodyStart + 2 > end) return undefined;
  return readAudioSpecificConfig(bytes, specificInfo.bodyStart, Math.min(end, specificInfo.bodyStart + specificInfo.length));
}

function readAudioSpecificConfig(bytes: Uint8Array, start: number, end: number): AudioSpecificConfig {
  const bits = new BitReader(bytes, start, end);
  let objectType = bits.read(5);
  if (objectType === 31) objectType = 32 + bits.read(6);
  const frequencyIndex = bits.read(4);
  const sampleRate = frequencyIndex === 15 ? bits.read(24) : SAMPLING_FREQUENCIES[frequencyIndex];
  const channelConfiguration = bits.read(4);
  return { sampleRate, channels: CHANNELS_FOR_CONFIGURATION[channelConfiguration] };
}

/** An MPEG-4 descriptor: tag byte, then a length in 1–4 bytes of 7 bits each. */
function readDescriptor(bytes: Uint8Array, offset: number, end: number): { tag: number; bodyStart: number; length: number } | undefined {
  if (offset + 2 > end) return undefined;
  const tag = bytes[offset]!;
  let length = 0;
  let cursor = offset + 1;
  for (let count = 0; count < 4 && cursor < end; count++) {
    const byte = bytes[cursor++]!;
    length = (length << 7) | (byte & 0x7f);
    if ((byte & 0x80) === 0) break;
  }
  return { tag, bodyStart: cursor, length };
}

class BitReader {
  #bitOffset = 0;
  readonly #view: DataView;
  constructor(
    bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.#view = viewOf(bytes);
  }

  /** Reads `count` bits MSB-first; bits past the end read as 0. */
  read(count: number): number {
    let value = 0;
    for (let index = 0; index < count; index++) {
      const byteOffset = this.start + (this.#bitOffset >> 3);
      const byte = byteOffset < this.end ? this.#view.getUint8(byteOffset) : 0;
      value = value * 2 + ((byte >> (7 - (this.#bitOffset & 7))) & 1);
      this.#bitOffset++;
    }
    return value;
  }
}
