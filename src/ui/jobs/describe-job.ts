import type { JobPhase, JobRecord } from '../../workflows/jobs/job-record';

const PHASE_LABELS: Record<JobPhase, string> = {
  queued: 'Waiting for a free slot',
  creating: 'Submitting',
  unconfirmed: 'Checking with the provider',
  generating: 'Generating',
  downloading: 'Downloading',
  placing: 'Placing on the timeline',
  placed: 'On the timeline',
  saved: 'Saved to disk',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export function phaseLabel(job: JobRecord): string {
  const label = PHASE_LABELS[job.phase];
  return job.progress == null ? label : `${label} ${Math.round(job.progress * 100)}%`;
}

/** "1:05" for 65 s; "1:02:03" past an hour. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
