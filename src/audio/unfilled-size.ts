/**
 * Sizes a writer puts in a header before it knows them, and fills in when the recording closes —
 * which never happens when it writes to a pipe, cannot seek, or crashes mid-recording. The samples
 * are all there; only the header does not say how many.
 */

/** ffmpeg to a pipe (RIFF and data sizes), and RF64's "see ds64" marker. */
export const UNKNOWN_SIZE_32 = 0xffffffff;

/**
 * A size that means "not recorded": 0xFFFFFFFF, or 0 where a real file cannot have 0 — the RIFF
 * size of a file that has a fmt chunk, a ds64 size beside a data chunk that defers to it, an SSND
 * chunk (which always holds its 8-byte header). A recorder that crashes before closing leaves the
 * zeros it started with (ffprobe and sox then read to the end of the file, as we do).
 */
export function isUnfilledSize(bytes: number): boolean {
  return bytes === 0 || bytes === UNKNOWN_SIZE_32;
}

/**
 * sox writing to a pipe guesses a size just under 2³¹ bytes (data 0x7FFFF000 in WAV; in AIFF,
 * 0x7F000000 bytes of frames). A file that ends before such a size is not truncated: its length
 * was never recorded. The range is narrow (16 MiB of the 4 GiB a size can say), so a real size
 * landing in it is rare, and then only the word "truncated" is lost, never samples.
 */
export function isStreamingPlaceholderSize(bytes: number): boolean {
  return bytes >= 0x7f000000 && bytes <= 0x7fffffff;
}
