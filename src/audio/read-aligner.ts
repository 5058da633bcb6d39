/**
 * A chunk source that can place its chunk boundaries on whole frames once told where the samples
 * begin. The decoder asks when it reaches the samples; from then on every chunk starts on a frame,
 * so 16-bit stereo words are viewed in place (a 4-byte-aligned chunk) instead of copied into an
 * aligned scratch, which a header of 2 mod 4 bytes (ffmpeg's LIST, BWF's bext) otherwise forces on
 * every chunk. Optional: a source without it (a fetch body, UXP's file reader today) still decodes
 * the same, with the copy.
 */
export interface ReadAligner {
  /**
   * From the next read on, end reads at stream offsets ≡ `streamOffsetBytes` (mod `frameBytes`),
   * so chunks start on whole frames; chunks already read or being read keep their bounds.
   */
  alignReads(streamOffsetBytes: number, frameBytes: number): void;
}

/** The source's ReadAligner when it has one (a capability, checked at run time), else undefined. */
export function readAlignerOf(source: unknown): ReadAligner | undefined {
  if (typeof source !== 'object' || source == null || !('alignReads' in source)) return undefined;
  return typeof source.alignReads === 'function' ? (source as ReadAligner) : undefined;
}
