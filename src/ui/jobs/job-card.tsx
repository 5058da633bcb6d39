import { isTerminal, type JobRecord } from '../../workflows/jobs/job-record';
import { formatElapsed, phaseLabel } from './describe-job';

export interface JobActions {
  cancel(id: string): void;
  retry(id: string): void;
  /** Sends an unconfirmed create again, for providers that cannot be asked whether it arrived; the user decides. */
  recreate(id: string): void;
  reuse(job: JobRecord): void;
}

/** One job: what it is, where it stands, how long it has taken, and what can be done about it. */
export function JobCard({ job, nowMs, actions }: { job: JobRecord; nowMs: number; actions: JobActions }) {
  const terminal = isTerminal(job);
  const elapsedMs = (terminal ? job.updatedAtMs : nowMs) - job.createdAtMs;
  const canRetry = job.problem?.retryable === true && (job.phase === 'failed' || !terminal);
  const active = !terminal && job.problem == null;
  // Unconfirmed with a problem that Retry cannot solve: the provider cannot be asked by our id
  // (the message gives the time sent, its answer and the cost), so only the user can send it again.
  const canRecreate = job.phase === 'unconfirmed' && job.problem?.retryable === false;
  return (
    <div className={`job-card phase-${job.phase}`} data-job-id={job.id} data-phase={job.phase}>
      <div className="job-title" title={job.request.prompt}>
        {job.request.prompt}
      </div>
      <div className="job-meta">
        {job.providerName} · {job.request.model} · {job.request.durationSeconds} s{job.request.resolution == null ? '' : ` · ${job.request.resolution}`}
        {job.referenceImageName == null ? '' : ` · from ${job.referenceImageName}`} · ${job.estimatedCostUsd.toFixed(2)} · {formatElapsed(elapsedMs)}
      </div>
      <div className="job-status" role="status" aria-live="polite">
        {phaseLabel(job)}
        {job.ref == null ? '' : ` · job ${job.ref.jobId}`}
      </div>
      {active ? (
        <div className="progress-track" aria-hidden="true">
          <div className={job.progress == null ? 'progress-fill indeterminate' : 'progress-fill'} style={{ width: `${Math.round((job.progress ?? 1) * 100)}%` }} />
        </div>
      ) : null}
      {job.problem == null ? null : (
        <p className={job.problem.moderated === true ? 'error moderated' : 'error'} role="alert">
          {job.problem.message}
        </p>
      )}
      {job.warnings.map((warning) => (
        <p key={warning} className="warning">
          {warning}
        </p>
      ))}
      {job.phase === 'placed' && job.placement != null ? (
        <p className="result">
          Placed at {job.placement.startSeconds.toFixed(2)} s{job.media?.hasAudio === false ? ' (no audio track)' : ''}.
        </p>
      ) : null}
      <div className="row">
        {!terminal ? (
          <button type="button" className="quiet" onClick={() => actions.cancel(job.id)}>
            Cancel
          </button>
        ) : null}
        {canRetry ? (
          <button type="button" className="quiet" onClick={() => actions.retry(job.id)}>
            Retry
          </button>
        ) : null}
        {canRecreate ? (
          <button type="button" className="quiet" onClick={() => actions.recreate(job.id)} title={`May cost about $${job.estimatedCostUsd.toFixed(2)} again if the first create arrived`}>
            Create again (${job.estimatedCostUsd.toFixed(2)})
          </button>
        ) : null}
        <button type="button" className="quiet" onClick={() => actions.reuse(job)}>
          Reuse
        </button>
      </div>
    </div>
  );
}
