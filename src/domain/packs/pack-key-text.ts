import { decodeBase64Url, encodeBase64Url } from '../../shared/base64url';
import { sha256 } from '../../shared/sha256';
import { encodeUtf8 } from '../../shared/utf8';

/** Keys and signatures travel as unpadded base64url (RFC 4648 §5): 43 characters for a key, 86 for a signature. */
export function bytesToKeyText(bytes: Uint8Array): string {
  return encodeBase64Url(bytes);
}

/**
 * The bytes of a base64url key or signature, or null when the text is not exactly the canonical
 * encoding of `byteLength` bytes (so one key has one spelling, and a pinned key compares as text).
 */
export function keyTextToBytes(text: string, byteLength: number): Uint8Array | null {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(text);
  } catch {
    return null;
  }
  if (bytes.length !== byteLength || encodeBase64Url(bytes) !== text) return null;
  return bytes;
}

/**
 * A short, readable fingerprint of a public key for people to compare by phone or chat: the first
 * 8 bytes of its SHA-256 in hex, in groups of four ("3f2a 9c01 77de b4e0").
 */
export function keyFingerprint(publicKeyText: string): string {
  const digest = sha256(keyTextToBytes(publicKeyText, 32) ?? encodeUtf8(publicKeyText));
  const hex = [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}
