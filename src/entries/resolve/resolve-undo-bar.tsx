import { useState } from 'react';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { useMessages } from '../../ui/i18n/use-messages';

/**
 * Resolve's scripting has no undo grouping: Edit › Undo in Resolve takes back one scripted call at a time
 * (a placement is several). This bar takes back ClipRelay's whole last change — a placement with its
 * provenance, or a duck with all its segments — by the same scripting calls.
 */
export function ResolveUndoBar({ undo }: { undo: () => Promise<string | null> }) {
  const messages = useMessages();
  const { t } = messages;
  const [said, setSaid] = useState<string>('');
  const run = () => {
    undo().then(
      // The label is the change's own undo label, shown as it was recorded.
      (label) => setSaid(label == null ? t('shell.resolveNothingToUndo') : t('shell.resolveUndone', { label })),
      (error: unknown) => setSaid(describeErrorIn(messages, error)),
    );
  };
  return (
    <div className="resolve-undo-bar" role="region" aria-label={t('shell.resolveUndoRegion')}>
      <sp-action-button onClick={run}>{t('shell.resolveUndoButton')}</sp-action-button>
      <span className="resolve-undo-note">{t('shell.resolveUndoNote')}</span>
      <span role="status">{said}</span>
    </div>
  );
}
