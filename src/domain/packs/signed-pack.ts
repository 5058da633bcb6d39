import { z } from 'zod';
import { encodeUtf8 } from '../../shared/utf8';
import { exportPresetPack } from '../presets/export-preset-pack';
import { formatSchemaIssues } from '../presets/format-schema-issues';
import { jsonSyntaxIssue } from '../presets/json-syntax-issue';
import { parsePresetPack } from '../presets/parse-preset-pack';
import { PresetPackError } from '../presets/preset-pack-error';
import type { PresetPack, PresetPackInput } from '../presets/preset-pack-schema';
import { ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES, ed25519PublicKey, ed25519Sign, ed25519Verify } from './ed25519-sync';
import { bytesToKeyText, keyFingerprint, keyTextToBytes } from './pack-key-text';
import { PackSignatureError } from './pack-signature-error';

const SIGNED_PACK_FORMAT = 'cliprelay.signed-pack';

/**
 * What is signed: this line, then the pack's text exactly as the envelope carries it. The prefix
 * keeps a pack signature from ever being valid for anything else signed with the same key.
 */
const SIGNATURE_CONTEXT = 'cliprelay signed preset pack v1\n';

const keyText = (byteLength: number, what: string) =>
  z
    .string()
    .refine(
      (text) => keyTextToBytes(text, byteLength) != null,
      `must be ${what} in base64url (${Math.ceil((byteLength * 4) / 3)} characters)`,
    );

/**
 * A signed pack file (`.cliprelay-pack.json`): the pack's text as `exportPresetPack` writes it
 * (stable bytes), a detached Ed25519 signature over it and the signer's public key. The pack is
 * carried as a string, not as JSON inside JSON, so what was signed is byte for byte what is
 * verified — no canonical re-serialisation on either side.
 *
 * ```json
 * { "format": "cliprelay.signed-pack", "formatVersion": 1,
 *   "publicKey": "<43 base64url characters>", "signature": "<86 base64url characters>",
 *   "pack": "{\n  \"schemaVersion\": 3,\n  \"name\": \"Acme house mix\", …}\n" }
 * ```
 */
const signedPackSchema = z.strictObject({
  format: z.literal(SIGNED_PACK_FORMAT),
  formatVersion: z.literal(1),
  publicKey: keyText(ED25519_PUBLIC_KEY_BYTES, 'a 32-byte Ed25519 public key'),
  signature: keyText(ED25519_SIGNATURE_BYTES, 'a 64-byte Ed25519 signature'),
  pack: z.string().min(1, 'must not be empty'),
});

const SIGNED_PACK_VOCABULARY = {
  whole: 'The signed pack',
  fields: { format: 'Format', formatVersion: 'Format version', publicKey: 'Public key', signature: 'Signature', pack: 'Pack' },
};

/** A signed pack that verified: the pack, who signed it, and the exact text that was signed. */
interface VerifiedPack {
  readonly pack: PresetPack;
  readonly publicKey: string;
  /** The signed pack's text, as it was verified (the subscription stores the whole envelope). */
  readonly packText: string;
}

function signedMessage(packText: string): Uint8Array {
  return encodeUtf8(SIGNATURE_CONTEXT + packText);
}

/** Signs a pack with a 32-byte Ed25519 secret key: the signed pack file's text (pretty JSON, trailing newline). */
export function signPresetPack(pack: PresetPack | PresetPackInput, secretKey: Uint8Array): string {
  const packText = exportPresetPack(pack);
  const envelope: z.output<typeof signedPackSchema> = {
    format: SIGNED_PACK_FORMAT,
    formatVersion: 1,
    publicKey: bytesToKeyText(ed25519PublicKey(secretKey)),
    signature: bytesToKeyText(ed25519Sign(signedMessage(packText), secretKey)),
    pack: packText,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Whether `text` looks like a signed pack file at all (an unsigned pack is a plain preset pack). */
export function isSignedPackText(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json != null && (json as { format?: unknown }).format === SIGNED_PACK_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Reads and verifies a signed pack. `pinnedPublicKey`: the key pinned when the pack was first
 * installed; the pack must be signed by it. Throws PresetPackError naming the wrong field of the
 * envelope or of the pack inside it, PackSignatureError when the signature does not verify or the
 * key is not the pinned one. `source` names the pack in messages ("acme.cliprelay-pack.json").
 */
export function openSignedPack(text: string, options: { readonly source: string; readonly pinnedPublicKey?: string }): VerifiedPack {
  const { source } = options;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PresetPackError({ source, issues: [jsonSyntaxIssue(error, text)], cause: error });
  }
  const parsed = signedPackSchema.safeParse(json, { reportInput: true });
  if (!parsed.success)
    throw new PresetPackError({
      source,
      issues: formatSchemaIssues(parsed.error.issues, { schema: signedPackSchema, vocabulary: SIGNED_PACK_VOCABULARY, input: json }),
    });
  const envelope = parsed.data;
  if (options.pinnedPublicKey != null && envelope.publicKey !== options.pinnedPublicKey) {
    throw new PackSignatureError({
      source,
      problem: 'key-changed',
      message:
        `Cannot use ${source}: it is signed by a different key (${keyFingerprint(envelope.publicKey)}) than the one this panel ` +
        `trusted when the pack was first installed (${keyFingerprint(options.pinnedPublicKey)}). If the agency really changed its ` +
        'key, confirm the new one with them, then remove the pack and install it again.',
      localized: {
        id: 'errors.packKeyChanged',
        values: { source, newKey: keyFingerprint(envelope.publicKey), pinnedKey: keyFingerprint(options.pinnedPublicKey) },
      },
    });
  }
  const signature = keyTextToBytes(envelope.signature, ED25519_SIGNATURE_BYTES)!;
  const publicKey = keyTextToBytes(envelope.publicKey, ED25519_PUBLIC_KEY_BYTES)!;
  if (!ed25519Verify(signature, signedMessage(envelope.pack), publicKey)) {
    throw new PackSignatureError({
      source,
      problem: 'tampered',
      message:
        `Cannot use ${source}: its signature does not match its contents, so it was changed after it was signed (or damaged on ` +
        'the way). The pack you have keeps working; ask whoever publishes it for a fresh copy.',
      localized: { id: 'presets.signatureTampered', values: { source } },
    });
  }
  return { pack: parsePresetPack(envelope.pack, source), publicKey: envelope.publicKey, packText: envelope.pack };
}
