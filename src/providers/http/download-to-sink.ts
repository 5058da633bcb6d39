import type { KyInstance } from 'ky';
import { DownloadVerificationError, ProviderApiError, type ByteSink, type DownloadOptions } from '../spec';
import { batchedSinkWriter, isVectored } from './batched-sink-writer';
import { mp4BoxTiling } from './mp4-box-tiling';
import { prefixDigest } from './prefix-digest';
import { keepsNoChunks, RecycledReadBuffers } from './recycled-read-buffers';
import { digestOfWritten, isRereadable } from './rereadable-sink';
import { toProviderError, type ErrorBodyMapper } from './to-provider-error';

interface DownloadToSinkOptions extends DownloadOptions {
  /** A client without auth headers of its own: result URLs usually live on a CDN. */
  readonly client: KyInstance;
  readonly url: string;
  /** Extra headers the file URL needs (some providers want the API key there). */
  readonly headers?: { readonly [name: string]: string };
  readonly sink: ByteSink;
  readonly provider: string;
  readonly providerName: string;
  /** @default download-specific: 401/403/404/410 read as an expired or missing file */
  readonly mapBody?: ErrorBodyMapper;
  /** Reconnections (with `Range`) after the connection drops or stalls mid-file. @default 3 */
  readonly maxResumes?: number;
  /** No body bytes for this long counts as a dropped connection. @default 30_000 */
  readonly stallTimeoutMs?: number;
  /**
   * The whole download (every attempt, headers and body) must finish within this; a server
   * trickling bytes just fast enough to dodge the stall timer is cut off. @default 3_600_000
   */
  readonly totalTimeoutMs?: number;
  /**
   * Larger files are refused (a declared Content-Length at once, a body — including one a
   * Content-Encoding expands — as soon as it passes the cap). @default 8 GiB
   */
  readonly maxBytes?: number;
}

/** A generated clip of a few minutes at 4K is well under this; more is a broken or hostile server. */
const DEFAULT_MAX_DOWNLOAD_BYTES = 8 * 1024 ** 3;

/** Every MP4/MOV we accept starts with a box whose type, at bytes 4–8, is "ftyp". */
const FTYP = [0x66, 0x74, 0x79, 0x70];
const HEAD_BYTES = 8;
/** Disk writes of about this size (see batchedSinkWriter); four times that for a vectored sink, whose batches cost no copy. */
const WRITE_BATCH_BYTES = 1024 * 1024;
const VECTORED_WRITE_BATCH_BYTES = 4 * WRITE_BATCH_BYTES;
/**
 * BYOB reads of up to 256 KiB into buffers that come back once written, each chunk written as it
 * arrives, while its bytes are still in the CPU's cache (curl's pattern; 1 MiB buffers in 4 MiB
 * batches made the copy into the file read them back from memory: 256 MiB over loopback took
 * 0.3–0.5 s against 0.2–0.35). Eight buffers leave room for writes that fall behind.
 */
const READ_BUFFER_BYTES = 256 * 1024;
const READ_BUFFERS = 8;

/** A body read that failed mid-file for a reason worth reconnecting for. */
class InterruptedBodyError extends Error {}

/**
 * Streams a result file into a sink chunk by chunk (never the whole file in memory), reporting
 * progress. A connection that drops or stalls mid-file is resumed with `Range: bytes=N-` and
 * `If-Range` (the first answer's strong ETag or Last-Modified), and only from the same file: a
 * 206 must start where we stopped, and a 200 (the server ignored Range, or the file changed) is
 * accepted only when its first N bytes hash like the ones we have. Then it verifies before the
 * sink is closed (for files: before the rename to the final name): byte count equals
 * Content-Length, the file starts with an MP4 `ftyp` box, and its top-level boxes tile it exactly
 * (complete even without a Content-Length, media data within the file). Every attempt is bounded
 * by a stall deadline and the whole download by a total one, and both cancel the read. On failure
 * the sink is aborted and the error rethrown. Returns the number of bytes written.
 */
