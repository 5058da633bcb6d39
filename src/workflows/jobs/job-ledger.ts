import { z } from 'zod';
import { readStoredJson } from '../../platform/read-stored-json';
import { StoredDataDamagedError } from '../../platform/stored-data-damaged-error';
import { AppError } from '../../shared/app-error';
import type { JobRecord } from './job-record';
import { migrateJobRecord, parseJobRecord } from './job-record-schema';
import type { LedgerStorage } from '../../platform/ledger-storage';

/** Version 2: records are checked per phase (job-record-schema); version 1 files are migrated on load. */
const LEDGER_VERSION = 2;
const DOCUMENT = 'job ledger';

/** The envelope only; each record is checked on its own so one bad record does not cost the rest. */
const ledgerFileSchema = z.looseObject({ version: z.union([z.literal(1), z.literal(LEDGER_VERSION)]), jobs: z.array(z.unknown()) });

/** What opening a damaged ledger rescued, for the panel and the CLI to tell the user. */
export interface LedgerRecovery {
  /** Where the damaged text was kept. */
  readonly keptAsidePath: string;
  readonly recoveredJobs: number;
  /** Records that could not be read (the whole file when it was not JSON: then unknown, null). */
  readonly unreadableJobs: number | null;
  readonly message: string;
}

/**
 * Another process (a second `cliprelay resume`, a panel) changed this job since we read it; our
 * write was refused and the ledger now holds theirs. The run that hit it stops: the other process
 * owns the job.
 */
export class JobClaimedElsewhereError extends AppError {
  constructor(readonly jobId: string) {
    super(`Job ${jobId} is being worked on by another ClipRelay process; this one leaves it alone.`);
    this.name = 'JobClaimedElsewhereError';
  }
}

/**
 * Every generation, recorded before its create request is sent and saved at every step, so
 * closing the panel or killing the CLI never loses a paid job. Each save re-reads the stored
 * ledger inside the storage's lock and changes only the saved job, so processes sharing the file
 * never drop each other's jobs; a job whose stored revision moved on is not overwritten.
 */
export class JobLedger {
  readonly #jobs = new Map<string, JobRecord>();
  readonly #storage: LedgerStorage;
  readonly #listeners = new Set<(jobs: readonly JobRecord[]) => void>();
  #saving: Promise<unknown> = Promise.resolve();
  #recovery: LedgerRecovery | null = null;
  /** The stored text as this ledger last read or wrote it: unchanged since, it needs no re-reading. */
  #lastText: string | null = null;

  private constructor(storage: LedgerStorage) {
    this.#storage = storage;
  }

