import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProviderJobFailedError } from '../../../src/providers/spec';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import { parseJobRecord } from '../../../src/workflows/jobs/job-record-schema';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { JobTimeoutError } from '../../../src/workflows/job-timeout-error';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {} };
const failed = {
  id: 'job-1',
  providerId: 'kling',
  providerName: 'Kling',
  request: { model: 'kling-v2-6', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: 'job-1' },
  projectName: 'P',
  createdAtMs: 0,
  updatedAtMs: 65_000,
  estimatedCostUsd: 1.25,
  warnings: [],
  downloadAttempts: 0,
  phase: 'failed',
  providerHold: 'held',
  ref: { provider: 'kling', model: 'kling-v2-6', jobId: 'k-77', data: {} },
};

/** A job as the ledger reads it back: through the stored-record schema, as after a reload. */
const stored = (problem: unknown): JobRecord => parseJobRecord(JSON.parse(JSON.stringify({ ...failed, problem })));

const problemText = (job: JobRecord, locale: AppLocale) => {
  const html = renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <JobCard job={job} nowMs={65_000} actions={actions} />
    </MessagesProvider>,
  );
  return /role="alert">([^<]*)</.exec(html)?.[1];
};

describe('a stored failure on the job card', () => {
  it('is said in French from its catalog message', () => {
    const error = new JobTimeoutError('Kling', 'k-77', 600_000);
    const job = stored({ message: error.message, retryable: true, localized: error.localized });
    expect(problemText(job, 'fr')).toBe('La tâche Kling k-77 n’a pas fini en 600 s ; elle peut encore aboutir.');
    expect(problemText(job, 'en')).toBe('Kling job k-77 did not finish within 600 s; it may still finish later.');
  });

  it("keeps a moderation reason in the provider's words, labelled, in French and Polish", () => {
    const reason = "Prompt {flagged} isn't #1";
    const job = stored({
      message: `Kling refused the content: ${reason}`,
      moderated: true,
      retryable: false,
      localized: { id: 'errors.providerRefusedContent', values: { provider: 'Kling' }, providerSaid: { provider: 'Kling', text: reason } },
    });
    expect(problemText(job, 'fr')).toBe('Kling a refusé le contenu. Message de Kling (tel quel) : Prompt {flagged} isn&#x27;t #1');
    expect(problemText(job, 'pl')).toBe('Kling: odrzucono treść. Komunikat Kling (bez zmian): Prompt {flagged} isn&#x27;t #1');
  });

  it('from a ledger written before problems kept their catalog message still shows its English text', () => {
    const job = stored({ message: 'Kling job k-77 failed: risk control', retryable: false });
    expect(job.problem?.localized).toBeUndefined();
    expect(problemText(job, 'fr')).toBe('Kling job k-77 failed: risk control');
  });

  it('whose catalog message this build cannot read is shown in English, and the job still loads', () => {
    const unknownId = stored({ message: 'Some newer wording.', retryable: true, localized: { id: 'errors.fromANewerBuild' } });
    expect(problemText(unknownId, 'fr')).toBe('Some newer wording.');
    const malformed = stored({ message: 'Some wording.', retryable: true, localized: { values: 3 } });
    expect(malformed.phase).toBe('failed');
    expect(malformed.problem?.localized).toBeUndefined();
    expect(problemText(malformed, 'fr')).toBe('Some wording.');
  });

  it('a job failure the provider reported reads the same in English as the CLI prints it', () => {
    const error = new ProviderJobFailedError('Kling', 'k-77', 'risk control', false);
    const job = stored({ message: error.message, retryable: false, localized: error.localized });
    expect(problemText(job, 'en')).toBe(error.message);
    expect(problemText(job, 'zh-Hans')).toBe('Kling 任务 k-77 失败。Kling 的原文：risk control');
  });
});
