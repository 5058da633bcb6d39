/** Standard base64 with padding (RFC 4648 §4), as JSON APIs take image bytes. No btoa/Buffer: UXP-safe. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Bytes per joined chunk: a multiple of 3, so only the last chunk is padded. */
const CHUNK_BYTES = 3 * 16_384;

export function encodeBase64(bytes: Uint8Array): string {
  // Built in chunks and joined once: a reference image is megabytes, and one growing string per
  // character is slow on some engines.
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const end = Math.min(start + CHUNK_BYTES, bytes.length);
    const chars: string[] = [];
    for (let index = start; index < end; index += 3) {
      const byte1 = index + 1 < end ? bytes[index + 1]! : undefined;
      const byte2 = index + 2 < end ? bytes[index + 2]! : undefined;
      const triple = (bytes[index]! << 16) | ((byte1 ?? 0) << 8) | (byte2 ?? 0);
      chars.push(
        ALPHABET[(triple >> 18) & 63]!,
        ALPHABET[(triple >> 12) & 63]!,
        byte1 == null ? '=' : ALPHABET[(triple >> 6) & 63]!,
        byte2 == null ? '=' : ALPHABET[triple & 63]!,
      );
    }
    parts.push(chars.join(''));
  }
  return parts.join('');
}
