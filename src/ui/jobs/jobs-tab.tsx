import { isTerminal, type JobRecord } from '../../workflows/jobs/job-record';
import type { PanelServices } from '../panel-services';
import { useClock } from '../use-clock';
import { JobCard, type JobActions } from './job-card';

/** Every generation, running ones first: live progress, elapsed time, cancel, retry, reuse. */
export function JobsTab({ services, jobs, onReuse }: { services: PanelServices; jobs: readonly JobRecord[]; onReuse: (job: JobRecord) => void }) {
  const running = jobs.filter((job) => !isTerminal(job));
  const history = jobs.filter(isTerminal);
  const nowMs = useClock(services.now, running.length > 0);
  const actions: JobActions = {
    cancel: (id) => void services.jobs.cancel(id),
    retry: (id) => void services.jobs.retry(id),
    reuse: onReuse,
  };
  return (
    <section className="section" id="panel-jobs" role="tabpanel" aria-labelledby="tab-jobs">
      {jobs.length === 0 ? <p className="hint">No generations yet. Jobs survive closing the panel: unfinished ones resume when it opens.</p> : null}
      {running.length > 0 ? <h2>Running</h2> : null}
      {running.map((job) => (
        <JobCard key={job.id} job={job} nowMs={nowMs} actions={actions} />
      ))}
      {history.length > 0 ? <h2>History</h2> : null}
      {history.map((job) => (
        <JobCard key={job.id} job={job} nowMs={nowMs} actions={actions} />
      ))}
    </section>
  );
}
