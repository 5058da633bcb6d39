import { decodeBase64Url } from '../../shared/base64url';
import { decodeUtf8 } from '../../shared/utf8';

/**
 * When a signed output URL stops working, in ms since epoch, read from the URL itself: Runway's
 * links carry a `_jwt` query parameter whose `exp` claim (seconds) is the deadline ([2nd]: output
 * URLs seen in the wild, `https://dnznrvs05pmza.cloudfront.net/<uuid>.mp4?_jwt=…`). Undefined when
 * the URL has no readable expiry; the token is only decoded, never verified or logged.
 */
export function runwayOutputExpiresAtMs(url: string): number | undefined {
  let token: string | null;
  try {
    token = new URL(url).searchParams.get('_jwt');
  } catch {
    // A URL that does not parse carries no expiry token; the download itself then says what is wrong.
    return undefined;
  }
  const payload = token?.split('.')[1];
  if (payload == null) return undefined;
  try {
    const claims: unknown = JSON.parse(decodeUtf8(decodeBase64Url(payload)));
    if (typeof claims !== 'object' || claims == null || !('exp' in claims) || typeof claims.exp !== 'number') return undefined;
    return claims.exp * 1000;
  } catch {
    // An unreadable token only means the expiry is unknown: the download is tried and reports its own failure.
    return undefined;
  }
}
