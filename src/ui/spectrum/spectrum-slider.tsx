import { useElementListener } from './use-element-listener';

/**
 * A Spectrum slider (Premiere's built-in `sp-slider`; the Spectrum Web Components slider in the sandbox). The label
 * goes in both places the runtimes read it: the `label` attribute and an `sp-label` in the `label` slot. Moves are
 * reported while dragging and after each arrow key, as numbers.
 */
export function SpectrumSlider({
  label,
  name,
  value,
  min,
  max,
  step,
  onChange,
  disabled = false,
}: {
  /** With its unit ("Reduce by (dB)"); the accessible name. */
  label: string;
  name: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** @default false */
  disabled?: boolean;
}) {
  // `input` while dragging; `change` after a keyboard step (SWC's slider updates its value only then).
  const slider = useElementListener<HTMLElement & { value?: unknown }>(['input', 'change'], (element) => {
    const next = Number(element.value);
    if (Number.isFinite(next) && next !== value) onChange(next);
  });
  return (
    <sp-slider ref={slider} name={name} label={label} min={min} max={max} step={step} value={value} disabled={disabled || undefined}>
      <sp-label slot="label">{label}</sp-label>
    </sp-slider>
  );
}
