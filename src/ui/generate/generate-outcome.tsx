import { useMessages } from '../i18n/use-messages';
import type { ActionState } from '../use-async-action';

/** After a press: how many jobs started (followed under Jobs), or why nothing was sent. */
export function GenerateOutcome({ state }: { state: ActionState<readonly unknown[]> }) {
  const { t } = useMessages();
  if (state.status === 'done') {
    return (
      <p className="result" role="status">
        {t('generate.startedJobs', { count: state.result.length })}
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
