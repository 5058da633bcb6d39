import { useMessages } from '../i18n/use-messages';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

type NewClipPlacement = 'timeline' | 'bin';

/** Where the finished clip goes; remembered across sessions. */
export function PlacementField({ value, onChange }: { value: NewClipPlacement; onChange: (value: NewClipPlacement) => void }) {
  const { t } = useMessages();
  const placements: readonly { readonly value: NewClipPlacement; readonly label: string }[] = [
    { value: 'timeline', label: t('generate.placeAtPlayhead') },
    { value: 'bin', label: t('generate.binOnly') },
  ];
  return (
    <SpectrumPicker
      label={t('generate.placeClip')}
      name="placement"
      value={value}
      options={placements}
      onChange={(picked) => onChange(picked as NewClipPlacement)}
    />
  );
}
