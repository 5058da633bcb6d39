import type { KyInstance } from 'ky';
import { DownloadVerificationError, ProviderApiError, type ByteSink, type DownloadOptions } from '../spec';
import { toProviderError, type ErrorBodyMapper } from './to-provider-error';

export interface DownloadToSinkOptions extends DownloadOptions {
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
}

/** Every MP4/MOV we accept starts with a box whose type, at bytes 4–8, is "ftyp". */
const FTYP = [0x66, 0x74, 0x79, 0x70];
const HEAD_BYTES = 8;

/**
 * Streams a result file into a sink chunk by chunk (never the whole file in memory), reporting
 * progress, then verifies it: byte count equals Content-Length and the file starts with an MP4
 * `ftyp` box. On any failure the sink is aborted (partial bytes discarded) and the error rethrown.
 * Returns the number of bytes written.
 */
export async function downloadToSink(options: DownloadToSinkOptions): Promise<number> {
  const { sink, signal, onProgress } = options;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const response = await options.client
      .get(options.url, { signal, headers: { ...options.headers } })
      .catch(async (error: unknown) => {
        throw await toProviderError(error, {
          provider: options.provider,
          providerName: options.providerName,
          mapBody: options.mapBody ?? mapDownloadErrorBody,
          signal,
        });
      });
    if (response.body == null) throw new DownloadVerificationError(`${options.providerName} sent an empty file.`);
    const totalBytes = expectedLength(response.headers);

    reader = response.body.getReader();
    const head = new Uint8Array(HEAD_BYTES);
    let receivedBytes = 0;
    onProgress?.({ receivedBytes, totalBytes });
    for (;;) {
      const { done, value } = await reader.read().catch((error: unknown) => {
        if (signal?.aborted === true) throw signal.reason;
        throw new ProviderApiError({
          provider: options.provider,
          kind: 'network',
          message: `The ${options.providerName} download was interrupted after ${receivedBytes}${totalBytes == null ? '' : ` of ${totalBytes}`} bytes.`,
          cause: error,
        });
      });
      if (done) break;
      if (value.length === 0) continue;
      if (receivedBytes < HEAD_BYTES) head.set(value.subarray(0, HEAD_BYTES - receivedBytes), receivedBytes);
      const wasHeadIncomplete = receivedBytes < HEAD_BYTES;
      receivedBytes += value.length;
      // Check as soon as the head is in, so a large HTML error page is not written to disk.
      if (wasHeadIncomplete && receivedBytes >= HEAD_BYTES) assertMp4Head(head, options.providerName);
      await sink.write(value);
      onProgress?.({ receivedBytes, totalBytes });
    }
    reader = undefined;

    if (receivedBytes < HEAD_BYTES) assertMp4Head(head.subarray(0, receivedBytes), options.providerName);
    if (totalBytes != null && receivedBytes !== totalBytes) {
      throw new DownloadVerificationError(
        `The ${options.providerName} download stopped early: got ${receivedBytes} of ${totalBytes} bytes.`,
      );
    }
    await sink.close();
    return receivedBytes;
  } catch (error) {
    await reader?.cancel().catch(() => undefined);
    await sink.abort(error).catch(() => undefined);
    throw signal?.aborted === true ? signal.reason : error;
  }
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
  throw new DownloadVerificationError(`The ${providerName} download is not an MP4 video (no ftyp box at the start).`);
}

function mapDownloadErrorBody(status: number): { kind?: 'not-found'; message?: string } {
  if (status === 401 || status === 403 || status === 404 || status === 410) {
    return { kind: 'not-found', message: 'the result file is no longer available; its link may have expired' };
  }
  return {};
}
