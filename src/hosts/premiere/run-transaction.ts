import type { Action, Project } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import { HostOperationError } from '../spec';

/** Builds one Action. Called inside the lock, synchronously, exactly once. */
export type ActionFactory = () => Action;

/**
 * Commits actions as ONE undo step named `undoLabel`, the way Premiere 26.3 requires: every action is
 * created inside `project.lockedAccess` (creating one outside throws) and added inside a single
 * `executeTransaction`. Callers pass factories rather than actions because an action is stale once the
 * lock scope it was created in returns. Do every async read before calling this: the lock is held only
 * for the synchronous part of the callback, so nothing here may await.
 *
 * A factory that throws, or an action Premiere refuses (`addAction` returns false), aborts the whole
 * transaction — Premiere then discards the actions already added — and surfaces as a
 * `HostOperationError` naming the failed step. An empty list commits nothing and adds no undo entry.
 */
export function runTransaction(project: Project, undoLabel: string, actionFactories: readonly ActionFactory[]): void {
  if (actionFactories.length === 0) return;
  const stepCount = actionFactories.length;
  let step = 0;
  let refused = false;
  let committed = false;
  try {
    project.lockedAccess(() => {
      committed = project.executeTransaction((compound) => {
        for (const makeAction of actionFactories) {
          step += 1;
          if (compound.addAction(makeAction())) continue;
          refused = true;
          // Throwing inside the callback is how a transaction is aborted.
          throw new HostOperationError(undoLabel, `Premiere refused edit ${step} of ${stepCount}`);
        }
      }, undoLabel);
    });
  } catch (error) {
    const reason = refused ? 'Premiere refused it' : describeError(error);
    const where = step === 0 ? 'the transaction could not start' : `edit ${step} of ${stepCount} failed`;
    throw new HostOperationError(undoLabel, `${where} (${reason}); nothing was changed`, { cause: error });
  }
  if (!committed) throw new HostOperationError(undoLabel, 'Premiere did not commit the transaction; nothing was changed');
}
