import { open, stat } from 'node:fs/promises';
import { createHttpPackFetcher } from '../http-pack-fetcher';
import { PackFetchError } from '../pack-fetch-error';
import type { PackFetcher } from '../pack-fetcher';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Packs for the CLI and tests: web addresses through Node's fetch (which honours `redirect:
 * 'manual'`), anything else as a file path, e.g. on a shared drive. A file's size and modification
 * time stand in for an ETag, so an unchanged file is "not modified" without being read.
 */
export function createNodePackFetcher(options: { readonly timeoutMs?: number; readonly maxBytes?: number } = {}): PackFetcher {
  const http = createHttpPackFetcher({ fetch: (input, init) => globalThis.fetch(input, init), ...options });
  return {
    async fetchPack(location, validators, signal) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return http.fetchPack(location, validators, signal);
      const info = await stat(location).catch((error: unknown) => {
        throw new PackFetchError({
          problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'offline',
          location,
          message: `The pack file ${location} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); is the shared drive connected? The pack you have keeps working.`,
          cause: error,
        });
      });
      const etag = `"${info.size}-${Math.trunc(info.mtimeMs)}"`;
      if (validators.etag === etag) return { kind: 'not-modified' };
      const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
      if (info.size > maxBytes)
        throw new PackFetchError({
          problem: 'too-large',
          location,
          message: `The pack file ${location} is far larger than a pack; it was not read.`,
        });
      const handle = await open(location, 'r');
      try {
        return { kind: 'fetched', text: await handle.readFile('utf8'), validators: { etag, lastModified: info.mtime.toUTCString() } };
      } finally {
        await handle.close();
      }
    },
  };
}