export async function downloadToSink(options: DownloadToSinkOptions): Promise<number> {
  const { sink, signal, onProgress } = options;
  const maxResumes = options.maxResumes ?? 3;
  const stallTimeoutMs = options.stallTimeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  const tiling = mp4BoxTiling();
  // A sink that can read its bytes back is hashed only if a resume needs it (see RereadableByteSink);
  // hashing every byte on arrival was most of a loopback download's CPU time.
  const rereadable = isRereadable(sink) ? sink : undefined;
  const prefix = rereadable == null ? prefixDigest() : undefined;
  let validator: string | undefined;
  // One deadline for the whole download; it aborts whichever attempt is running.
  let overDeadline = false;
  let currentAttempt: AbortController | undefined;
  const deadline = setTimeout(() => {
    overDeadline = true;
    currentAttempt?.abort();
  }, options.totalTimeoutMs ?? 3_600_000);
  const head = new Uint8Array(HEAD_BYTES);
  let receivedBytes = 0;
  let totalBytes: number | undefined;
  let resumes = 0;
  // A sink that keeps no chunks gets them read into recycled buffers (when the body allows BYOB reads).
  const buffers = keepsNoChunks(sink) ? new RecycledReadBuffers(READ_BUFFER_BYTES, READ_BUFFERS) : undefined;
  const writer =
    buffers != null
      ? batchedSinkWriter(sink, 1, (chunk) => buffers.giveBack(chunk))
      : batchedSinkWriter(sink, isVectored(sink) ? VECTORED_WRITE_BATCH_BYTES : WRITE_BATCH_BYTES);
  const reuse = buffers == null ? undefined : { buffers, freeSome: () => writer.flush() };
  try {
    for (;;) {
      const attempt = new AbortController();
      currentAttempt = attempt;
      if (overDeadline) attempt.abort();
      const stopAttempt = () => attempt.abort(signal?.reason);
      signal?.addEventListener('abort', stopAttempt, { once: true });
      try {
        const response = await requestFrom(receivedBytes, validator, attempt.signal, options);
        let skipBytes = 0;
        let expectedPrefix: number | undefined;
        const skipped = prefixDigest();
        if (receivedBytes === 0) {
          totalBytes = expectedLength(response.headers);
          validator = resumeValidator(response.headers);
          if (totalBytes != null && totalBytes > maxBytes) throw tooLarge(options.providerName, totalBytes, maxBytes);
          onProgress?.({ receivedBytes, totalBytes });
        } else {
          skipBytes = resumeOffsetCheck(response, receivedBytes, totalBytes, validator, options.providerName);
          if (skipBytes > 0 && rereadable != null) {
            await writer.flush(); // every byte received is in the sink before it is read back
            expectedPrefix = await digestOfWritten(rereadable, receivedBytes);
          } else if (skipBytes > 0) {
            expectedPrefix = prefix!.value();
          }
        }
        await readBody(response, attempt, stallTimeoutMs, reuse, async (chunk) => {
          if (skipBytes > 0) {
            // The server sent the file from its start: the part we already have must be the same bytes.
            const dropped = Math.min(skipBytes, chunk.length);
            skipped.push(chunk.subarray(0, dropped));
            skipBytes -= dropped;
            chunk = chunk.subarray(dropped);
            if (skipBytes === 0 && skipped.value() !== expectedPrefix) {
              throw new DownloadVerificationError(
                `The ${options.providerName} server sent a different file when the download was resumed; download it again.`,
                { id: 'errors.downloadDifferentOnResume', values: { provider: options.providerName } },
              );
            }
            if (chunk.length === 0) return buffers?.giveBack(chunk);
          }
          if (receivedBytes + chunk.length > maxBytes) throw tooLarge(options.providerName, receivedBytes + chunk.length, maxBytes);
          prefix?.push(chunk);
          tiling.push(chunk);
          const wasHeadIncomplete = receivedBytes < HEAD_BYTES;
          if (wasHeadIncomplete) head.set(chunk.subarray(0, HEAD_BYTES - receivedBytes), receivedBytes);
          receivedBytes += chunk.length;
          // Check as soon as the head is in, so a large HTML error page is not written to disk.
          if (wasHeadIncomplete && receivedBytes >= HEAD_BYTES) assertMp4Head(head, options.providerName);
          await writer.write(chunk);
          onProgress?.({ receivedBytes, totalBytes });
        });
        break;
      } catch (error) {
        if (signal?.aborted === true) throw signal.reason;
        if (overDeadline) {
          throw new ProviderApiError({
            provider: options.provider,
            kind: 'network',
            message: `The ${options.providerName} download did not finish within ${formatDuration(options.totalTimeoutMs ?? 3_600_000)} (${receivedBytes} bytes received); the job is kept, so the download can be retried.`,
          });
        }
        if (!(error instanceof InterruptedBodyError)) throw error;
        if (resumes >= maxResumes) {
          throw new ProviderApiError({
            provider: options.provider,
            kind: 'network',
            message: `The ${options.providerName} download was interrupted after ${receivedBytes}${totalBytes == null ? '' : ` of ${totalBytes}`} bytes, ${resumes + 1} times; the job is kept, so the download can be retried.`,
            cause: error.cause,
          });
        }
        resumes += 1;
      } finally {
        signal?.removeEventListener('abort', stopAttempt);
      }
    }

    if (receivedBytes < HEAD_BYTES) assertMp4Head(head.subarray(0, receivedBytes), options.providerName);
    if (totalBytes != null && receivedBytes !== totalBytes) {
      throw new DownloadVerificationError(
        `The ${options.providerName} download stopped early: got ${receivedBytes} of ${totalBytes} bytes.`,
        {
          id: 'errors.downloadStoppedEarly',
          values: { provider: options.providerName, receivedBytes: String(receivedBytes), totalBytes: String(totalBytes) },
        },
      );
    }
    const incomplete = tiling.problem();
    if (incomplete != null)
      throw new DownloadVerificationError(`The ${options.providerName} download is not a complete video: ${incomplete}.`);
    await writer.flush();
    await sink.close();
    return receivedBytes;
  } catch (error) {
    await writer.settle();
    // Cleanup after the real failure, which is rethrown below; a second error here would only hide it.
    await sink.abort(error).catch(() => undefined);
    throw signal?.aborted === true ? signal.reason : error;
  } finally {
    clearTimeout(deadline);
  }
}

