import { encodeBase64Url } from '../../shared/base64url';
import { hmacSha256 } from '../../shared/hmac-sha256';
import { encodeUtf8 } from '../../shared/utf8';

/** Kling's documented token lifetime. */
const KLING_TOKEN_LIFETIME_SECONDS = 1800;
/** Kling's documented `nbf` allowance for clock skew. */
const NOT_BEFORE_SKEW_SECONDS = 5;
/** A token is replaced this long before it expires, so a slow request never carries a dead one. */
const RENEW_BEFORE_EXPIRY_SECONDS = 300;

interface KlingCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
}

interface KlingTokenClaims {
  readonly iss: string;
  readonly exp: number;
  readonly nbf: number;
}

/**
 * Signs Kling's API token: an HS256 JWT `{iss: accessKey, exp: now+1800, nbf: now−5}` keyed with
 * the secret key. `nowMs` is milliseconds since epoch; the claims are whole seconds.
 * @see https://kling.ai/document-api ("API Authentication"; research/providers.md §3)
 */
export function signKlingToken(credentials: KlingCredentials, nowMs: number): string {
  const nowSeconds = Math.floor(nowMs / 1000);
  const claims: KlingTokenClaims = {
    iss: credentials.accessKey,
    exp: nowSeconds + KLING_TOKEN_LIFETIME_SECONDS,
    nbf: nowSeconds - NOT_BEFORE_SKEW_SECONDS,
  };
  const header = encodeBase64Url(encodeUtf8(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
  const payload = encodeBase64Url(encodeUtf8(JSON.stringify(claims)));
  const signingInput = `${header}.${payload}`;
  const signature = encodeBase64Url(hmacSha256(encodeUtf8(credentials.secretKey), encodeUtf8(signingInput)));
  return `${signingInput}.${signature}`;
}

/**
 * Returns a valid token, signing a new one only when the cached one is within five minutes of
 * expiry. Keeps the keys in a closure; nothing here ever prints them.
 */
export function createKlingTokenSource(credentials: KlingCredentials, now: () => number = Date.now): () => string {
  let token: string | undefined;
  let renewAtMs = 0;
  return () => {
    const nowMs = now();
    if (token == null || nowMs >= renewAtMs) {
      token = signKlingToken(credentials, nowMs);
      renewAtMs = (Math.floor(nowMs / 1000) + KLING_TOKEN_LIFETIME_SECONDS - RENEW_BEFORE_EXPIRY_SECONDS) * 1000;
    }
    return token;
  };
}
