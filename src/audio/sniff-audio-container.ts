import { AudioFormatError } from './audio-format-error';
import { EXPORT_ADVICE } from './wav-format';

export type SniffedContainer =
  | {
      readonly kind: 'riff';
      /** 'RF64' or 'BW64' (EBU Tech 3306 / ITU-R BS.2088: 64-bit sizes in a ds64 chunk), null for plain RIFF. */
      readonly wide: 'rf64' | 'bw64' | null;
      /** The RIFF size field as written: 0 or 0xFFFFFFFF when the writer never came back to fill it in. */
      readonly declaredBytes: number;
    }
  | { readonly kind: 'form'; readonly aifc: boolean };

/**
 * Identifies WAV (RIFF, RF64, BW64) and AIFF/AIFF-C from the first 12 bytes. Anything else is an
 * AudioFormatError that names what the file looks like, so "voice.m4a" gets a better answer than
 * "corrupt".
 */
export function sniffAudioContainer(head: Uint8Array, fileName: string): SniffedContainer {
  const fourCc = (offset: number) => String.fromCharCode(...head.subarray(offset, offset + 4));
  const id = fourCc(0);
  const form = fourCc(8);
  if ((id === 'RIFF' || id === 'RF64' || id === 'BW64') && form === 'WAVE') {
    const declaredBytes = new DataView(head.buffer, head.byteOffset + 4, 4).getUint32(0, true);
    return { kind: 'riff', wide: id === 'RF64' ? 'rf64' : id === 'BW64' ? 'bw64' : null, declaredBytes };
  }
  if (id === 'FORM' && (form === 'AIFF' || form === 'AIFC')) return { kind: 'form', aifc: form === 'AIFC' };
  throw new AudioFormatError(fileName, `${describeOtherFormat(head)} is not supported; ${EXPORT_ADVICE}`);
}

function describeOtherFormat(head: Uint8Array): string {
  const text = (offset: number, length: number) => String.fromCharCode(...head.subarray(offset, offset + length));
  if (text(0, 4) === 'RIFX') return 'big-endian WAV (RIFX)';
  // Sony Wave64: 'riff' in lower case, then the rest of its 16-byte GUID.
  if (text(0, 4) === 'riff' && head[4] === 0x2e && head[5] === 0x91 && head[6] === 0xcf && head[7] === 0x11) return 'Sony Wave64 (W64)';
  if (text(0, 4) === 'RIFF') return `RIFF '${text(8, 4)}' (not WAVE)`;
  if (text(0, 4) === 'FORM') return `IFF '${text(8, 4)}' (not AIFF)`;
  // Not "AAC": camera and recorder MOVs often carry PCM, which is still not read from inside the movie.
  // QuickTime files may begin with a movie, data or padding atom instead of "ftyp".
  if (['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].includes(text(4, 4))) return 'audio inside an MP4/MOV/M4A file';
  if (text(0, 3) === 'ID3' || (head[0] === 0xff && (head[1]! & 0xe0) === 0xe0)) return 'MP3 or AAC (ADTS)';
  if (text(0, 4) === 'fLaC') return 'FLAC';
  if (text(0, 4) === 'OggS') return 'Ogg (Vorbis/Opus)';
  if (text(0, 4) === 'caff') return 'Core Audio Format (CAF)';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'Matroska/WebM';
  return 'this file type (neither WAV nor AIFF)';
}
