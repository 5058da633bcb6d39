import { describeError } from '../../shared/app-error';

/**
 * A job-card click (cancel, retry, create again) that says when it fails. What it changes shows on
 * the card through the ledger, but a failure before the ledger is touched (the provider cannot be
 * created, the ledger cannot be written) would otherwise vanish: the editor clicks and nothing happens.
 */
export function reportedJobAction(
  verb: string,
  run: (id: string) => Promise<unknown>,
  onProblem: (message: string | null) => void,
): (id: string) => void {
  return (id) => {
    onProblem(null);
    void run(id).catch((error: unknown) => onProblem(`Could not ${verb} the job: ${describeError(error)}`));
  };
}
