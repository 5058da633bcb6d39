import { decodeBase64Url } from '../../shared/base64url';
import { DownloadVerificationError, type ByteSink, type DownloadOptions } from '../spec';
import type { GoogleOperation } from './google-api-schemas';

/** Scheme of inline-video asset URLs; not a network URL, only our own download reads it. */
export const INLINE_VIDEO_SCHEME = 'x-google-operation:';

/**
 * The asset URL of a video that came back inline (base64 inside the operation): it names the
 * operation and the video's position instead of carrying megabytes, because assets are stored in
 * the job ledger (localStorage in the sandbox). `download` fetches the operation again for it.
 */
export function inlineVideoUrl(operationName: string, videoIndex: number): string {
  return `${INLINE_VIDEO_SCHEME}${operationName}?video=${videoIndex}`;
}

/** The base64 bytes of the inline video at `videoIndex` of a done operation, either platform. */
export function inlineVideoBytes(operation: GoogleOperation, videoIndex: number): string | undefined {
  const response = operation.response;
  return (
    response?.videos?.[videoIndex]?.bytesBase64Encoded ??
    response?.generateVideoResponse?.generatedSamples?.[videoIndex]?.video?.encodedVideo ??
    undefined
  );
}

/** Base64 characters decoded per chunk: a multiple of 4, so chunks never split a quantum (768 KiB out). */
const CHUNK_CHARS = 1024 * 1024;
/** Every MP4/MOV starts with a box whose type, at bytes 4–8, is "ftyp". */
const FTYP = [0x66, 0x74, 0x79, 0x70];

/**
 * Writes a video Vertex AI returned inline (`bytesBase64Encoded`, research §2 Vertex differences)
 * into the sink in chunks, with the same promises as a download: progress reported, MP4 head
 * verified before anything is written, sink aborted on any failure. Returns the bytes written.
 * Decodes with our own base64 code (standard alphabet mapped to base64url) because UXP has no
 * Buffer and `atob` would need the whole string at once.
 */
export async function writeInlineVideo(
  base64: string,
  sink: ByteSink,
  options: DownloadOptions & { providerName: string },
): Promise<number> {
  const { signal, onProgress } = options;
  const text = base64.replace(/\s+/g, '');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const totalBytes = (text.length / 4) * 3 - padding;
  let receivedBytes = 0;
  try {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
      throw new DownloadVerificationError(`${options.providerName} returned inline video bytes that are not valid base64.`);
    }
    onProgress?.({ receivedBytes, totalBytes });
    for (let offset = 0; offset < text.length; offset += CHUNK_CHARS) {
      if (signal?.aborted === true) throw signal.reason;
      const chunk = decodeBase64Url(
        text
          .slice(offset, offset + CHUNK_CHARS)
          .replace(/\+/g, '-')
          .replace(/\//g, '_'),
      );
      if (offset === 0 && !(chunk.length >= 8 && FTYP.every((byte, index) => chunk[4 + index] === byte))) {
        throw new DownloadVerificationError(`The ${options.providerName} video is not an MP4 (no ftyp box at the start).`);
      }
      await sink.write(chunk);
      receivedBytes += chunk.length;
      onProgress?.({ receivedBytes, totalBytes });
    }
    if (receivedBytes === 0) throw new DownloadVerificationError(`${options.providerName} returned an empty inline video.`);
    await sink.close();
    return receivedBytes;
  } catch (error) {
    // Cleanup after the real failure, which is rethrown; a second error here would only hide it.
    await sink.abort(error).catch(() => undefined);
    throw error;
  }
}
