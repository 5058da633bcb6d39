import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Runway's output links carry a signed `_jwt` query parameter, an HS256 JWT with claims like
 * `{keyHash, bucket, stage, exp}` ([2nd]: URLs seen in the wild, e.g.
 * `https://dnznrvs05pmza.cloudfront.net/<uuid>.mp4?_jwt=…`). The emulator signs its own the same
 * way, binding the token to one task through `keyHash`, and refuses it once `exp` has passed.
 */
export function signRunwayOutputToken(taskId: string, expiresAtSeconds: number, secret: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ keyHash: keyHash(taskId), bucket: 'runway-task-artifacts', stage: 'emulator', exp: expiresAtSeconds })}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

type RunwayOutputTokenCheck = 'valid' | 'invalid' | 'expired';

export function verifyRunwayOutputToken(token: string | null, taskId: string, secret: string, nowMs: number): RunwayOutputTokenCheck {
  const parts = token?.split('.');
  if (parts?.length !== 3) return 'invalid';
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return 'invalid';
  let claims: { keyHash?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return 'invalid';
  }
  if (claims.keyHash !== keyHash(taskId) || typeof claims.exp !== 'number') return 'invalid';
  return claims.exp * 1000 <= nowMs ? 'expired' : 'valid';
}

function keyHash(taskId: string): string {
  return createHash('sha256').update(taskId).digest('hex').slice(0, 16);
}
