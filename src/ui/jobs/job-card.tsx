import type { VideoContinuation } from '../../providers/spec';
import { isTerminal, type JobRecord } from '../../workflows/jobs/job-record';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumProgressBar } from '../spectrum/spectrum-progress-bar';
import { formatElapsed, phaseLabel } from './describe-job';
import { JobThumbnail, type ThumbnailOf } from './job-thumbnail';
import { JobWarnings } from './job-warnings';

export interface JobActions {
  cancel(id: string): void;
  retry(id: string): void;
  /** Sends an unconfirmed create again, for providers that cannot be asked whether it arrived; the user decides. */
  recreate(id: string): void;
  reuse(job: JobRecord): void;
  /** Opens Generate set up to extend or edit this finished job. @default undefined (no Extend/Edit buttons) */
  continueJob?(job: JobRecord, mode: VideoContinuation['mode']): void;
  /** Shows the job's clip in its bin. @default undefined (the host cannot: no Reveal button) */
  revealInBin?(job: JobRecord): void;
  /** The job's picture (`hostThumbnails`). @default undefined (a placeholder with the clip's length) */
  readonly thumbnailOf?: ThumbnailOf;
}

const CONTINUE_LABELS: Readonly<Record<VideoContinuation['mode'], { label: string; title: string }>> = {
  extend: { label: 'Extend', title: 'Generate more of this clip after its end' },
  edit: { label: 'Edit', title: 'Change this clip with a new prompt' },
};

/** One job: what it is, where it stands, how long it has taken, and what can be done about it. */
export function JobCard({
  job,
  nowMs,
  actions,
  continuation = [],
}: {
  job: JobRecord;
  nowMs: number;
  actions: JobActions;
  /** How the job's model continues its own clips (catalog `continuation`). @default [] (it cannot) */
  continuation?: readonly VideoContinuation['mode'][];
}) {
  const terminal = isTerminal(job);
  const elapsedMs = (terminal ? job.updatedAtMs : nowMs) - job.createdAtMs;
  const canRetry = job.problem?.retryable === true && (job.phase === 'failed' || !terminal);
  const active = !terminal && job.problem == null;
  // Unconfirmed with a problem that Retry cannot solve: the provider cannot be asked by our id
  // (the message gives the time sent, its answer and the cost), so only the user can send it again.
  const canRecreate = job.phase === 'unconfirmed' && job.problem?.retryable === false;
  // Only a finished clip can be continued: the provider continues its own generation by id.
  const continueModes = (job.phase === 'placed' || job.phase === 'saved') && actions.continueJob != null ? continuation : [];
  return (
    <div
      className={`job-card phase-${job.phase}`}
      data-job-id={job.id}
      data-phase={job.phase}
      role="group"
      aria-label={`Generation: ${job.request.prompt}`}
    >
      <JobThumbnail job={job} thumbnailOf={actions.thumbnailOf} />
      <div className="job-title" title={job.request.prompt}>
        {job.request.prompt}
      </div>
      <div className="job-meta">
        {job.providerName} · {job.request.model} · {job.request.durationSeconds} s
        {job.request.resolution == null ? '' : ` · ${job.request.resolution}`}
        {job.referenceImageName == null ? '' : ` · from ${job.referenceImageName}`} · ${job.estimatedCostUsd.toFixed(2)} ·{' '}
        {formatElapsed(elapsedMs)}
      </div>
      <div className="job-status" role="status" aria-live="polite">
        {phaseLabel(job)}
        {job.ref == null ? '' : ` · job ${job.ref.jobId}`}
      </div>
      {active ? <SpectrumProgressBar label={`Progress of ${job.request.prompt}`} fraction={job.progress ?? null} /> : null}
      {job.problem == null ? null : (
        <p className={job.problem.moderated === true ? 'error moderated' : 'error'} role="alert">
          {job.problem.message}
        </p>
      )}
      <JobWarnings warnings={job.warnings} />
      {job.phase === 'placed' && job.placement != null ? (
        <p className="result">
          Placed at {job.placement.startSeconds.toFixed(2)} s{job.media?.hasAudio === false ? ' (no audio track)' : ''}.
        </p>
      ) : null}
      {job.phase === 'saved' && job.binItemId != null ? <p className="result">In bin; not placed on the timeline.</p> : null}
      <div className="button-row">
        {!terminal ? (
          <SpectrumButton emphasis="quiet" label="Cancel this generation" onPress={() => actions.cancel(job.id)}>
            Cancel
          </SpectrumButton>
        ) : null}
        {canRetry ? (
          <SpectrumButton emphasis="quiet" label="Retry this generation" onPress={() => actions.retry(job.id)}>
            Retry
          </SpectrumButton>
        ) : null}
        {canRecreate ? (
          <SpectrumButton
            emphasis="quiet"
            onPress={() => actions.recreate(job.id)}
            title={`May cost about $${job.estimatedCostUsd.toFixed(2)} again if the first create arrived`}
          >
            Create again (${job.estimatedCostUsd.toFixed(2)})
          </SpectrumButton>
        ) : null}
        <SpectrumButton emphasis="quiet" label="Reuse these settings in Generate" onPress={() => actions.reuse(job)}>
          Reuse
        </SpectrumButton>
        {job.binItemId != null && actions.revealInBin != null ? (
          <SpectrumButton emphasis="quiet" label="Reveal the clip in its bin" onPress={() => actions.revealInBin?.(job)}>
            Reveal in bin
          </SpectrumButton>
        ) : null}
        {continueModes.map((mode) => (
          <SpectrumButton
            key={mode}
            emphasis="quiet"
            label={CONTINUE_LABELS[mode].title}
            title={CONTINUE_LABELS[mode].title}
            onPress={() => actions.continueJob?.(job, mode)}
          >
            {CONTINUE_LABELS[mode].label}
          </SpectrumButton>
        ))}
      </div>
    </div>
  );
}
