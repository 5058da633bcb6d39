/**
 * A URL as the ledger may keep it: scheme, host and path only. Result links are signed (a query
 * carrying a signature, an expiry, sometimes the API key), and user info may hold a password, so
 * all of that goes; what is left still says where a file came from. `data:` URLs keep only their
 * media type (the rest is the file itself).
 */
export function urlWithoutSecrets(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we can parse: cut it at its query the plain way, so no token survives.
    return url.replace(/[?#].*$/s, '');
  }
  if (parsed.protocol === 'data:') return `data:${parsed.pathname.split(/[;,]/)[0] ?? ''}`;
  // Custom schemes (inline results) have no origin of their own.
  const origin = parsed.origin === 'null' ? parsed.protocol + (parsed.host === '' ? '' : `//${parsed.host}`) : parsed.origin;
  return `${origin}${parsed.pathname}`;
}
