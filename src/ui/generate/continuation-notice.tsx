import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import type { DraftContinuation } from './generate-draft';

/** "Continues: <earlier prompt> — extend · Clear": the generation this one extends or edits. */
export function ContinuationNotice({ continuation, onClear }: { continuation: DraftContinuation; onClear: () => void }) {
  const { t } = useMessages();
  return (
    <p className="hint continues" title={continuation.earlierPrompt}>
      {t('generate.continuesMode', { clip: continuation.earlierPrompt, mode: continuation.mode })} ·{' '}
      <SpectrumButton emphasis="quiet" onPress={onClear} label={t('generate.clearContinuation')}>
        {t('panel.clear')}
      </SpectrumButton>
    </p>
  );
}
