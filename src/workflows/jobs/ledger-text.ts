import { z } from 'zod';
import { readStoredJson } from '../../platform/read-stored-json';
import { StoredDataDamagedError } from '../../platform/stored-data-damaged-error';
import type { JobRecord } from './job-record';
import { migrateJobRecord, parseJobRecord } from './job-record-schema';
import { isIntactSealedLedger, jobSeal, jobSealMatches, sealedLedgerText } from './job-ledger-seal';

/*
 * The ledger's stored text. Version 3 (written now) is one JSON document laid out one job per line:
 *
 *   {"version":3,"seal":"xxxxxxxx","jobCount":2,"archivedSpendUsd":{…},"jobs":[
 *   ["yyyyyyyy",{"id":"a",…}],
 *   ["zzzzzzzz",{"id":"b",…}]
 *   ]}
 *
 * Each job carries its own seal (job-ledger-seal), so a save re-serialises and re-seals only the
 * jobs it changed (version 2 rewrote and hashed all 6.5 MiB of a 10,000-job ledger on every
 * progress step), and a sealed job is taken on open without checking it against its phase again.
 * Opening parses the document in one JSON.parse (the fastest parse there is) and checks each
 * line's seal where it lies in the text. The header is sealed as version 2 was and counts the
 * jobs, so a file cut short is seen as damaged; a text that is no longer JSON (a torn line, a
 * hand edit) is read line by line, so every intact job is recovered. Versions 1 and 2 are still
 * read; the ledger rewrites them as version 3 when it opens them.
 */

const LEDGER_VERSION = 3;
export const LEDGER_DOCUMENT = 'job ledger';

/** Version 1 and 2: the envelope only; each record is checked on its own so one bad record does not cost the rest. */
const documentSchema = z.looseObject({
  version: z.union([z.literal(1), z.literal(2)]),
  jobs: z.array(z.unknown()),
  archivedSpendUsd: z.record(z.string(), z.number()).optional(),
});

const headerSchema = z.looseObject({
  version: z.literal(LEDGER_VERSION),
  jobCount: z.number().int().min(0).optional(),
  archivedSpendUsd: z.record(z.string(), z.number()).optional(),
});

const VERSION_3_HEADER = /^\s*\{\s*"version"\s*:\s*3\s*[,}]/;
const JOBS_OPENING = ',"jobs":[';
const JOBS_CLOSING = ']}';
/** `["xxxxxxxx",` before a job's JSON on its line, and `]` after it. */
const LINE_PREFIX_LENGTH = 12;

/** What a stored ledger holds. */
export interface LedgerContents {
  readonly jobs: Map<string, JobRecord>;
  /** The stored line (without its comma) of each job read sealed, reused when that job is written unchanged. */
  readonly lines: Map<string, string>;
  /** Records that could not be read, and jobs a sealed header counts but the text no longer has. */
  readonly unreadable: number;
  readonly archivedSpendUsd: Record<string, number>;
  /** Written in an older format (1 or 2): to be rewritten as version 3. */
  readonly outdated: boolean;
  /** The text as a whole cannot be read (no job in it can be trusted to be all there is). */
  readonly error?: StoredDataDamagedError;
}

const emptyContents = (error?: StoredDataDamagedError): LedgerContents => ({
  jobs: new Map(),
  lines: new Map(),
  unreadable: 0,
  archivedSpendUsd: {},
  outdated: false,
  ...(error == null ? {} : { error }),
});

export function readLedgerText(text: string | null): LedgerContents {
  if (text == null || text.trim() === '') return emptyContents();
  const headerEnd = text.indexOf('\n');
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  if (!VERSION_3_HEADER.test(header)) return readDocument(text);
  // The header line alone, closed: its fields (and, as written, its seal) without the jobs.
  const envelopeText = header.endsWith(JOBS_OPENING) ? `${header.slice(0, -JOBS_OPENING.length)}}` : header;
  let envelope: z.output<typeof headerSchema>;
  try {
    envelope = readStoredJson(envelopeText, headerSchema, LEDGER_DOCUMENT)!;
  } catch (error) {
    if (error instanceof StoredDataDamagedError) return emptyContents(error);
    throw error;
  }
  const reader = new JobLines();
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    whole = undefined;
  }
  const entries = (whole as { jobs?: unknown } | undefined)?.jobs;
  if (Array.isArray(entries)) reader.readParsed(text, headerEnd + 1, entries);
  else reader.readLineByLine(text, headerEnd + 1);
  // Only a header as written (sealed) can be trusted to say how many jobs there were.
  const expected = isIntactSealedLedger(envelopeText, LEDGER_VERSION) ? (envelope.jobCount ?? reader.present) : reader.present;
  const missing = Math.max(0, expected - reader.present);
  return {
    jobs: reader.jobs,
    lines: reader.lines,
    unreadable: reader.unreadable + missing,
    archivedSpendUsd: envelope.archivedSpendUsd ?? {},
    outdated: false,
  };
}

/** The stored line of a job: its seal and its JSON. */
export function ledgerLine(job: JobRecord): string {
  const json = JSON.stringify(job);
  return `["${jobSeal(json)}",${json}]`;
}

