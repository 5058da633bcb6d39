/** Base64url without padding (RFC 4648 §5), as JWTs use it. No btoa/Buffer: UXP-safe. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const byte0 = bytes[index]!;
    const byte1 = bytes[index + 1];
    const byte2 = bytes[index + 2];
    const triple = (byte0 << 16) | ((byte1 ?? 0) << 8) | (byte2 ?? 0);
    text += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    if (byte1 != null) text += ALPHABET[(triple >> 6) & 63]!;
    if (byte2 != null) text += ALPHABET[triple & 63]!;
  }
  return text;
}

/** Decodes base64url (padding tolerated); throws a RangeError on characters outside the alphabet. */
export function decodeBase64Url(text: string): Uint8Array {
  const trimmed = text.replace(/=+$/, '');
  if (trimmed.length % 4 === 1) throw new RangeError('Invalid base64url length');
  const bytes = new Uint8Array(Math.floor((trimmed.length * 3) / 4));
  let buffer = 0;
  let bufferedBits = 0;
  let written = 0;
  for (const character of trimmed) {
    const value = ALPHABET.indexOf(character);
    if (value < 0) throw new RangeError(`Invalid base64url character "${character}"`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bufferedBits += 6;
    if (bufferedBits >= 8) {
      bufferedBits -= 8;
      bytes[written++] = (buffer >> bufferedBits) & 0xff;
    }
  }
  return bytes;
}
