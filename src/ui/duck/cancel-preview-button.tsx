import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';

/** Stops a preview's analysis between two slices of work (within a slice, ≈10 ms); shown only while it reads. */
export function CancelPreviewButton({ onCancel }: { onCancel: () => void }) {
  const { t } = useMessages();
  return (
    <SpectrumButton emphasis="quiet" onPress={onCancel}>
      {t('panel.cancel')}
    </SpectrumButton>
  );
}
