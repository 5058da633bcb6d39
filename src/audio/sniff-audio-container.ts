import { AudioFormatError } from './audio-format-error';
import { EXPORT_ADVICE } from './wav-format';

export type SniffedContainer = { readonly kind: 'riff'; readonly rf64: boolean } | { readonly kind: 'form'; readonly aifc: boolean };

/**
 * Identifies WAV (RIFF, RF64, BW64) and AIFF/AIFF-C from the first 12 bytes. Anything else is an
 * AudioFormatError that names what the file looks like, so "voice.m4a" gets a better answer than
 * "corrupt".
 */
export function sniffAudioContainer(head: Uint8Array, fileName: string): SniffedContainer {
  const fourCc = (offset: number) => String.fromCharCode(...head.subarray(offset, offset + 4));
  const id = fourCc(0);
  const form = fourCc(8);
  if ((id === 'RIFF' || id === 'RF64' || id === 'BW64') && form === 'WAVE') return { kind: 'riff', rf64: id !== 'RIFF' };
  if (id === 'FORM' && (form === 'AIFF' || form === 'AIFC')) return { kind: 'form', aifc: form === 'AIFC' };
  throw new AudioFormatError(fileName, `${describeOtherFormat(head)} is not supported; ${EXPORT_ADVICE}`);
}

function describeOtherFormat(head: Uint8Array): string {
  const text = (offset: number, length: number) => String.fromCharCode(...head.subarray(offset, offset + length));
  if (text(0, 4) === 'RIFX') return 'big-endian WAV (RIFX)';
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
