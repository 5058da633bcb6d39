import { SOURCE_LOCALE } from '../../shared/i18n/app-locale';
import { describeLocalizedIn } from '../../shared/i18n/describe-error-in';
import type { Translator } from '../../shared/i18n/translator';
import type { JobProblem } from '../../workflows/jobs/job-record';

/**
 * A job's stored problem in the panel's language: its catalog message where the ledger kept one, else the stored
 * English (older ledgers, problems worded without a catalog entry). A moderation reason is the provider's own words,
 * shown as sent and said to be.
 */
export function jobProblemText(translator: Translator, providerName: string, problem: JobProblem): string {
  if (problem.localized != null && translator.locale !== SOURCE_LOCALE)
    return describeLocalizedIn(translator, problem.localized, problem.message);
  return problem.moderated === true
    ? translator.t('panel.providerSaid', { provider: providerName, reason: problem.message })
    : problem.message;
}
