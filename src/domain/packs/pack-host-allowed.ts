/**
 * Whether the build lets the panel fetch packs from `location`'s host: UXP reaches only the
 * domains the manifest lists, and the build writes the allowed pack hosts into it (see
 * cliprelay.build.json), so a URL outside them would fail late and vaguely; it is refused up
 * front instead. `allowedHosts` are host names ("packs.acme.com"); "*.acme.com" allows subdomains.
 */
export function packHostAllowed(location: string, allowedHosts: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(location).hostname.toLowerCase();
  } catch {
    return false;
  }
  return allowedHosts.some((allowed) => {
    const rule = allowed.toLowerCase();
    return rule.startsWith('*.') ? host.endsWith(rule.slice(1)) && host.length > rule.length - 1 : host === rule;
  });
}
