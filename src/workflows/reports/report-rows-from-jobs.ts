import { isBillable, type JobRecord } from '../jobs/job-record';
import { localDay } from './local-day';

import type { ReportOutcome, ReportRow } from './report-row';

interface RowOptions {
  /** The prompt as the report shows it (reportPromptFormatter). */
  readonly prompt: (prompt: string) => string;
  /** @default the local calendar day */
  readonly dayOf?: (atMs: number) => string;
}

/** A ledger job as a report row. */
export function reportRowFromJob(job: JobRecord, options: RowOptions): ReportRow {
  const media = job.media;
  return {
    time: new Date(job.createdAtMs).toISOString(),
    timeMs: job.createdAtMs,
    day: (options.dayOf ?? localDay)(job.createdAtMs),
    project: job.projectName,
    client: job.clientTag ?? job.projectName,
    provider: job.providerId,
    model: job.request.model,
    durationSeconds: media?.durationSeconds ?? job.request.durationSeconds,
    resolution: media?.width != null && media.height != null ? `${media.width}x${media.height}` : (job.request.resolution ?? ''),
    costUsd: isBillable(job) ? job.estimatedCostUsd : 0,
    outcome: outcomeOf(job),
    prompt: options.prompt(job.request.prompt),
    filePath: job.mediaPath ?? '',
    provenanceId: job.ref?.jobId ?? job.id,
    jobId: job.id,
  };
}

function outcomeOf(job: JobRecord): ReportOutcome {
  switch (job.phase) {
    case 'placed':
    case 'saved':
    case 'failed':
    case 'cancelled':
      return job.phase;
    default:
      return 'in progress';
  }
}
