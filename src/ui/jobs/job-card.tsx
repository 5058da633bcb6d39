import type { VideoContinuation } from '../../providers/spec';
import type { MessageId } from '../../shared/i18n/catalogs';
import { isTerminal, type JobRecord } from '../../workflows/jobs/job-record';
import { jobProblemText } from '../i18n/job-problem-text';
import { useMessages } from '../i18n/use-messages';
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

const CONTINUE_LABELS = {
  extend: { label: 'generate.extend', title: 'jobs.extendTitle' },
  edit: { label: 'generate.edit', title: 'jobs.editTitle' },
} as const satisfies Readonly<Record<VideoContinuation['mode'], { label: MessageId; title: MessageId }>>;

/**
 * One job: what it is, where it stands, how long it has taken, and what can be done about it, in the panel's
 * language (`useMessages`, as its thumbnail and warnings read it too).
 */
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
  const messages = useMessages();
  const terminal = isTerminal(job);
  const elapsedMs = (terminal ? job.updatedAtMs : nowMs) - job.createdAtMs;
  const canRetry = job.problem?.retryable === true && (job.phase === 'failed' || !terminal);
  const active = !terminal && job.problem == null;
  // Unconfirmed with a problem that Retry cannot solve: the provider cannot be asked by our id
  // (the message gives the time sent, its answer and the cost), so only the user can send it again.
  const canRecreate = job.phase === 'unconfirmed' && job.problem?.retryable === false;
  // Only a finished clip can be continued: the provider continues its own generation by id.
  const continueModes = (job.phase === 'placed' || job.phase === 'saved') && actions.continueJob != null ? continuation : [];
  const { t, formatDate, formatDuration, formatMoney } = messages;
  const cost = formatMoney(job.estimatedCostUsd);
  const meta = [
    job.providerName,
    job.request.model,
    formatDuration(job.request.durationSeconds),
    ...(job.request.resolution == null ? [] : [job.request.resolution]),
    ...(job.referenceImageName == null ? [] : [t('jobs.fromReference', { name: job.referenceImageName })]),
    cost,
    formatElapsed(elapsedMs),
  ];
  const status = phaseLabel(job, t);
  return (
    <div
      className={`job-card phase-${job.phase}`}
      data-job-id={job.id}
      data-phase={job.phase}
      role="group"
      aria-label={t('jobs.cardLabel', { prompt: job.request.prompt })}
    >
      <JobThumbnail job={job} thumbnailOf={actions.thumbnailOf} />
      <div className="job-title" title={job.request.prompt}>
        {job.request.prompt}
      </div>
      <div
        className="job-meta"
        title={job.createSentAtMs == null ? undefined : t('jobs.startedAt', { time: formatDate(job.createSentAtMs) })}
      >
        {meta.join(' · ')}
      </div>
      <div className="job-status" role="status" aria-live="polite">
        {job.ref == null ? status : t('jobs.statusWithRef', { status, jobId: job.ref.jobId })}
      </div>
      {active ? <SpectrumProgressBar label={t('jobs.progressOf', { prompt: job.request.prompt })} fraction={job.progress ?? null} /> : null}
      {job.problem == null ? null : (
        <p className={job.problem.moderated === true ? 'error moderated' : 'error'} role="alert">
          {/* A moderation reason is the provider's own words: shown as sent, and said to be. */}
          {jobProblemText(messages, job.providerName, job.problem)}
        </p>
      )}
      <JobWarnings warnings={job.warnings} words={job.warningWords} />
      {job.phase === 'placed' && job.placement != null ? (
        <p className="result">
          {t('jobs.placedAtSeconds', { seconds: job.placement.startSeconds, audio: job.media?.hasAudio === false ? 'none' : 'some' })}
        </p>
      ) : null}
      {job.phase === 'saved' && job.binItemId != null ? <p className="result">{t('jobs.inBinNotPlaced')}</p> : null}
      <div className="button-row">
        {!terminal ? (
          <SpectrumButton emphasis="quiet" label={t('jobs.cancel')} onPress={() => actions.cancel(job.id)}>
            {t('panel.cancel')}
          </SpectrumButton>
        ) : null}
        {canRetry ? (
          <SpectrumButton emphasis="quiet" label={t('jobs.retryGeneration')} onPress={() => actions.retry(job.id)}>
            {t('jobs.retry')}
          </SpectrumButton>
        ) : null}
        {canRecreate ? (
          <SpectrumButton emphasis="quiet" onPress={() => actions.recreate(job.id)} title={t('jobs.createAgainTitle', { cost })}>
            {t('jobs.createAgain', { cost })}
          </SpectrumButton>
        ) : null}
        <SpectrumButton emphasis="quiet" label={t('jobs.reuseSettings')} onPress={() => actions.reuse(job)}>
          {t('jobs.reuse')}
        </SpectrumButton>
        {job.binItemId != null && actions.revealInBin != null ? (
          <SpectrumButton emphasis="quiet" label={t('jobs.revealClip')} onPress={() => actions.revealInBin?.(job)}>
            {t('jobs.revealInBin')}
          </SpectrumButton>
        ) : null}
        {continueModes.map((mode) => (
          <SpectrumButton
            key={mode}
            emphasis="quiet"
            label={t(CONTINUE_LABELS[mode].title)}
            title={t(CONTINUE_LABELS[mode].title)}
            onPress={() => actions.continueJob?.(job, mode)}
          >
            {t(CONTINUE_LABELS[mode].label)}
          </SpectrumButton>
        ))}
      </div>
    </div>
  );
}
