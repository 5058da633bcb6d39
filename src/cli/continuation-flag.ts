import type { VideoContinuation } from '../providers/spec';
import type { JobRecord } from '../workflows/jobs/job-record';
import { CliUsageError } from './cli-usage-error';

/** What `--extend JOB` / `--edit JOB` resolve to: the earlier job's provider and model, and the continuation. */
interface ContinuationChoice {
  readonly providerId: string;
  readonly modelId: string;
  readonly continueFrom: VideoContinuation;
}

/**
 * `generate --extend JOB` / `--edit JOB`: continue an earlier generation of this ledger (Gemini Omni's
 * `previous_interaction_id`). The job must have reached its provider and finished there; its provider
 * and model become the defaults, and the catalog check then says whether the model offers the mode.
 */
export function continuationFromFlags(
  flags: { readonly extend?: string; readonly edit?: string },
  findJob: (id: string) => JobRecord | undefined,
): ContinuationChoice | null {
  if (flags.extend != null && flags.edit != null) throw new CliUsageError('generate: use --extend or --edit, not both.');
  const mode = flags.extend != null ? 'extend' : flags.edit != null ? 'edit' : null;
  if (mode == null) return null;
  const jobId = (flags.extend ?? flags.edit)!;
  const job = findJob(jobId);
  if (job == null) throw new CliUsageError(`generate: no job "${jobId}" in the ledger; \`cliprelay jobs\` lists them.`);
  const finished = job.phase === 'saved' || job.phase === 'placed' || job.phase === 'placing';
  if (!finished || job.ref == null) {
    throw new CliUsageError(`generate: job "${jobId}" has no finished video at ${job.providerName} to ${mode} (it is ${job.phase}).`);
  }
  return { providerId: job.providerId, modelId: job.request.model, continueFrom: { mode, providerJobId: job.ref.jobId } };
}
