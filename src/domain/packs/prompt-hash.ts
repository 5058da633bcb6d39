import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeUtf8 } from '../../shared/utf8';

/**
 * `sha256:<hex>` of a prompt, for reports that keep prompts private (a pack's `reportPrompts:
 * "hash"`): the same prompt always gives the same hash, so repeats still group. @noble/hashes,
 * not shared/sha256: a report hashes thousands of prompts, and noble's is many times faster.
 */
export function promptHash(prompt: string): string {
  return `sha256:${bytesToHex(sha256(encodeUtf8(prompt)))}`;
}
