import { StoredDataDamagedError } from '../../platform/stored-data-damaged-error';
import { AppError, type LocalizedMessage } from '../../shared/app-error';
import { redactEchoedSecrets } from '../../shared/redact-echoed-secrets';
import { redactedLocalizedMessage } from './storable-localized-message';
import { isBillable, isTerminal, type JobRecord } from './job-record';
import { migrateJobRecord, parseJobRecord } from './job-record-schema';
import { LEDGER_DOCUMENT, ledgerLine, ledgerText, readLedgerText, type LedgerContents } from './ledger-text';
import type { LedgerStorage, LedgerWrite } from '../../platform/ledger-storage';

/** When finished jobs leave the ledger for the archive (see JobLedger). */
interface LedgerCompaction {
  /** At most this many finished jobs stay (the newest); the rest is archived once there are a tenth more. @default 1000 */
  readonly keepFinished?: number;
  /** When archiving, finished jobs untouched for this long go too, even among the newest. @default 30 */
  readonly keepDays?: number;
}

const DAY_MS = 86_400_000;
/** Never archived, whatever the counts: today's spend (and a day either side for time zones) is read from the ledger. */
const RECENT_MS = 2 * DAY_MS;

/** What opening a damaged ledger rescued, for the panel and the CLI to tell the user. */
interface LedgerRecovery {
  /** Where the damaged text was kept. */
  readonly keptAsidePath: string;
  readonly recoveredJobs: number;
  /** Records that could not be read (the whole file when it was not JSON: then unknown, null). */
  readonly unreadableJobs: number | null;
  readonly message: string;
  /** `message` as a catalog message, so the panel says it in the editor's language. */
  readonly localized: LocalizedMessage;
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
  #jobs = new Map<string, JobRecord>();
  /** Each job's stored line, while it is the line of the job in #jobs: a save re-serialises only what changed. */
  #lines = new Map<string, string>();
  readonly #storage: LedgerStorage;
  readonly #listeners = new Set<(jobs: readonly JobRecord[]) => void>();
  #saving: Promise<unknown> = Promise.resolve();
  #recovery: LedgerRecovery | null = null;
  /** The stored text as this ledger last read or wrote it: unchanged since, it needs no re-reading. */
  #lastText: string | null = null;
  /** What the billable jobs moved to the archive cost, by project, so a project's budget still counts them. */
  #archivedSpendUsd: Record<string, number> = {};
  readonly #now: () => number;
  readonly #compaction: Required<LedgerCompaction>;

  private constructor(storage: LedgerStorage, options: { readonly now?: () => number; readonly compaction?: LedgerCompaction }) {
    this.#storage = storage;
    this.#now = options.now ?? Date.now;
    this.#compaction = { keepDays: options.compaction?.keepDays ?? 30, keepFinished: options.compaction?.keepFinished ?? 1000 };
  }

