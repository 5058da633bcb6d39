import { findCatalogModel } from '../../providers/catalog';
import type { VideoContinuation } from '../../providers/spec';
import { isTerminal, type JobRecord } from '../../workflows/jobs/job-record';
import type { PanelServices } from '../panel-services';
import { useClock } from '../use-clock';
import { JobCard, type JobActions } from './job-card';

/** Every generation, running ones first: live progress, elapsed time, cancel, retry, reuse. */
export function JobsTab({
  services,
  jobs,
  onReuse,
  onContinue,
}: {
  services: PanelServices;
  jobs: readonly JobRecord[];
  onReuse: (job: JobRecord) => void;
  /** Extend/Edit on a finished job. @default undefined (no such buttons) */
  onContinue?: (job: JobRecord, mode: VideoContinuation['mode']) => void;
}) {
  const running = jobs.filter((job) => !isTerminal(job));
  const history = jobs.filter(isTerminal);
  const nowMs = useClock(services.now, running.length > 0);
  const actions: JobActions = {
    // The card shows the outcome from the ledger; a rejected click must not become an unhandled rejection.
    cancel: (id) => void services.jobs.cancel(id).catch(() => undefined),
    retry: (id) => void services.jobs.retry(id).catch(() => undefined),
    recreate: (id) => void services.jobs.recreate(id).catch(() => undefined),
    reuse: onReuse,
    continueJob: onContinue,
  };
  const continuationOf = (job: JobRecord) => findCatalogModel(services.catalog, job.request.model)?.continuation ?? [];
  const recovery = services.jobs.ledger.recovery;
  return (
    <section className="section" id="panel-jobs" role="tabpanel" aria-labelledby="tab-jobs">
      {recovery == null ? null : (
        <p className="warning" role="alert">
          {recovery.message}
        </p>
      )}
      {jobs.length === 0 ? (
        <p className="hint">No generations yet. Jobs survive closing the panel: unfinished ones resume when it opens.</p>
      ) : null}
      {running.length > 0 ? <h2>Running</h2> : null}
      {running.map((job) => (
        <JobCard key={job.id} job={job} nowMs={nowMs} actions={actions} continuation={continuationOf(job)} />
      ))}
      {history.length > 0 ? <h2>History</h2> : null}
      {history.map((job) => (
        <JobCard key={job.id} job={job} nowMs={nowMs} actions={actions} continuation={continuationOf(job)} />
      ))}
    </section>
  );
}
