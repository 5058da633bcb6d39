import { describeErrorIn } from '../shared/i18n/describe-error-in';
import { useMessages } from './i18n/use-messages';

interface StartFailureScreenProps {
  readonly error: unknown;
  /** Where the editor reopens the panel: "Window › Extensions › ClipRelay" in Premiere, "Reload" in the sandbox. */
  readonly reopenHint: string;
}

/**
 * What the panel shows when it cannot start (storage unreadable, host missing, a bundle that does not
 * load), instead of a blank panel: the cause in words, what to try, and the technical name for a bug report.
 * Nothing was sent to a provider before start-up, so nothing paid is at stake here; the job ledger is kept.
 */
export function StartFailureScreen({ error, reopenHint }: StartFailureScreenProps) {
  const messages = useMessages();
  const { t } = messages;
  const kind = error instanceof Error ? error.name : typeof error;
  return (
    <main role="alert" aria-labelledby="start-failure-title" style={{ padding: 16, fontSize: 12, lineHeight: 1.5 }}>
      <h1 id="start-failure-title" style={{ fontSize: 14, margin: '0 0 8px' }}>
        {t('panel.couldNotStart')}
      </h1>
      <p style={{ margin: '0 0 8px' }}>{describeErrorIn(messages, error)}</p>
      <p style={{ margin: '0 0 8px' }}>{t('start.tryAgain', { reopenHint })}</p>
      <p style={{ margin: 0, opacity: 0.7 }}>{t('start.technicalKind', { kind })}</p>
    </main>
  );
}
