/**
 * Bump when job-record-schema starts accepting less (or migrateJobRecord changes what it does to a
 * version-2 record): ledgers sealed before then are checked record by record again once.
 */
const RECORD_RULES_REVISION = 1;

const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;

/**
 * A ledger text carrying a seal over its own contents: `{"version":N,"seal":"xxxxxxxx",` followed by
 * the rest of the document, the seal a 32-bit FNV-1a of that rest (and of the record rules'
 * revision). Every record in it was checked against its phase before it was written (JobLedger.put
 * and open check each one), so a ledger whose seal still matches needs no second check per record
 * — that check was two thirds of opening a 10,000-job ledger. A hand edit, a torn write or another
 * build's rules break the seal, and then every record is checked as before. Not a signature: it
 * tells "as we wrote it" from "changed since", not friend from foe.
 */
export function sealedLedgerText(version: number, document: string): string {
  // `document` is a JSON object without `version`; its opening brace makes way for the envelope.
  const rest = document.slice(1);
  return `{"version":${version},"seal":"${sealOf(rest)}",${rest}`;
}

/** Whether the text is a sealed ledger of `version` whose contents are as they were written. */
export function isIntactSealedLedger(text: string, version: number): boolean {
  const prefix = `{"version":${version},"seal":"`;
  if (!text.startsWith(prefix)) return false;
  const seal = text.slice(prefix.length, prefix.length + 8);
  const restStart = prefix.length + 10; // the seal, its closing quote and the comma
  if (text.slice(prefix.length + 8, restStart) !== '",') return false;
  return sealOf(text, restStart) === seal;
}

/** The seal of one job's JSON in a version-3 ledger (see ledger-text). */
export function jobSeal(json: string): string {
  return jobSealOf(json, 0, json.length);
}

/**
 * Whether `text.slice(start, end)` (a job's JSON inside a ledger line) still has this seal; the
 * range is hashed where it lies, without copying it out of the 6.5 MiB text.
 */
export function jobSealMatches(text: string, start: number, end: number, seal: string): boolean {
  return jobSealOf(text, start, end) === seal;
}

/**
 * FNV-1a in two interleaved lanes of two UTF-16 units each (four units per step: hashing every job
 * on open is a third of the time JSON.parse takes, so its steps count); the lanes meet at the end.
 */
function jobSealOf(text: string, start: number, end: number): string {
  let left = Math.imul(FNV_OFFSET ^ RECORD_RULES_REVISION, FNV_PRIME);
  let right = Math.imul(FNV_OFFSET ^ 0x5a5a5a5a, FNV_PRIME);
  const quadsEnd = end - ((end - start) % 4);
  for (let index = start; index < quadsEnd; index += 4) {
    left = Math.imul(left ^ (text.charCodeAt(index) | (text.charCodeAt(index + 1) << 16)), FNV_PRIME);
    right = Math.imul(right ^ (text.charCodeAt(index + 2) | (text.charCodeAt(index + 3) << 16)), FNV_PRIME);
  }
  for (let index = quadsEnd; index < end; index++) left = Math.imul(left ^ text.charCodeAt(index) ^ 0x10000, FNV_PRIME);
  return ((Math.imul(left ^ (right >>> 15), FNV_PRIME) ^ right) >>> 0).toString(16).padStart(8, '0');
}

function sealOf(text: string, start = 0): string {
  const end = text.length;
  let hash = Math.imul(FNV_OFFSET ^ RECORD_RULES_REVISION, FNV_PRIME);
  // Two UTF-16 units per step (half the steps of one at a time: this runs over megabytes on open).
  const pairsEnd = end - ((end - start) % 2);
  for (let index = start; index < pairsEnd; index += 2) {
    hash = Math.imul(hash ^ (text.charCodeAt(index) | (text.charCodeAt(index + 1) << 16)), FNV_PRIME);
  }
  if (pairsEnd < end) hash = Math.imul(hash ^ text.charCodeAt(pairsEnd) ^ 0x10000, FNV_PRIME);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
