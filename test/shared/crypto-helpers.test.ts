import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/shared/base64url';
import { hmacSha256 } from '../../src/shared/hmac-sha256';
import { sha256 } from '../../src/shared/sha256';
import { decodeUtf8, encodeUtf8 } from '../../src/shared/utf8';

/** Lengths around every padding boundary of SHA-256's 64-byte blocks, plus random ones. */
const LENGTHS = [
  0,
  1,
  3,
  55,
  56,
  57,
  63,
  64,
  65,
  119,
  120,
  127,
  128,
  129,
  1000,
  4097,
  ...Array.from({ length: 40 }, (_, index) => (index * 7919) % 3000),
];

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha256', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(hex(sha256(encodeUtf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each(LENGTHS)('matches node:crypto on %i random bytes', (length) => {
    const input = new Uint8Array(randomBytes(length));
    expect(hex(sha256(input))).toBe(createHash('sha256').update(input).digest('hex'));
  });
});

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2', () => {
    expect(hex(hmacSha256(encodeUtf8('Jefe'), encodeUtf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  // Keys shorter than, equal to and longer than the 64-byte block (the last get hashed first).
  it.each([0, 1, 16, 32, 63, 64, 65, 100, 200])('matches node:crypto with a %i-byte key on random messages', (keyLength) => {
    for (const messageLength of [0, 1, 55, 64, 200, 1500]) {
      const key = new Uint8Array(randomBytes(keyLength));
      const message = new Uint8Array(randomBytes(messageLength));
      expect(hex(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('hex'));
    }
  });
});

describe('base64url', () => {
  it.each(LENGTHS)('round-trips and matches Buffer on %i random bytes', (length) => {
    const input = new Uint8Array(randomBytes(length));
    const encoded = encodeBase64Url(input);
    expect(encoded).toBe(Buffer.from(input).toString('base64url'));
    expect(hex(decodeBase64Url(encoded))).toBe(hex(input));
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => decodeBase64Url('ab+c')).toThrow(RangeError);
  });
});

describe('utf8', () => {
  const samples = ['', 'plain ascii', 'Grüße, café', '日本語のプロンプト', 'emoji 🎬🎞️ and 𝄞', 'mixed \u0000 nul', 'Ωμέγα — “quotes”'];

  it.each(samples)('encodes and decodes %j like Buffer', (text) => {
    const encoded = encodeUtf8(text);
    expect(hex(encoded)).toBe(Buffer.from(text, 'utf8').toString('hex'));
    expect(decodeUtf8(encoded)).toBe(text);
  });

  it('replaces lone surrogates and malformed bytes with U+FFFD, as the platform does', () => {
    expect(hex(encodeUtf8('a\ud800b'))).toBe(Buffer.from('a\ud800b', 'utf8').toString('hex'));
    const malformed = Uint8Array.from([0x61, 0xc3, 0x28, 0xe2, 0x82, 0xff, 0xf0, 0x9f]);
    expect(decodeUtf8(malformed)).toBe(new TextDecoder().decode(malformed));
  });

  it('decodes random bytes exactly like TextDecoder', () => {
    for (let round = 0; round < 50; round++) {
      const bytes = new Uint8Array(randomBytes(200));
      expect(decodeUtf8(bytes)).toBe(new TextDecoder().decode(bytes));
    }
  });
});
