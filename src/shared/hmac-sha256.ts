import { sha256, SHA256_BLOCK_BYTES } from './sha256';

/** HMAC-SHA256 (RFC 2104) over our pure-TS SHA-256; see sha256.ts for why not Web Crypto. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const blockKey = new Uint8Array(SHA256_BLOCK_BYTES);
  blockKey.set(key.length > SHA256_BLOCK_BYTES ? sha256(key) : key);

  const inner = new Uint8Array(SHA256_BLOCK_BYTES + message.length);
  const outerPrefix = new Uint8Array(SHA256_BLOCK_BYTES);
  for (let index = 0; index < SHA256_BLOCK_BYTES; index++) {
    inner[index] = blockKey[index]! ^ 0x36;
    outerPrefix[index] = blockKey[index]! ^ 0x5c;
  }
  inner.set(message, SHA256_BLOCK_BYTES);
  const innerDigest = sha256(inner);

  const outer = new Uint8Array(SHA256_BLOCK_BYTES + innerDigest.length);
  outer.set(outerPrefix);
  outer.set(innerDigest, SHA256_BLOCK_BYTES);
  return sha256(outer);
}
