import { describeError } from '../../shared/app-error';
import { SOURCE_LOCALE } from '../../shared/i18n/app-locale';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

/** What each job-card click says when it fails. */
const FAILURE_MESSAGES = {
  cancel: 'jobs.couldNotCancel',
  retry: 'jobs.couldNotRetry',
  recreate: 'jobs.couldNotCreateAgain',
  reveal: 'jobs.couldNotReveal',
} as const;

type ReportedAction = keyof typeof FAILURE_MESSAGES;

/**
 * A job-card click (cancel, retry, create again) that says when it fails. What it changes shows on
 * the card through the ledger, but a failure before the ledger is touched (the provider cannot be
 * created, the ledger cannot be written) would otherwise vanish: the editor clicks and nothing happens.
 * `t`: the panel's language (English when not given).
 */
export function reportedJobAction(
  action: ReportedAction,
  run: (id: string) => Promise<unknown>,
  onProblem: (message: string | null) => void,
  t: Translator['t'] = createTranslator(SOURCE_LOCALE).t,
): (id: string) => void {
  return (id) => {
    onProblem(null);
    void run(id).catch((error: unknown) => onProblem(t(FAILURE_MESSAGES[action], { reason: describeError(error) })));
  };
}
