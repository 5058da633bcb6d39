import { useMessages } from '../i18n/use-messages';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

const VARIATION_OPTIONS = [1, 2, 3, 4].map((count) => ({ value: String(count), label: String(count) }));

/** How many clips one press generates from the same settings (each its own job and cost). */
export function VariationsField({ variations, onChange }: { variations: number; onChange: (variations: number) => void }) {
  const { t } = useMessages();
  return (
    <SpectrumPicker
      label={t('generate.variations')}
      name="variations"
      value={String(variations)}
      options={VARIATION_OPTIONS}
      onChange={(value) => onChange(Number(value))}
    />
  );
}