  /**
   * Opens the ledger; a missing file is an empty ledger. A damaged one is kept aside (when the
   * storage can) and every readable job recovered, described by `recovery`; without a place to
   * keep it, a StoredDataDamagedError (the damaged text is never overwritten).
   */
  static async open(storage: LedgerStorage, options: { readonly now?: () => number } = {}): Promise<JobLedger> {
    const ledger = new JobLedger(storage);
    const text = await storage.read();
    const { jobs, unreadable, error } = readLedgerText(text);
    if (error == null && unreadable === 0) {
      for (const job of jobs) ledger.#jobs.set(job.id, job);
      ledger.#lastText = text;
      return ledger;
    }
    if (storage.keepAside == null)
      throw error ?? new StoredDataDamagedError({ document: DOCUMENT, detail: `${unreadable} job records are unreadable` });
    const keptAsidePath = await storage.keepAside(text!, (options.now ?? Date.now)());
    for (const job of jobs) ledger.#jobs.set(job.id, job);
    const lost =
      error == null ? `${unreadable} unreadable job record${unreadable === 1 ? ' was' : 's were'} left out` : 'it was not readable at all';
    ledger.#recovery = {
      keptAsidePath,
      recoveredJobs: jobs.length,
      unreadableJobs: error == null ? unreadable : null,
      message: `The job ledger was damaged (${error?.detail ?? lost}); it was kept aside in ${keptAsidePath} and ${jobs.length} job${jobs.length === 1 ? ' was' : 's were'} recovered.`,
    };
    // The rescued jobs become the ledger, so the damaged text is not read (and kept aside) again.
    await storage.write(serialize(ledger.#jobs.values()));
    return ledger;
  }

  /** Set when opening found a damaged ledger: what was kept and what was recovered. */
  get recovery(): LedgerRecovery | null {
    return this.#recovery;
  }

  /** Newest first. */
  list(): JobRecord[] {
    return [...this.#jobs.values()].sort((a, b) => b.createdAtMs - a.createdAtMs);
  }

  get(id: string): JobRecord | undefined {
    return this.#jobs.get(id);
  }

  /**
   * Stores the record (checked against its phase) and waits until it is stored. Rejects with
   * JobClaimedElsewhereError when the stored job moved on since this ledger last saw it.
   */
  async put(job: JobRecord): Promise<JobRecord> {
    const checked = parseJobRecord(job);
    const run = this.#saving.catch(() => undefined).then(() => this.#save(checked));
    this.#saving = run;
    const saved = await run;
    this.#notify();
    return saved;
  }

  /** Reads the stored ledger again, taking every job another process added or advanced. */
  async refresh(): Promise<void> {
    await this.#saving.catch(() => undefined);
    const { jobs, error } = readLedgerText(await this.#storage.read());
    if (error != null) throw error;
    this.#adopt(jobs);
    this.#notify();
  }

  subscribe(listener: (jobs: readonly JobRecord[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #save(job: JobRecord): Promise<JobRecord> {
    const expectedRevision = this.#jobs.get(job.id)?.revision ?? 0;
    const isNew = !this.#jobs.has(job.id);
    const next = { ...job, revision: expectedRevision + 1 } as JobRecord;
    let conflict = false;
    const change = (current: string | null): string | null => {
      // Untouched by anyone else since our last write: skip checking every record again (a
      // ledger of thousands of jobs is written on every progress step).
      const { jobs, error } =
        current != null && current === this.#lastText ? { jobs: [...this.#jobs.values()], error: undefined } : readLedgerText(current);
      if (error != null) throw error; // damaged since we opened it: never overwrite
      this.#adopt(jobs);
      const stored = current === this.#lastText ? this.#jobs.get(job.id) : jobs.find((candidate) => candidate.id === job.id);
      if (stored != null && (isNew || (stored.revision ?? 0) !== expectedRevision)) {
        conflict = true;
        return null;
      }
      this.#jobs.set(job.id, next);
      this.#lastText = serialize(this.#jobs.values());
      return this.#lastText;
    };
    if (this.#storage.update != null) {
      await this.#storage.update(change);
    } else {
      const text = change(await this.#storage.read());
      if (text != null) await this.#storage.write(text);
    }
    if (conflict) {
      this.#notify();
      throw new JobClaimedElsewhereError(job.id);
    }
    return next;
  }

  /** Takes stored jobs this ledger lacks or holds an older revision of. */
  #adopt(jobs: readonly JobRecord[]): void {
    for (const stored of jobs) {
      const mine = this.#jobs.get(stored.id);
      if (mine == null || (stored.revision ?? 0) > (mine.revision ?? 0)) this.#jobs.set(stored.id, stored);
    }
  }

  #notify(): void {
    const jobs = this.list();
    for (const listener of this.#listeners) listener(jobs);
  }
}

function serialize(jobs: Iterable<JobRecord>): string {
  return JSON.stringify({ version: LEDGER_VERSION, jobs: [...jobs] });
}

/** The readable jobs of a stored ledger, how many records were not, and whether the file itself is damaged. */
function readLedgerText(text: string | null): { jobs: JobRecord[]; unreadable: number; error?: StoredDataDamagedError } {
  let file: z.output<typeof ledgerFileSchema> | null;
  try {
    file = readStoredJson(text, ledgerFileSchema, DOCUMENT);
  } catch (error) {
    if (error instanceof StoredDataDamagedError) return { jobs: [], unreadable: 0, error };
    throw error;
  }
  if (file == null) return { jobs: [], unreadable: 0 };
  const jobs: JobRecord[] = [];
  let unreadable = 0;
  for (const raw of file.jobs) {
    try {
      jobs.push(parseJobRecord(migrateJobRecord(raw)));
    } catch {
      unreadable++;
    }
  }
  return { jobs, unreadable };
}
