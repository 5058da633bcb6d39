import type { PackFetcher } from '../../platform/pack-fetcher';
import { PackFetchError } from '../../platform/pack-fetch-error';
import { sha256 } from '../../shared/sha256';
import { encodeUtf8 } from '../../shared/utf8';
import type { PackFileSource } from '../../platform/pack-file-source';

/** A pack is a few kilobytes; a file far larger is not one. */
const MAX_PACK_FILE_CHARS = 2 * 1024 * 1024;
const WEB_ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The panel's pack fetcher with picked files beside web addresses: a location that is not a web
 * address is a picked file, read again through `files`. Its content hash stands in for an ETag, so
 * an unchanged file is "not modified" (a browser gives no reliable modification time for a
 * re-read, and a copy on a share may keep its time while its content changes). A file that can no
 * longer be reached is a PackFetchError the subscription keeps as its problem, while its last good
 * copy keeps working (offline-tolerant, like an unreachable server).
 */
export function packFetcherWithFiles(web: PackFetcher, files: PackFileSource): PackFetcher {
  return {
    async fetchPack(location, validators, signal) {
      if (WEB_ADDRESS.test(location)) return web.fetchPack(location, validators, signal);
      let text: string | null;
      try {
        text = await files.reread(location);
      } catch (error) {
        throw unreachable(location, error);
      }
      if (text == null) throw unreachable(location, undefined);
      if (text.length > MAX_PACK_FILE_CHARS)
        throw new PackFetchError({
          problem: 'too-large',
          location,
          message: `The pack file ${location} is far larger than a pack; it was not read.`,
        });
      const etag = `"sha256-${[...sha256(encodeUtf8(text))].map((byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
      if (validators.etag === etag) return { kind: 'not-modified' };
      return { kind: 'fetched', text, validators: { etag } };
    },
  };
}

function unreachable(location: string, cause: unknown): PackFetchError {
  return new PackFetchError({
    problem: 'offline',
    location,
    message: `The pack file ${location} cannot be read from here now (is the shared drive connected? After a reload of a browser page, install it from the file again). The pack you have keeps working.`,
    cause,
  });
}
