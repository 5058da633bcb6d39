import { sha256 } from '../../shared/sha256';
import { encodeUtf8 } from '../../shared/utf8';
import { BYTEPLUS_MAX_SEED } from './byteplus-api-schemas';

/**
 * The seed sent for a request that names none, derived from our job id. ModelArk's create takes
 * no client id of ours, but every task echoes its `seed` (SDK `ContentGenerationTask.seed`; S) and
 * the task list can be filtered by model: so the seed marks the task as ours, and a create whose
 * answer was lost is found again by listing instead of being posted twice. A hash of a random job
 * id is as random a seed as the one the service would pick. Collisions between two of our jobs
 * need the same 31-bit value and the same model, duration and ratio.
 */
export function byteplusJobSeed(clientJobId: string): number {
  const digest = sha256(encodeUtf8(clientJobId));
  const value = ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
  return value % (BYTEPLUS_MAX_SEED + 1);
}
