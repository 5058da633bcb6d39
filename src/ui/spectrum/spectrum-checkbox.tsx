import { useElementListener } from './use-element-listener';

/** A Spectrum checkbox (`sp-checkbox`); its text is its accessible name. */
export function SpectrumCheckbox({
  label,
  name,
  checked,
  onChange,
  disabled = false,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** @default false */
  disabled?: boolean;
}) {
  const box = useElementListener<HTMLElement & { checked?: unknown }>('change', (element) => onChange(element.checked === true));
  return (
    <sp-checkbox ref={box} name={name} checked={checked || undefined} disabled={disabled || undefined}>
      {label}
    </sp-checkbox>
  );
}
