import type { ModelCatalog } from '../../providers/catalog';
import { sha256 } from '../../shared/sha256';
import { encodeUtf8 } from '../../shared/utf8';

/**
 * A short content hash of the catalog a job was validated with (the first 12 hex digits of its
 * SHA-256), stored in the job so support can tell which model rules applied. Pure JavaScript, so
 * the panel records the same value as the CLI.
 */
export function catalogVersion(catalog: ModelCatalog): string {
  const digest = sha256(encodeUtf8(JSON.stringify(catalog)));
  return [...digest.subarray(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
