import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

/*
 * Ed25519 through @noble's synchronous API. Its async API would hash with WebCrypto, and UXP's
 * `crypto.subtle` is not something ClipRelay can count on inside Premiere (it is not in Adobe's
 * UXP API list we can verify); so SHA-512 comes from @noble/hashes, pure JavaScript, and signing
 * and verifying are plain synchronous calls on every runtime (UXP, the browser, Node).
 */
ed.hashes.sha512 = sha512;

export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SIGNATURE_BYTES = 64;
export const ED25519_SECRET_KEY_BYTES = 32;

/** The public key of a 32-byte RFC 8032 secret-key seed. */
export function ed25519PublicKey(secretKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(secretKey);
}

export function ed25519Sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed.sign(message, secretKey);
}

/**
 * Whether `signature` is `publicKey`'s over `message`, by RFC 8032's strict rules (`zip215: false`:
 * a signature verifies in one way only). Malformed keys or signatures are a plain false, never a throw.
 */
export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
