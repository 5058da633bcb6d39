import { useState } from 'react';
import { findCatalogModel } from '../../providers/catalog';
import type { VideoContinuation } from '../../providers/spec';
import { isTerminal, type JobRecord } from '../../workflows/jobs/job-record';
import type { PromptPolicy } from '../../workflows/reports/report-row';
import type { PanelServices } from '../panel-services';
import { describeLocalizedIn } from '../../shared/i18n/describe-error-in';
import { useMessages } from '../i18n/use-messages';
import { useClock } from '../use-clock';
import { reportedJobAction } from './reported-job-action';
import { ExportReportButton } from './export-report-button';
import { WindowedJobList } from './windowed-job-list';
import { JobCard, type JobActions } from './job-card';
import { hostThumbnails } from './job-thumbnail';

/** Every generation, running ones first: live progress, elapsed time, cancel, retry, reuse. */
export function JobsTab({
  services,
  jobs,
  onReuse,
  onContinue,
  reportPrompts = 'hash',
}: {
  services: PanelServices;
  jobs: readonly JobRecord[];
  onReuse: (job: JobRecord) => void;
  /** Extend/Edit on a finished job. @default undefined (no such buttons) */
  onContinue?: (job: JobRecord, mode: VideoContinuation['mode']) => void;
  /** What the exported report shows of prompts (effectivePolicy(...).reportPrompts). @default 'hash' (private unless told) */
  reportPrompts?: PromptPolicy;
}) {
  const running = jobs.filter((job) => !isTerminal(job));
  const history = jobs.filter(isTerminal);
  const nowMs = useClock(services.now, running.length > 0);
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  const messages = useMessages();
  const { t } = messages;
  const { host } = services;
  const reveal =
    host.capabilities.revealsInBin === true && host.revealInBin != null
      ? reportedJobAction('reveal', (itemId) => host.revealInBin!(itemId), setActionProblem, messages)
      : undefined;
  const actions: JobActions = {
    // The card shows the outcome from the ledger; a click that fails before that is said above the list.
    cancel: reportedJobAction('cancel', (id) => services.jobs.cancel(id), setActionProblem, messages),
    retry: reportedJobAction('retry', (id) => services.jobs.retry(id), setActionProblem, messages),
    recreate: reportedJobAction('recreate', (id) => services.jobs.recreate(id), setActionProblem, messages),
    reuse: onReuse,
    continueJob: onContinue,
    // Only where the host can show an item in its bin (the sandbox; Premiere has no verified project-panel selection API).
    revealInBin: reveal == null ? undefined : (job) => reveal(job.binItemId ?? ''),
    thumbnailOf: hostThumbnails(host),
  };
  const continuationOf = (job: JobRecord) => findCatalogModel(services.catalog, job.request.model)?.continuation ?? [];
  const recovery = services.jobs.ledger.recovery;
  return (
    <section className="section" id="panel-jobs" role="tabpanel" aria-labelledby="tab-jobs">
      {recovery == null ? null : (
        <p className="warning" role="alert">
          {describeLocalizedIn(messages, recovery.localized, recovery.message)}
        </p>
      )}
      {actionProblem == null ? null : (
        <p className="error" role="alert">
          {actionProblem}
        </p>
      )}
      <ExportReportButton services={services} prompts={reportPrompts} />
      {jobs.length === 0 ? <p className="hint">{t('jobs.none')}</p> : null}
      {running.length > 0 ? <h2>{t('jobs.running')}</h2> : null}
      {running.map((job) => (
        <JobCard key={job.id} job={job} nowMs={nowMs} actions={actions} continuation={continuationOf(job)} />
      ))}
      {history.length > 0 ? <h2>{t('jobs.history')}</h2> : null}
      <WindowedJobList
        jobs={history}
        label={t('jobs.finished')}
        renderJob={(job) => <JobCard job={job} nowMs={nowMs} actions={actions} continuation={continuationOf(job)} />}
      />
    </section>
  );
}