  /**
   * Opens the ledger; a missing file is an empty ledger. A damaged one is kept aside (when the
   * storage can) and every readable job recovered, described by `recovery`; without a place to
   * keep it, a StoredDataDamagedError (the damaged text is never overwritten).
   */
  static async open(
    storage: LedgerStorage,
    options: { readonly now?: () => number; readonly compaction?: LedgerCompaction } = {},
  ): Promise<JobLedger> {
    const ledger = new JobLedger(storage, options);
    const text = await storage.read();
    const contents = readLedgerText(text);
    const { jobs, unreadable, error } = contents;
    if (error == null && unreadable === 0) {
      ledger.#adopt(contents);
      ledger.#lastText = text;
      // An older format is rewritten now (losslessly: the same jobs), and a ledger that grew past its
      // bounds (an older build, a long pause) shrinks now, not at the next job.
      if (contents.outdated || (storage.appendArchive != null && ledger.#archivable().length > 0)) await ledger.#write(() => false);
      return ledger;
    }
    if (storage.keepAside == null)
      throw error ?? new StoredDataDamagedError({ document: LEDGER_DOCUMENT, detail: `${unreadable} job records are unreadable` });
    const keptAsidePath = await storage.keepAside(text!, (options.now ?? Date.now)());
    ledger.#jobs = jobs;
    const lost =
      error == null ? `${unreadable} unreadable job record${unreadable === 1 ? ' was' : 's were'} left out` : 'it was not readable at all';
    ledger.#recovery = {
      keptAsidePath,
      recoveredJobs: jobs.size,
      unreadableJobs: error == null ? unreadable : null,
      message: `The job ledger was damaged (${error?.detail ?? lost}); it was kept aside in ${keptAsidePath} and ${jobs.size} job${jobs.size === 1 ? ' was' : 's were'} recovered.`,
      localized:
        error == null
          ? { id: 'errors.ledgerRecordsLeftOut', values: { unreadable, path: keptAsidePath, count: jobs.size } }
          : { id: 'errors.ledgerDamaged', values: { detail: error.detail, path: keptAsidePath, count: jobs.size } },
    };
    // The rescued jobs become the ledger, so the damaged text is not read (and kept aside) again.
    await storage.write(ledger.#serialize());
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

  /** What the billable jobs moved to the archive cost for this project (budgets still count them). */
  archivedSpendUsd(projectName: string): number {
    return this.#archivedSpendUsd[projectName] ?? 0;
  }

  /**
   * The finished jobs moved to the archive, newest first (for `cliprelay jobs --all`); a job also in
   * the ledger (a crash between the archive append and the ledger write) is listed from the ledger.
   * Unreadable lines are skipped: the archive is a record, not something to act on.
   */
  async listArchived(): Promise<JobRecord[]> {
    const text = (await this.#storage.readArchive?.()) ?? '';
    const archived = new Map<string, JobRecord>();
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const job = parseJobRecord(migrateJobRecord(JSON.parse(line)));
        if (!this.#jobs.has(job.id)) archived.set(job.id, job);
      } catch {
        // a line torn by a crash, or written by a newer build
      }
    }
    return [...archived.values()].sort((a, b) => b.createdAtMs - a.createdAtMs);
  }

  /**
   * Stores the record (checked against its phase) and waits until it is stored. Rejects with
   * JobClaimedElsewhereError when the stored job moved on since this ledger last saw it.
   */
  async put(job: JobRecord): Promise<JobRecord> {
    const checked = parseJobRecord(withoutEchoedSecrets(job, this.#jobs.get(job.id)));
    // The previous save's failure went to its own caller; this save goes ahead regardless.
    const run = this.#saving.catch(() => undefined).then(() => this.#save(checked));
    this.#saving = run;
    const saved = await run;
    this.#notify();
    return saved;
  }

  /** Reads the stored ledger again, taking every job another process added or advanced. */
  async refresh(): Promise<void> {
    // Waits for a pending save without taking on its failure, which its caller already got.
    await this.#saving.catch(() => undefined);
    const contents = readLedgerText(await this.#storage.read());
    if (contents.error != null) throw contents.error;
    this.#adopt(contents);
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
    const conflict = await this.#write(() => {
      const stored = this.#jobs.get(job.id);
      if (stored != null && (isNew || (stored.revision ?? 0) !== expectedRevision)) return true;
      this.#jobs.set(job.id, next);
      this.#lines.delete(job.id);
      return false;
    });
    if (conflict) {
      this.#notify();
      throw new JobClaimedElsewhereError(job.id);
    }
    return next;
  }

  /**
   * Re-reads the stored ledger (inside the storage's lock where there is one), applies `change` to
   * the jobs (true: refused, write nothing), moves what has outgrown the ledger to the archive and
   * writes. Returns whether `change` refused.
   */
  async #write(change: () => boolean): Promise<boolean> {
    let refused = false;
    const apply = (current: string | null): LedgerWrite | null => {
      // Untouched by anyone else since our last write: skip checking every record again (a
      // ledger of thousands of jobs is written on every progress step).
      if (current == null || current !== this.#lastText) {
        const contents = readLedgerText(current);
        if (contents.error != null) throw contents.error; // damaged since we opened it: never overwrite
        this.#adopt(contents);
      }
      refused = change();
      if (refused) return null;
      const archived = this.#storage.appendArchive == null ? [] : this.#archivable();
      for (const finished of archived) {
        this.#jobs.delete(finished.id);
        this.#lines.delete(finished.id);
        if (isBillable(finished)) {
          const spent = (this.#archivedSpendUsd[finished.projectName] ?? 0) + finished.estimatedCostUsd;
          this.#archivedSpendUsd = { ...this.#archivedSpendUsd, [finished.projectName]: spent };
        }
      }
      this.#lastText = this.#serialize();
      return { text: this.#lastText, archive: archived.map((finished) => `${JSON.stringify(finished)}\n`).join('') };
    };
    if (this.#storage.update != null) {
      await this.#storage.update(apply);
    } else {
      const next = apply(await this.#storage.read());
      if (next != null) {
        if (next.archive != null && next.archive !== '') await this.#storage.appendArchive?.(next.archive);
        await this.#storage.write(next.text);
      }
    }
    return refused;
  }

  /**
   * Finished jobs that have outgrown the ledger. Nothing moves until it holds a tenth more than
   * `keepFinished` finished jobs (so archiving happens in batches, never one job per save, and a
   * small ledger is never touched); then every finished job beyond the newest `keepFinished`, and
   * every one untouched for `keepDays`, goes. Jobs of the last two days stay whatever the counts
   * (today's spend is read from here), and an unfinished job never moves.
   */
  #archivable(): JobRecord[] {
    const allFinished = [...this.#jobs.values()].filter(isTerminal);
    if (allFinished.length <= this.#compaction.keepFinished * 1.1) return [];
    const nowMs = this.#now();
    const staleBeforeMs = nowMs - this.#compaction.keepDays * DAY_MS;
    // Newest first: the newest `keepFinished` stay unless stale.
    allFinished.sort((a, b) => b.createdAtMs - a.createdAtMs);
    return allFinished.filter(
      (job, index) => job.createdAtMs < nowMs - RECENT_MS && (index >= this.#compaction.keepFinished || job.updatedAtMs < staleBeforeMs),
    );
  }

  /**
   * Takes the stored ledger as it is now: jobs another process added or advanced, and without the
   * jobs it moved to the archive (kept here, they would be written back).
   */
  #adopt({ jobs, lines, archivedSpendUsd }: LedgerContents): void {
    this.#archivedSpendUsd = archivedSpendUsd;
    if (this.#jobs.size === 0) {
      // Opening: nothing of ours to keep.
      this.#jobs = jobs;
      this.#lines = lines;
      return;
    }
    const stored = new Map<string, JobRecord>();
    const storedLines = new Map<string, string>();
    for (const job of jobs.values()) {
      const mine = this.#jobs.get(job.id);
      const keepMine = mine != null && (mine.revision ?? 0) > (job.revision ?? 0);
      stored.set(job.id, keepMine ? mine : job);
      const line = keepMine ? this.#lines.get(job.id) : lines.get(job.id);
      if (line != null) storedLines.set(job.id, line);
    }
    this.#jobs.clear();
    this.#lines.clear();
    for (const [id, job] of stored) this.#jobs.set(id, job);
    for (const [id, line] of storedLines) this.#lines.set(id, line);
  }

  /** The ledger's text, each job's line reused while the job is unchanged. */
  #serialize(): string {
    const lines: string[] = [];
    for (const [id, job] of this.#jobs) {
      let line = this.#lines.get(id);
      if (line == null) {
        line = ledgerLine(job);
        this.#lines.set(id, line);
      }
      lines.push(line);
    }
    return ledgerText(lines, this.#archivedSpendUsd);
  }

  #notify(): void {
    const jobs = this.list();
    for (const listener of this.#listeners) listener(jobs);
  }
}

/**
 * The record with credentials a server echoed back (in a problem, an answer, a warning, any value of a stored catalog
 * message) blanked: the one place a job's words are redacted, so no step that words a problem has to remember it.
 * Text the stored record already holds was blanked when it was stored, so only new text is scanned
 * (a job saved at every progress step keeps its warnings and answer).
 */
function withoutEchoedSecrets(job: JobRecord, stored: JobRecord | undefined): JobRecord {
  const redact = (text: string, storedText: string | undefined) => (text === storedText ? text : redactEchoedSecrets(text));
  const redacted: Record<string, unknown> = {
    ...job,
    warnings: job.warnings.map((warning, index) => redact(warning, stored?.warnings[index])),
  };
  if (job.problem != null) {
    const { localized } = job.problem;
    redacted.problem = {
      ...job.problem,
      message: redact(job.problem.message, stored?.problem?.message),
      ...(localized != null && { localized: redactWords(localized, stored?.problem?.localized) }),
    };
  }
  if (job.warningWords != null)
    redacted.warningWords = job.warningWords.map((words, index) =>
      words == null ? null : redactWords(words, stored?.warningWords?.[index]),
    );
  if (job.createAnswer != null) redacted.createAnswer = redact(job.createAnswer, stored?.createAnswer);
  return redacted as unknown as JobRecord;
}

/** A catalog message with its values redacted; the very object the stored record holds was redacted when it was stored. */
function redactWords(words: LocalizedMessage, stored: LocalizedMessage | null | undefined): LocalizedMessage {
  return words === stored ? words : redactedLocalizedMessage(words);
}