function formatDuration(ms: number): string {
  return ms < 10_000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function tooLarge(providerName: string, bytes: number, maxBytes: number): DownloadVerificationError {
  const maxMib = String(Math.round(maxBytes / 1024 ** 2));
  return new DownloadVerificationError(`The ${providerName} file is larger than ${maxMib} MiB (${bytes} bytes or more); it was not kept.`, {
    id: 'errors.downloadTooLarge',
    values: { provider: providerName, maxMib, bytes: String(bytes) },
  });
}

/**
 * What If-Range may carry (RFC 9110 §13.1.5): a strong ETag, else Last-Modified. A weak ETag
 * cannot be used; then only the prefix hash guards a resume.
 */
function resumeValidator(headers: Headers): string | undefined {
  const etag = headers.get('etag');
  if (etag != null && !etag.startsWith('W/')) return etag;
  return headers.get('last-modified') ?? undefined;
}

/** Whether a 206 names a version (ETag, or Last-Modified when that is what If-Range carried) other than the one asked for. */
function namesAnotherVersion(headers: Headers, validator: string | undefined): boolean {
  if (validator == null) return false;
  const isEtag = validator.startsWith('"');
  const named = isEtag ? headers.get('etag') : headers.get('last-modified');
  return named != null && named !== validator;
}

async function requestFrom(
  offset: number,
  validator: string | undefined,
  signal: AbortSignal,
  options: DownloadToSinkOptions,
): Promise<Response> {
  // The file as stored: a Range counts bytes of what is sent, so a compressed answer could never be
  // resumed (the offset counts decoded bytes), and a video does not compress anyway. Browsers own
  // this header and leave it as they send it.
  const headers: Record<string, string> = { 'accept-encoding': 'identity', ...options.headers };
  if (offset > 0) headers.range = `bytes=${offset}-`;
  if (offset > 0 && validator != null) headers['if-range'] = validator;
  const response = await options.client.get(options.url, { signal, headers }).catch(async (error: unknown) => {
    throw await toProviderError(error, {
      provider: options.provider,
      providerName: options.providerName,
      mapBody: options.mapBody ?? mapDownloadErrorBody,
      signal,
    });
  });
  if (response.body == null)
    throw new DownloadVerificationError(`${options.providerName} sent an empty file.`, {
      id: 'errors.downloadEmpty',
      values: { provider: options.providerName },
    });
  return response;
}

/**
 * How many bytes of a resumed response to skip: 0 for a 206 that starts where we stopped, all we
 * have for a 200 (the server ignored Range). A 206 at another offset, for a file of another size,
 * or naming another version than the If-Range we sent (a server or cache that ignores If-Range
 * serves the new file's tail) means the file changed under us: that is not resumable.
 */
function resumeOffsetCheck(
  response: Response,
  receivedBytes: number,
  totalBytes: number | undefined,
  validator: string | undefined,
  providerName: string,
): number {
  if (response.status !== 206) return receivedBytes;
  const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
  const start = range == null ? NaN : Number(range[1]);
  const size = range == null || range[2] === '*' ? undefined : Number(range[2]);
  if (
    start !== receivedBytes ||
    (totalBytes != null && size != null && size !== totalBytes) ||
    namesAnotherVersion(response.headers, validator)
  ) {
    throw new DownloadVerificationError(`The ${providerName} file changed while it was being downloaded; download it again.`, {
      id: 'errors.downloadChanged',
      values: { provider: providerName },
    });
  }
  return 0;
}

/** Recycled read buffers, and how to get some back when all are waiting to be written (flush the writes). */
interface ReadBufferReuse {
  readonly buffers: RecycledReadBuffers;
  readonly freeSome: () => Promise<void>;
}

/**
 * Reads the body to its end, failing with InterruptedBodyError on a dropped or stalled connection.
 * With `reuse` and a body that takes BYOB reads (a readable byte stream: our Node fetch), each read
 * fills a recycled buffer; otherwise the body's own chunks are read.
 */
async function readBody(
  response: Response,
  attempt: AbortController,
  stallTimeoutMs: number,
  reuse: ReadBufferReuse | undefined,
  onChunk: (chunk: Uint8Array) => Promise<void>,
): Promise<void> {
  const byobReader = reuse == null ? undefined : byobReaderOf(response.body!);
  const defaultReader = byobReader == null ? response.body!.getReader() : undefined;
  const reader = (byobReader ?? defaultReader)!;
  const readNext = async (into: Uint8Array | undefined): Promise<ReadableStreamReadResult<Uint8Array>> => {
    if (into == null) return defaultReader!.read();
    const result = await byobReader!.read(into);
    if (result.value != null && (result.done || result.value.length === 0)) reuse!.buffers.giveBack(result.value);
    return result;
  };
  let stalled = false;
  // One timer for the whole body rather than one per chunk (thousands a second at loopback speed):
  // it checks, when it fires, how long the current read has been waiting, and re-arms for the rest.
  let readSinceMs: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onStallCheck = () => {
    const waitedMs = readSinceMs == null ? 0 : Date.now() - readSinceMs;
    if (waitedMs < stallTimeoutMs) {
      timer = setTimeout(onStallCheck, stallTimeoutMs - waitedMs);
      return;
    }
    stalled = true;
    // The abort below is what ends the download; a cancel that fails on a dead stream changes nothing.
    reader.cancel().catch(() => undefined);
    attempt.abort();
  };
  timer = setTimeout(onStallCheck, stallTimeoutMs);
  // The caller's abort (Ctrl-C, panel closing) must end the read now. Aborting the fetch's signal
  // does not always reach a body already being streamed (a fully buffered response, a runtime
  // whose fetch ignores the signal once headers arrived), which left the read waiting for the
  // stall timer; cancelling the reader ourselves always ends it.
  const onAbort = () => void reader.cancel().catch(() => undefined);
  attempt.signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (attempt.signal.aborted) throw attempt.signal.reason ?? new InterruptedBodyError('aborted');
      // Waiting for a free buffer is the disk's time (and its failure the disk's error), outside the network's clock and catch.
      const into = byobReader == null ? undefined : await readBufferFrom(reuse!);
      readSinceMs = Date.now();
      const { done, value } = await readNext(into).catch((error: unknown) => {
        throw new InterruptedBodyError('connection dropped', { cause: error });
      });
      readSinceMs = undefined; // writing to the sink is not the network's time
      // A cancel() by the stall timer ends the stream as if it were done: it is not.
      if (stalled) throw new InterruptedBodyError('connection stalled');
      if (attempt.signal.aborted) throw attempt.signal.reason ?? new InterruptedBodyError('aborted');
      if (done) return;
      if (value.length > 0) await onChunk(value);
    }
  } catch (error) {
    // Cleanup after the real failure, which is rethrown; a second error here would only hide it.
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    attempt.signal.removeEventListener('abort', onAbort);
  }
}

