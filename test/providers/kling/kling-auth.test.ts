import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKlingTokenSource, signKlingToken } from '../../../src/providers/kling';

const credentials = { accessKey: 'ak-test-123', secretKey: 'sk-test-456' };
const NOW_MS = 1_774_805_076_166;

function decodePart(part: string): unknown {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

describe('signKlingToken', () => {
  it('signs {iss, exp: now+1800, nbf: now-5} with HS256 in whole seconds', () => {
    const [header, payload] = signKlingToken(credentials, NOW_MS).split('.');
    expect(decodePart(header!)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodePart(payload!)).toEqual({ iss: 'ak-test-123', exp: 1_774_806_876, nbf: 1_774_805_071 });
  });

  it('produces a signature node:crypto verifies with the secret key', () => {
    const token = signKlingToken(credentials, NOW_MS);
    const [header, payload, signature] = token.split('.');
    const expected = createHmac('sha256', credentials.secretKey).update(`${header}.${payload}`).digest('base64url');
    expect(signature).toBe(expected);
    const forged = createHmac('sha256', 'another-secret').update(`${header}.${payload}`).digest('base64url');
    expect(signature).not.toBe(forged);
  });

  it('never carries the secret key, only the access key as the issuer', () => {
    const token = signKlingToken(credentials, NOW_MS);
    const decoded = token
      .split('.')
      .slice(0, 2)
      .map((part) => Buffer.from(part, 'base64url').toString('utf8'))
      .join('');
    expect(decoded).not.toContain(credentials.secretKey);
  });
});

describe('createKlingTokenSource', () => {
  it('reuses the token until five minutes before it expires, then signs a new one', () => {
    let nowMs = NOW_MS;
    const token = createKlingTokenSource(credentials, () => nowMs);
    const first = token();

    nowMs = NOW_MS + 24 * 60 * 1000; // 24 min later: 6 min of validity left
    expect(token()).toBe(first);

    nowMs = NOW_MS + 25 * 60 * 1000; // 25 min: within the 5-minute margin
    const second = token();
    expect(second).not.toBe(first);
    expect(decodePart(second.split('.')[1]!)).toMatchObject({ exp: Math.floor(nowMs / 1000) + 1800 });

    nowMs += 60 * 1000;
    expect(token()).toBe(second);
  });
});
