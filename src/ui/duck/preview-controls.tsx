import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';

/** Preview plans the curves with the settings above without touching the timeline; Apply writes them (one undo step). */
export function PreviewControls({
  settingsName,
  disabled,
  onPreview,
  onApply,
}: {
  /** "Standard (−9 dB)" or "Custom (from Standard)": what both buttons use. */
  settingsName: string;
  disabled: boolean;
  onPreview: () => void;
  onApply: () => void;
}) {
  const { t } = useMessages();
  return (
    <div className="button-row">
      <SpectrumButton disabled={disabled} onPress={onPreview}>
        {t('duck.preview')}
      </SpectrumButton>
      <SpectrumButton emphasis="accent" disabled={disabled} onPress={onApply} label={t('duck.apply')} title={settingsName}>
        {t('duck.apply')}
      </SpectrumButton>
    </div>
  );
}
