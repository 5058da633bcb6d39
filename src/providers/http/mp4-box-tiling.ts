import { mp4SamplesEndByte } from '../../media/mp4-samples-end';

/** A movie header larger than this is not kept for the size-0 check (real ones are kilobytes to a few MiB). */
const MAX_KEPT_MOOV_BYTES = 64 << 20;

/**
 * Follows an MP4/MOV file's top-level boxes as its bytes stream past (ISO/IEC 14496-12 §4.2: a
 * box starts with a 32-bit big-endian size and a 4-byte type; size 1 means a 64-bit size follows,
 * size 0 means "to the end of the file"). A complete file is tiled exactly by its boxes, so this
 * tells a complete download from a truncated one even when the server sent no Content-Length (or
 * a wrong one), and whether the media data (`mdat`) lies within the file. A last box of size 0 has
 * no size to check: then the samples the movie header lists (mp4SamplesEndByte) must lie within the
 * bytes received — the movie header comes before it, as a box to the end of the file is the last.
 */
interface Mp4BoxTiling {
  push(chunk: Uint8Array): void;
  /** Why the bytes seen so far are not a complete MP4, or null when they are. */
  problem(): string | null;
}

export function mp4BoxTiling(): Mp4BoxTiling {
  let seenBytes = 0;
  let nextBoxAt = 0; // absolute offset of the next box header
  let toEndOfFile = false;
  let malformed: string | null = null;
  const header: number[] = []; // bytes of the header being read, from nextBoxAt
  const types = new Set<string>();
  /** The moov box's bytes from its header, kept as they stream past; `filled` counts them. */
  let moov: { start: number; bytes: Uint8Array; filled: number } | null = null;

  /** Parses the header once enough of it is in; returns false while more bytes are needed. */
  const parseHeader = (): boolean => {
    if (header.length < 8) return false;
    const size32 = ((header[0]! << 24) >>> 0) + (header[1]! << 16) + (header[2]! << 8) + header[3]!;
    const type = String.fromCharCode(header[4]!, header[5]!, header[6]!, header[7]!);
    if (size32 === 1 && header.length < 16) return false;
    types.add(type);
    if (size32 === 0) {
      toEndOfFile = true;
      return true;
    }
    let size = size32;
    if (size32 === 1) size = header.slice(8, 16).reduce((value, byte) => value * 256 + byte, 0);
    if (size < (size32 === 1 ? 16 : 8)) {
      malformed = `a "${type}" box at byte ${nextBoxAt} declares an impossible size (${size})`;
      return true;
    }
    if (type === 'moov' && moov == null && size <= MAX_KEPT_MOOV_BYTES) {
      moov = { start: nextBoxAt, bytes: new Uint8Array(size), filled: header.length };
      moov.bytes.set(header);
    }
    nextBoxAt += size;
    header.length = 0;
    return true;
  };

  return {
    push(chunk) {
      const chunkStart = seenBytes;
      seenBytes += chunk.length;
      while (malformed == null && !toEndOfFile && nextBoxAt + header.length < seenBytes) {
        const from = nextBoxAt + header.length - chunkStart;
        if (from < 0) break; // cannot happen: header bytes are taken as they arrive
        const wanted = (header.length < 8 ? 8 : 16) - header.length;
        for (const byte of chunk.subarray(from, from + wanted)) header.push(byte);
        if (!parseHeader() && nextBoxAt + header.length >= seenBytes) break;
      }
      if (moov != null && moov.filled < moov.bytes.length) {
        // The rest of the moov box in this chunk (its header was copied when it was parsed).
        const from = moov.start + moov.filled;
        const to = Math.min(seenBytes, moov.start + moov.bytes.length);
        if (to > from && from >= chunkStart) {
          moov.bytes.set(chunk.subarray(from - chunkStart, to - chunkStart), moov.filled);
          moov.filled += to - from;
        }
      }
    },
    problem() {
      if (malformed != null) return malformed;
      if (toEndOfFile) return missingBox(types) ?? samplesBeyondEnd();
      if (header.length > 0) return `the file ends inside a box header at byte ${nextBoxAt}`;
      if (nextBoxAt > seenBytes) return `the file ends at byte ${seenBytes} but its last box runs to byte ${nextBoxAt}`;
      return missingBox(types);
    },
  };

  /** With a last box of size 0: whether the samples the movie lists run past the bytes received. */
  function samplesBeyondEnd(): string | null {
    if (moov == null || moov.filled < moov.bytes.length) return null;
    const end = mp4SamplesEndByte(moov.bytes);
    return end != null && end > seenBytes ? `the file ends at byte ${seenBytes} but its media samples run to byte ${end}` : null;
  }
}

function missingBox(types: ReadonlySet<string>): string | null {
  if (!types.has('mdat')) return 'the file has no media data (mdat box)';
  if (!types.has('moov')) return 'the file has no movie header (moov box)';
  return null;
}
