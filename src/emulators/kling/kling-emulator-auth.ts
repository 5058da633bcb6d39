import { createHmac, timingSafeEqual } from 'node:crypto';

/** A refusal in Kling's terms: HTTP 401 with a service code. */
interface KlingAuthFailure {
  readonly code: 1000 | 1001 | 1002 | 1003 | 1004;
  readonly message: string;
}

/**
 * Checks `Authorization: Bearer <jwt>` the way Kling documents it: HS256 signed with the secret
 * key, `iss` = access key, `exp`/`nbf` in seconds. Uses node:crypto on purpose — an independent
 * implementation from the client's pure-TS HMAC, so a bug there cannot hide here.
 * Returns undefined when the token is good.
 */
export function verifyKlingToken(
  authorization: string | undefined,
  credentials: { accessKey: string; secretKey: string },
  nowMs: number,
): KlingAuthFailure | undefined {
  if (authorization == null || authorization.trim() === '') return { code: 1001, message: 'Authorization is empty' };
  const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization.trim());
  if (match == null) return { code: 1002, message: 'Authorization is invalid' };
  const [, headerPart, payloadPart, signaturePart] = match as unknown as [string, string, string, string];

  const header = decodeJson(headerPart);
  const payload = decodeJson(payloadPart);
  if (header == null || payload == null || header.alg !== 'HS256') return { code: 1002, message: 'Authorization is invalid' };
  if (payload.iss !== credentials.accessKey) return { code: 1000, message: 'Authentication failed' };

  const expected = createHmac('sha256', credentials.secretKey).update(`${headerPart}.${payloadPart}`).digest();
  const actual = Buffer.from(signaturePart, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { code: 1002, message: 'Authorization is invalid' };
  }

  const nowSeconds = Math.floor(nowMs / 1000);
  if (typeof payload.nbf === 'number' && payload.nbf > nowSeconds) return { code: 1003, message: 'Authorization is not active yet' };
  if (typeof payload.exp !== 'number' || payload.exp <= nowSeconds) return { code: 1004, message: 'Authorization has expired' };
  return undefined;
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value != null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