/** The version-3 text of these job lines. */
export function ledgerText(lines: readonly string[], archivedSpendUsd: Record<string, number>): string {
  const archived = Object.keys(archivedSpendUsd).length === 0 ? {} : { archivedSpendUsd };
  const envelope = sealedLedgerText(LEDGER_VERSION, JSON.stringify({ jobCount: lines.length, ...archived }));
  const header = `${envelope.slice(0, -1)}${JOBS_OPENING}`;
  return lines.length === 0 ? `${header}\n${JOBS_CLOSING}\n` : `${header}\n${lines.join(',\n')}\n${JOBS_CLOSING}\n`;
}

/** The jobs of a version-3 text, each taken as sealed or checked against its phase. */
class JobLines {
  readonly jobs = new Map<string, JobRecord>();
  readonly lines = new Map<string, string>();
  unreadable = 0;
  /** Job entries found, readable or not. */
  present = 0;

  /** The document parsed whole: entry i is expected on line i; a line laid out otherwise is checked instead. */
  readParsed(text: string, bodyStart: number, entries: readonly unknown[]): void {
    let lineStart = bodyStart;
    for (const entry of entries) {
      this.present++;
      const lineEnd = lineStart < 0 ? -1 : text.indexOf('\n', lineStart);
      const end = lineEnd < 0 ? lineStart : text.charCodeAt(lineEnd - 1) === 0x2c ? lineEnd - 1 : lineEnd;
      // Hashed where it lies in the text: copying 10,000 lines out first doubles the cost.
      const sealed = lineEnd >= 0 && Array.isArray(entry) && entry.length === 2 && isSealedLine(text, lineStart, end, entry[0]);
      this.#take(entry, sealed ? text.slice(lineStart, end) : null);
      lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
    }
  }

  /** A text that is not JSON any more: every line that still is, on its own, is a job. */
  readLineByLine(text: string, bodyStart: number): void {
    for (const rawLine of text.slice(bodyStart).split('\n')) {
      const line = rawLine.endsWith(',') ? rawLine.slice(0, -1) : rawLine;
      if (line.trim() === '' || line === JOBS_CLOSING) continue;
      this.present++;
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        this.unreadable++;
        continue;
      }
      this.#take(entry, Array.isArray(entry) && entry.length === 2 && isSealedLine(line, 0, line.length, entry[0]) ? line : null);
    }
  }

  /** One `[seal, record]` entry; `sealedLine`: its line, when the seal on it matches its JSON. */
  #take(entry: unknown, sealedLine: string | null): void {
    let job: JobRecord;
    try {
      // A sealed line was checked against its phase before it was written, and is unchanged since.
      job =
        sealedLine != null
          ? ((entry as unknown[])[1] as JobRecord)
          : parseJobRecord(migrateJobRecord(Array.isArray(entry) ? (entry as unknown[])[1] : entry));
    } catch {
      this.unreadable++;
      return;
    }
    // The ledger never writes a job twice: a second entry with the same id is an edit that would hide a job.
    if (this.jobs.has(job.id)) {
      this.unreadable++;
      return;
    }
    this.jobs.set(job.id, job);
    if (sealedLine != null) this.lines.set(job.id, sealedLine);
  }
}

/** Whether `text.slice(start, end)` is `["<seal>",<json>]` with the seal of that JSON (character tests: this runs 10,000 times on open). */
function isSealedLine(text: string, start: number, end: number, seal: unknown): boolean {
  return (
    typeof seal === 'string' &&
    seal.length === 8 &&
    end - start > LINE_PREFIX_LENGTH &&
    text.charCodeAt(start) === 0x5b && // [
    text.charCodeAt(start + 1) === 0x22 && // "
    text.charCodeAt(start + 10) === 0x22 &&
    text.charCodeAt(start + 11) === 0x2c && // ,
    text.charCodeAt(end - 1) === 0x5d && // ]
    text.startsWith(seal, start + 2) &&
    jobSealMatches(text, start + LINE_PREFIX_LENGTH, end - 1, seal)
  );
}

/** A version 1 or 2 ledger: one JSON document, sealed as a whole (version 2) or checked record by record. */
function readDocument(text: string): LedgerContents {
  let file: z.output<typeof documentSchema>;
  try {
    file = readStoredJson(text, documentSchema, LEDGER_DOCUMENT)!;
  } catch (error) {
    if (error instanceof StoredDataDamagedError) return emptyContents(error);
    throw error;
  }
  const archivedSpendUsd = file.archivedSpendUsd ?? {};
  const sealed = isIntactSealedLedger(text, 2);
  const jobs = new Map<string, JobRecord>();
  let unreadable = 0;
  for (const raw of file.jobs) {
    try {
      const job = sealed ? (raw as JobRecord) : parseJobRecord(migrateJobRecord(raw));
      jobs.set(job.id, job);
    } catch {
      unreadable++;
    }
  }
  return { jobs, lines: new Map(), unreadable, archivedSpendUsd, outdated: true };
}
