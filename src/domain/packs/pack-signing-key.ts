import { z } from 'zod';
import { ED25519_SECRET_KEY_BYTES, ed25519PublicKey } from './ed25519-sync';
import { bytesToKeyText, keyTextToBytes } from './pack-key-text';

/**
 * An agency's signing key file (`cliprelay pack keygen`): the 32-byte Ed25519 secret seed and its
 * public key, both base64url. Kept private (the CLI writes it with mode 0600); the public key is
 * what editors' panels pin.
 */
const signingKeyFileSchema = z.strictObject({
  format: z.literal('cliprelay.pack-signing-key'),
  formatVersion: z.literal(1),
  secretKey: z.string().refine((text) => keyTextToBytes(text, ED25519_SECRET_KEY_BYTES) != null, 'must be a 32-byte key in base64url'),
  publicKey: z.string(),
});

interface PackSigningKey {
  readonly secretKey: Uint8Array;
  readonly publicKey: string;
}

/** The key pair of a 32-byte random seed (the caller supplies the randomness: Node's crypto in the CLI). */
export function packSigningKeyFromSeed(seed: Uint8Array): PackSigningKey {
  return { secretKey: seed, publicKey: bytesToKeyText(ed25519PublicKey(seed)) };
}

export function serializePackSigningKey(key: PackSigningKey): string {
  const file: z.output<typeof signingKeyFileSchema> = {
    format: 'cliprelay.pack-signing-key',
    formatVersion: 1,
    secretKey: bytesToKeyText(key.secretKey),
    publicKey: key.publicKey,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a key file; the public key is derived again from the secret (a hand-edited public key
 * cannot make signatures that verify under another key). Throws the zod error naming the field.
 */
export function parsePackSigningKey(text: string): PackSigningKey {
  const file = signingKeyFileSchema.parse(JSON.parse(text));
  return packSigningKeyFromSeed(keyTextToBytes(file.secretKey, ED25519_SECRET_KEY_BYTES)!);
}
