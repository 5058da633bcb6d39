import { createHttpPackFetcher } from '../http-pack-fetcher';
import type { PackFetcher } from '../pack-fetcher';

/** Packs for the sandbox page: the browser's fetch (a redirect with `redirect: 'manual'` is opaque, so it is refused). */
export function createBrowserPackFetcher(): PackFetcher {
  return createHttpPackFetcher({ fetch: (input, init) => globalThis.fetch(input, init) });
}
