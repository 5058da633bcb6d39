/**
 * What a server (or a file) said about the pack last time, so a re-check can ask "changed since?"
 * (`If-None-Match` / `If-Modified-Since`) instead of downloading it again.
 */
export interface PackValidators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type PackFetchResult =
  { readonly kind: 'not-modified' } | { readonly kind: 'fetched'; readonly text: string; readonly validators: PackValidators };

/**
 * Reads a subscribed pack from where the agency publishes it: an HTTPS URL (every runtime) or a
 * file on a shared drive (where the runtime can read one by path: the CLI). Small, bounded and
 * strict, because the answer comes from outside: a wrong content type, a body over the size cap,
 * a redirect to another host or a body that does not finish in time is refused with a
 * PackFetchError in the editor's words, never half-read.
 */
export interface PackFetcher {
  fetchPack(location: string, validators: PackValidators, signal?: AbortSignal): Promise<PackFetchResult>;
}