/** A BYOB reader, or undefined for a body that is not a byte stream (Node's and Chromium's fetch bodies are; UXP's is not known). */
function byobReaderOf(body: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | undefined {
  try {
    return body.getReader({ mode: 'byob' });
  } catch {
    return undefined; // TypeError: not a byte stream; the stream is not locked, so a default reader follows
  }
}

/** A recycled buffer to read into; when all wait to be written, the writes are flushed to get them back. */
async function readBufferFrom(reuse: ReadBufferReuse): Promise<Uint8Array> {
  let buffer = reuse.buffers.take();
  if (buffer == null) {
    await reuse.freeSome();
    buffer = reuse.buffers.take(true)!;
  }
  return new Uint8Array(buffer);
}

/**
 * Content-Length, unless a Content-Encoding applies: fetch then hands us decoded bytes and the
 * header counts encoded ones, so the comparison would be meaningless.
 */
function expectedLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding');
  if (encoding != null && encoding !== 'identity') return undefined;
  const header = headers.get('content-length');
  if (header == null) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

function assertMp4Head(head: Uint8Array, providerName: string): void {
  const isMp4 = head.length >= HEAD_BYTES && FTYP.every((byte, index) => head[4 + index] === byte);
  if (isMp4) return;
  throw new DownloadVerificationError(`The ${providerName} download is not an MP4 video (no ftyp box at the start).`, {
    id: 'errors.downloadNotMp4',
    values: { provider: providerName },
  });
}

function mapDownloadErrorBody(status: number): { kind?: 'not-found'; message?: string } {
  if (status === 401 || status === 403 || status === 404 || status === 410) {
    return { kind: 'not-found', message: 'the result file is no longer available; its link may have expired' };
  }
  return {};
}
