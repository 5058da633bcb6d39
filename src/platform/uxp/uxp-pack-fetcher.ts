import { createHttpPackFetcher } from '../http-pack-fetcher';
import type { PackFetcher } from '../pack-fetcher';

/**
 * Packs for the Premiere panel: UXP's fetch, which reaches only the hosts the manifest lists
 * (`requiredPermissions.network.domains`, set from the build's pack hosts). Whether UXP honours
 * `redirect: 'manual'` is not documented; the fetcher checks the final URL's host either way.
 * A pack on a shared drive is installed in the panel from a picked file's text, not by path.
 */
export function createUxpPackFetcher(): PackFetcher {
  return createHttpPackFetcher({ fetch: (input, init) => globalThis.fetch(input, init) });
}
