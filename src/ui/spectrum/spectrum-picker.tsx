import { useId } from 'react';
import { pickedValue, type PickerOption } from './picked-value';
import { useElementListener } from './use-element-listener';

/**
 * A Spectrum picker with its label above it. The markup is the one Premiere's built-in `sp-picker` documents
 * (`<sp-menu slot="options">` around the items, the current one `selected`); the sandbox's Spectrum Web
 * Components picker is registered to read the same markup. `onChange` gets the picked option's value.
 */
export function SpectrumPicker({
  label,
  labelHidden = false,
  name,
  value,
  options,
  onChange,
  disabled = false,
  title,
}: {
  /** Says what is picked ("Voice-over track"); the accessible name. */
  label: string;
  /** Where the row already says it (a track's name beside its role): no visible label. @default false */
  labelHidden?: boolean;
  /** Identifies the picker in the page (tests, diagnostics). */
  name: string;
  /** "" when nothing is picked. */
  value: string;
  options: readonly PickerOption[];
  onChange: (value: string) => void;
  /** @default false */
  disabled?: boolean;
  /** Shown on hover, e.g. which pack locks it. @default none */
  title?: string;
}) {
  const id = useId();
  const picker = useElementListener<HTMLElement>('change', (element) => {
    const picked = pickedValue(element as HTMLElement & { selectedIndex?: unknown; value?: unknown }, options);
    if (picked != null && picked !== value) onChange(picked);
  });
  return (
    <div className="field" title={title}>
      {labelHidden ? null : <sp-field-label for={id}>{label}</sp-field-label>}
      {/* data-label: React sets `label` as a property on a defined element, so the attribute would not say it. */}
      <sp-picker ref={picker} id={id} name={name} label={label} data-label={label} value={value} disabled={disabled || undefined}>
        <sp-menu slot="options">
          {options.map((option) => (
            <sp-menu-item key={option.value} value={option.value} selected={option.value === value || undefined}>
              {option.label}
            </sp-menu-item>
          ))}
        </sp-menu>
      </sp-picker>
    </div>
  );
}
