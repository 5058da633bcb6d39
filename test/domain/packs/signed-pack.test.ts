import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSignedPackText,
  keyFingerprint,
  openSignedPack,
  PackSignatureError,
  packSigningKeyFromSeed,
  parsePackSigningKey,
  serializePackSigningKey,
  signPresetPack,
} from '../../../src/domain/packs';
import { exportPresetPack, PresetPackError } from '../../../src/domain/presets';
import { agencyPack, testSeed } from '../../support/pack-fixtures';

const acmeKey = packSigningKeyFromSeed(testSeed('acme'));
const otherKey = packSigningKeyFromSeed(testSeed('mallory'));
const signed = signPresetPack(agencyPack(), acmeKey.secretKey);

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('signed packs', () => {
  it('signs the stable export and verifies it back to the same pack, with the signer\u2019s key', () => {
    const opened = openSignedPack(signed, { source: 'acme.cliprelay-pack.json' });
    expect(opened.publicKey).toBe(acmeKey.publicKey);
    expect(opened.packText).toBe(exportPresetPack(agencyPack()));
    expect(opened.pack.policy?.clients?.names).toEqual(['Globex', 'Initech']);
    expect(isSignedPackText(signed)).toBe(true);
    expect(isSignedPackText(opened.packText)).toBe(false);
    // Signing is deterministic (RFC 8032): the same pack and key give the same file.
    expect(signPresetPack(agencyPack(), acmeKey.secretKey)).toBe(signed);
  });

  it('accepts the pinned key and refuses another, showing both fingerprints', () => {
    expect(openSignedPack(signed, { source: 'acme', pinnedPublicKey: acmeKey.publicKey }).pack.name).toBe('Acme house mix');
    const byMallory = signPresetPack(agencyPack(), otherKey.secretKey);
    const error = refusal(() => openSignedPack(byMallory, { source: 'acme', pinnedPublicKey: acmeKey.publicKey }));
    expect(error).toBeInstanceOf(PackSignatureError);
    expect((error as PackSignatureError).problem).toBe('key-changed');
    expect(error.message).toContain(keyFingerprint(otherKey.publicKey));
    expect(error.message).toContain(keyFingerprint(acmeKey.publicKey));
    expect(keyFingerprint(acmeKey.publicKey)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  });

  it('refuses a pack changed after signing, in the editor\u2019s words', () => {
    const envelope = JSON.parse(signed);
    const tampered = JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 20000') });
    const error = refusal(() => openSignedPack(tampered, { source: 'acme.cliprelay-pack.json' }));
    expect(error).toBeInstanceOf(PackSignatureError);
    expect(error.message).toMatch(/^Cannot use acme\.cliprelay-pack\.json: its signature does not match its contents/);
    // A signature from another key pasted over the original: refused too, even without a pinned key.
    const swapped = JSON.stringify({ ...envelope, publicKey: otherKey.publicKey });
    expect((refusal(() => openSignedPack(swapped, { source: 'x' })) as PackSignatureError).problem).toBe('tampered');
  });

  it('names the wrong field of the envelope', () => {
    const envelope = JSON.parse(signed);
    const issues = (value: object) =>
      (refusal(() => openSignedPack(JSON.stringify(value), { source: 'x' })) as PresetPackError).issues.map((issue) => issue.path);
    expect(issues({ ...envelope, signature: 'abc' })).toEqual(['signature']);
    expect(issues({ ...envelope, publicKey: `${envelope.publicKey}A` })).toEqual(['publicKey']);
    expect(issues({ ...envelope, formatVersion: 2 })).toEqual(['formatVersion']);
    expect(issues({ ...envelope, extra: 1 })).toEqual(['extra']);
    const notJson = refusal(() => openSignedPack('{"format":', { source: 'x' }));
    expect(notJson).toBeInstanceOf(PresetPackError);
    expect(notJson.message).toMatch(/^Cannot use x\. It is not valid JSON/);
  });

  it('checks the signature before it reads the pack inside', () => {
    const envelope = JSON.parse(signed);
    const error = refusal(() => openSignedPack(JSON.stringify({ ...envelope, pack: '{"schemaVersion":3}' }), { source: 'x' }));
    // The signature check comes first: a pack that does not verify is never parsed.
    expect(error).toBeInstanceOf(PackSignatureError);
  });

  it('keeps the signing key in a file that reads back to the same key', () => {
    const text = serializePackSigningKey(acmeKey);
    const read = parsePackSigningKey(text);
    expect(read.publicKey).toBe(acmeKey.publicKey);
    expect([...read.secretKey]).toEqual([...acmeKey.secretKey]);
    // A hand-edited public key is ignored: it is derived from the secret again.
    expect(parsePackSigningKey(text.replace(acmeKey.publicKey, otherKey.publicKey)).publicKey).toBe(acmeKey.publicKey);
  });

  it('never accepts a pack with a modified byte of what was signed, or of the signature', () => {
    const envelope = JSON.parse(signed) as { pack: string; signature: string };
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 0x7e }), fc.boolean(), (position, replacement, inSignature) => {
        const field = inSignature ? 'signature' : 'pack';
        const original = envelope[field];
        const index = position % original.length;
        const changed = original.slice(0, index) + String.fromCharCode(replacement) + original.slice(index + 1);
        fc.pre(changed !== original);
        let accepted = false;
        try {
          openSignedPack(JSON.stringify({ ...envelope, [field]: changed }), { source: 'x' });
          accepted = true;
        } catch (error) {
          expect(error instanceof PackSignatureError || error instanceof PresetPackError).toBe(true);
        }
        expect(accepted).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a file with any byte changed only when what it carries is still exactly what was signed', () => {
    const bytes = new TextEncoder().encode(signed);
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 255 }), (position, value) => {
        const index = position % bytes.length;
        fc.pre(bytes[index] !== value);
        const changed = bytes.slice();
        changed[index] = value;
        const text = new TextDecoder().decode(changed);
        try {
          const opened = openSignedPack(text, { source: 'x', pinnedPublicKey: acmeKey.publicKey });
          // Only whitespace outside the strings (or an equivalent escape) can change and still verify.
          expect(opened.packText).toBe(exportPresetPack(agencyPack()));
        } catch (error) {
          expect(error instanceof PackSignatureError || error instanceof PresetPackError).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
