import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { Translator } from '../../shared/i18n/translator';

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
 * `messages`: the panel's language (`useMessages()`), for the sentence and the error inside it.
 */
export function reportedJobAction(
  action: ReportedAction,
  run: (id: string) => Promise<unknown>,
  onProblem: (message: string | null) => void,
  messages: Translator,
): (id: string) => void {
  return (id) => {
    onProblem(null);
    void run(id).catch((error: unknown) => onProblem(messages.t(FAILURE_MESSAGES[action], { reason: describeErrorIn(messages, error) })));
  };
}
