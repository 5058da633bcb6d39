import type { ActionState } from '../use-async-action';

/** After a press: how many jobs started (followed under Jobs), or why nothing was sent. */
export function GenerateOutcome({ state }: { state: ActionState<readonly unknown[]> }) {
  if (state.status === 'done') {
    const count = state.result.length;
    return (
      <p className="result" role="status">
        Started {count === 1 ? 'a job' : `${count} jobs`}; follow {count === 1 ? 'it' : 'them'} under Jobs.
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="error" role="alert">
        {state.message}
      </p>
    );
  }
  return null;
}
