import { inspectMp4 } from '../../media';
import { DownloadVerificationError, type ByteSink } from '../../providers/spec';
import { clipShortfallSeconds } from './clip-duration-check';
import { topLevelBoxCatcher } from './moov-box-catcher';

/** A moov beyond this is not kept for the check (real ones are kilobytes to a few megabytes). */
const MAX_MOOV_BYTES = 64 * 1024 ** 2;

/**
 * A sink that refuses, before it is closed (for files: before the rename to the final name), a clip
 * clearly shorter than the duration its provider reported — a complete MP4 of the wrong clip is as
 * unusable as a truncated one. The refusal aborts the inner sink like any failed download, so the
 * job stays downloadable and its problem says why. A file whose moov cannot be read here is left to
 * the inspection after the download.
 */
export function durationCheckedSink(
  sink: ByteSink,
  expected: { readonly reportedSeconds: number; readonly providerName: string },
): ByteSink {
  const moov = topLevelBoxCatcher('moov', MAX_MOOV_BYTES);
  let aborted = false;
  const checked: ByteSink & {
    writev?(chunks: readonly Uint8Array[]): Promise<void>;
    readWritten?(offset: number, length: number): Promise<Uint8Array>;
    keepsNoChunks?: true;
  } = {
    async write(chunk) {
      moov.push(chunk);
      await sink.write(chunk);
    },
    async close() {
      const refusal = shortClipRefusal(moov.caught(), expected.reportedSeconds, expected.providerName);
      if (refusal != null) {
        aborted = true;
        await sink.abort(refusal);
        throw refusal;
      }
      await sink.close();
    },
    async abort(reason) {
      if (aborted) return;
      aborted = true;
      await sink.abort(reason);
    },
  };
  // Keep a file sink's vectored writes (see batchedSinkWriter): large downloads depend on them.
  const vectored = sink as ByteSink & { writev?(chunks: readonly Uint8Array[]): Promise<void> };
  if (typeof vectored.writev === 'function') {
    checked.writev = async (chunks) => {
      for (const chunk of chunks) moov.push(chunk);
      await vectored.writev!(chunks);
    };
  }
  // And its read-back (see RereadableByteSink), so a resumed download need not hash every byte.
  const rereadable = sink as ByteSink & { readWritten?(offset: number, length: number): Promise<Uint8Array> };
  if (typeof rereadable.readWritten === 'function') {
    checked.readWritten = (offset, length) => rereadable.readWritten!(offset, length);
  }
  // And its promise to keep no chunk (the moov catcher copies what it keeps), so the download may reuse its read buffers.
  if ((sink as ByteSink & { keepsNoChunks?: unknown }).keepsNoChunks === true) checked.keepsNoChunks = true;
  return checked;
}

function shortClipRefusal(moov: Uint8Array | null, reportedSeconds: number, providerName: string): DownloadVerificationError | null {
  if (moov == null) return null;
  let info: ReturnType<typeof inspectMp4>;
  try {
    info = inspectMp4(moov);
  } catch {
    // Not an MP4 this check can read: the inspection after the download refuses it with its own reason; this check is only about length.
    return null;
  }
  const shortfall = clipShortfallSeconds(info.durationSeconds, info.frameRate, reportedSeconds);
  if (shortfall == null) return null;
  return new DownloadVerificationError(
    `${providerName} reported a clip of ${reportedSeconds} s, but the file is ${info.durationSeconds.toFixed(2)} s long ` +
      `(${shortfall.toFixed(2)} s missing); it was not saved under its final name. The job is kept, so it can be downloaded again.`,
  );
}
