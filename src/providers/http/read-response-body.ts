import { decodeUtf8 } from '../../shared/utf8';

/**
 * Answers we parse whole: job JSON, model lists, and Vertex/Omni operations that carry the video
 * inline as base64 (a long 1080p clip is tens of MB). More than this is a broken or hostile server.
 */
export const MAX_ANSWER_BODY_BYTES = 256 * 1024 ** 2;
/** Error bodies are a sentence or an envelope; we keep enough of them to quote. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** A body read up to a byte cap: its text, and whether bytes were left unread. */
interface CappedBodyText {
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * The one response-body reader: the body as UTF-8 text, reading at most `maxBytes` (the rest is
 * cancelled, never buffered), so a server cannot make us hold an unbounded answer in memory.
 */
export async function readResponseText(response: Response, maxBytes: number): Promise<CappedBodyText> {
  if (response.body == null) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - size;
      chunks.push(value.length > room ? value.subarray(0, room) : value);
      size += Math.min(value.length, room);
      if (value.length > room) {
        truncated = true;
        break;
      }
    }
  } finally {
    // Best effort: the body was already cut at its limit; what was read is what counts.
    if (truncated) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { text: decodeText(bytes), truncated };
}

/** TextDecoder where the runtime has one (fast on large answers); our own decoder in UXP, which lacks it. */
function decodeText(bytes: Uint8Array): string {
  return typeof globalThis.TextDecoder === 'function' ? new globalThis.TextDecoder().decode(bytes) : decodeUtf8(bytes);
}

/**
 * An error body as a mapper wants it: parsed JSON when it is JSON, else its text (trimmed); undefined
 * when it cannot be read at all. Read from a clone when the body is needed again later.
 */
export async function readErrorBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    ({ text } = await readResponseText(response, MAX_ERROR_BODY_BYTES));
  } catch {
    // An error body that cannot be read adds nothing: the caller words the error from the status.
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the text itself is the best description the server gave.
    return text.trim();
  }
}
