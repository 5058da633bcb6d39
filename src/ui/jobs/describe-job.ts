import type { MessageId } from '../../shared/i18n/catalogs';
import type { Translator } from '../../shared/i18n/translator';
import type { JobPhase, JobRecord } from '../../workflows/jobs/job-record';

const PHASE_MESSAGES = {
  queued: 'jobs.phaseQueued',
  creating: 'jobs.phaseCreating',
  unconfirmed: 'jobs.phaseUnconfirmed',
  generating: 'jobs.phaseGenerating',
  downloading: 'jobs.phaseDownloading',
  placing: 'jobs.phasePlacing',
  placed: 'jobs.phasePlaced',
  saved: 'jobs.phaseSaved',
  failed: 'jobs.phaseFailed',
  cancelled: 'jobs.phaseCancelled',
} as const satisfies Record<JobPhase, MessageId>;

/** "Generating 42%": the phase in the panel's language, with the progress within it when the provider tells it. */
export function phaseLabel(job: JobRecord, t: Translator['t']): string {
  const label = t(PHASE_MESSAGES[job.phase]);
  // Rounded to whole percents here so every locale shows the same number the English did.
  return job.progress == null ? label : t('jobs.phaseProgress', { phase: label, percent: Math.round(job.progress * 100) / 100 });
}

/** "1:05" for 65 s; "1:02:03" past an hour (a running clock: digits and colons read the same in every panel language). */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
