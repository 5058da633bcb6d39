import type { JobRecord } from './job-record';

/** The folder the Jobs tab's thumbnails are exported to (the plugin data folder), by file name. */
export interface ThumbnailFolder {
  names(): Promise<readonly string[]>;
  remove(name: string): Promise<void>;
}

/** `thumbnail-<job id>.png` as the Jobs tab asks Premiere for it; some builds append the extension again. */
const THUMBNAIL = /^thumbnail-(.+?)\.png(?:\.png)?$/;

/** The job id as it appears in a file name (the frame export keeps word characters, dots and dashes). */
const asFileStem = (jobId: string) => jobId.replace(/[^\w.-]+/g, '-');

/**
 * Deletes the thumbnails of jobs the ledger no longer holds (archived, or from a ledger that was
 * reset), so the data folder does not grow by a picture per job for ever. Other files are never
 * touched; a thumbnail that cannot be deleted is left for the next time. Returns how many went.
 */
export async function pruneJobThumbnails(folder: ThumbnailFolder, jobs: readonly Pick<JobRecord, 'id'>[]): Promise<number> {
  const kept = new Set(jobs.map((job) => asFileStem(job.id)));
  let removed = 0;
  for (const name of await folder.names()) {
    const stem = THUMBNAIL.exec(name)?.[1];
    if (stem == null || kept.has(stem)) continue;
    try {
      await folder.remove(name);
      removed++;
    } catch {
      // Locked or already gone: the next prune tries again.
    }
  }
  return removed;
}

/**
 * Keeps the thumbnails in step with the ledger: prunes orphans now (on start), and again whenever a
 * save leaves out a job it held before (jobs moved to the archive; a save may add one as others go).
 * One prune at a time. Returns a stop function.
 */
export function keepJobThumbnailsInStep(
  ledger: { list(): readonly Pick<JobRecord, 'id'>[]; subscribe(listener: (jobs: readonly Pick<JobRecord, 'id'>[]) => void): () => void },
  folder: ThumbnailFolder,
): () => void {
  let running: Promise<unknown> = Promise.resolve();
  const prune = (jobs: readonly Pick<JobRecord, 'id'>[]) => {
    running = running.then(() => pruneJobThumbnails(folder, jobs)).catch(() => undefined);
  };
  let known = new Set(ledger.list().map((job) => job.id));
  prune(ledger.list());
  return ledger.subscribe((jobs) => {
    const now = new Set(jobs.map((job) => job.id));
    if ([...known].some((id) => !now.has(id))) prune(jobs);
    known = now;
  });
}
