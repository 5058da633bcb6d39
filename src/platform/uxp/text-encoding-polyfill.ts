import { decodeUtf8, encodeUtf8 } from '../../shared/utf8';

// UXP does not provide TextDecoder, and TextEncoder is not documented for Premiere
// (research/premiere-uxp.md §4.2, §6.8). ky constructs a TextEncoder when its module loads, so
// the UXP entry imports this file before anything else. UTF-8 only, which is all the web APIs
// we use ever ask for.
class Utf8TextEncoder {
  readonly encoding = 'utf-8';
  encode(input = ''): Uint8Array {
    return encodeUtf8(input);
  }
}

class Utf8TextDecoder {
  readonly encoding = 'utf-8';
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (input == null) return '';
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return decodeUtf8(bytes);
  }
}

const scope = globalThis as Record<string, unknown>;

/**
 * What the host had before this file filled the gaps, for the diagnostics report (research §6.8).
 * Captured at module load, which the UXP entry makes the first thing that runs.
 */
export const NATIVE_RUNTIME_FEATURES: Readonly<Record<string, boolean>> = {
  TextEncoder: typeof scope.TextEncoder === 'function',
  TextDecoder: typeof scope.TextDecoder === 'function',
  fetch: typeof scope.fetch === 'function',
  AbortController: typeof scope.AbortController === 'function',
  ReadableStream: typeof scope.ReadableStream === 'function',
  'crypto.randomUUID': typeof (scope.crypto as { randomUUID?: unknown } | undefined)?.randomUUID === 'function',
};

if (typeof scope.TextEncoder !== 'function') scope.TextEncoder = Utf8TextEncoder;
if (typeof scope.TextDecoder !== 'function') scope.TextDecoder = Utf8TextDecoder;
