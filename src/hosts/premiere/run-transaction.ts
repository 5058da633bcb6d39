import type { Action, Project } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import { HostOperationError, type HostOperation } from '../spec';
import { premiereRefusal } from './premiere-refusals';

/** Builds one Action. Called inside the lock, synchronously, exactly once. */
export type ActionFactory = () => Action;

/**
 * Premiere refused one action of a transaction after others were added: those were committed as one
 * undo step. Throwing inside `executeTransaction` to discard them is undocumented (research Update
 * 2026-12-06 item 7), so ClipRelay never relies on it and says how to revert instead.
 */
export class PartialTransactionError extends HostOperationError {
  constructor(
    operation: HostOperation,
    readonly refusedStep: number,
    readonly stepCount: number,
  ) {
    const appliedCount = refusedStep - 1;
    super(operation, {
      english: `Premiere refused edit ${refusedStep} of ${stepCount}; the ${appliedCount} edit(s) before it were applied as one undo step — Edit › Undo "${operation.name}" reverts them`,
      localized: { id: 'host.premierePartialTransaction', values: { refusedStep, stepCount, appliedCount, undoLabel: operation.name } },
    });
    this.name = 'PartialTransactionError';
  }
}

/**
 * Commits actions as ONE undo step named `operation.name`, the way Premiere 26.3 requires: every action is
 * created inside `project.lockedAccess` (creating one outside throws) and added inside a single
 * `executeTransaction`. Callers pass factories rather than actions because an action is stale once the
 * lock scope it was created in returns. Do every async read before calling this: the lock is held only
 * for the synchronous part of the callback, so nothing here may await.
 *
 * Every action is created BEFORE the transaction starts, so a factory that throws (Premiere's "Illegal
 * Parameter type") leaves nothing behind. Nothing is thrown inside the transaction: what Premiere does
 * with actions already added when its callback throws is undocumented. An action Premiere refuses
 * (`addAction` returns false) stops the adding; if earlier ones were added they are committed and a
 * PartialTransactionError says so. An empty list commits nothing and adds no undo entry.
 */
export function runTransaction(project: Project, operation: HostOperation, actionFactories: readonly ActionFactory[]): void {
  if (actionFactories.length === 0) return;
  const stepCount = actionFactories.length;
  const actions: Action[] = [];
  let refusedStep: number | null = null;
  let committed = false;
  try {
    project.lockedAccess(() => {
      for (const makeAction of actionFactories) actions.push(makeAction());
      committed = project.executeTransaction((compound) => {
        for (const [index, action] of actions.entries()) {
          if (compound.addAction(action)) continue;
          refusedStep = index + 1;
          return;
        }
      }, operation.name);
    });
  } catch (error) {
    if (actions.length < stepCount)
      throw premiereRefusal.editNotPrepared(operation, actions.length + 1, stepCount, describeError(error), error);
    throw premiereRefusal.transactionFailed(operation, describeError(error), error);
  }
  const refused = refusedStep as number | null;
  if (refused != null && refused > 1) throw new PartialTransactionError(operation, refused, stepCount);
  if (refused != null) throw premiereRefusal.firstEditRefused(operation, stepCount);
  if (!committed) throw premiereRefusal.notCommitted(operation);
}
