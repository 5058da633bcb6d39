import { z } from 'zod';
import type { JobRecord } from './job-record';
import type { LedgerStorage } from './ledger-storage';

const LEDGER_VERSION = 1;

/** Lenient on read (a newer build may have added fields); only the shape we rely on is checked. */
const ledgerFileSchema = z.object({
  version: z.literal(LEDGER_VERSION),
  jobs: z.array(z.looseObject({ id: z.string(), phase: z.string(), providerId: z.string(), request: z.looseObject({ clientJobId: z.string() }) })),
});

/**
 * Every generation, recorded before its create request is sent and saved at every step, so
 * closing the panel or killing the CLI never loses a paid job. Writes are serialized: each save
 * is the whole ledger, written after the previous one finished.
 */
export class JobLedger {
  readonly #jobs = new Map<string, JobRecord>();
  readonly #storage: LedgerStorage;
  readonly #listeners = new Set<(jobs: readonly JobRecord[]) => void>();
  #saving: Promise<void> = Promise.resolve();

  private constructor(storage: LedgerStorage) {
    this.#storage = storage;
  }

  /** Opens the ledger; a missing file is an empty ledger, an unreadable one is an error (never overwritten). */
  static async open(storage: LedgerStorage): Promise<JobLedger> {
    const ledger = new JobLedger(storage);
    const text = await storage.read();
    if (text == null || text.trim() === '') return ledger;
    const parsed = ledgerFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new Error(`The job ledger cannot be read (${parsed.error.issues[0]?.message ?? 'unknown format'}); it was left untouched.`);
    }
    for (const job of parsed.data.jobs as unknown as JobRecord[]) ledger.#jobs.set(job.id, job);
    return ledger;
  }

  /** Newest first. */
  list(): JobRecord[] {
    return [...this.#jobs.values()].sort((a, b) => b.createdAtMs - a.createdAtMs);
  }

  get(id: string): JobRecord | undefined {
    return this.#jobs.get(id);
  }

  /** Stores the record and waits until it is on disk. */
  async put(job: JobRecord): Promise<JobRecord> {
    this.#jobs.set(job.id, job);
    for (const listener of this.#listeners) listener(this.list());
    const text = JSON.stringify({ version: LEDGER_VERSION, jobs: [...this.#jobs.values()] });
    this.#saving = this.#saving.catch(() => undefined).then(() => this.#storage.write(text));
    await this.#saving;
    return job;
  }

  subscribe(listener: (jobs: readonly JobRecord[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
