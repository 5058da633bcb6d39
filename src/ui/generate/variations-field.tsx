import { SpectrumPicker } from '../spectrum/spectrum-picker';

const VARIATION_OPTIONS = [1, 2, 3, 4].map((count) => ({ value: String(count), label: String(count) }));

/** How many clips one press generates from the same settings (each its own job and cost). */
export function VariationsField({ variations, onChange }: { variations: number; onChange: (variations: number) => void }) {
  return (
    <SpectrumPicker
      label="Variations"
      name="variations"
      value={String(variations)}
      options={VARIATION_OPTIONS}
      onChange={(value) => onChange(Number(value))}
    />
  );
}
