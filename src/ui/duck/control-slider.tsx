import { useMessages } from '../i18n/use-messages';
import { SpectrumSlider } from '../spectrum/spectrum-slider';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';

/**
 * A Spectrum slider and a text field for one value, kept in step: the slider for a quick move, the field for an
 * exact figure. Values outside min…max are clamped; text that is not a number is ignored.
 */
export function ControlSlider({
  name,
  label,
  value,
  min,
  max,
  step,
  lockedBy,
  onChange,
}: {
  name: string;
  /** With its unit, e.g. "Reduce by (dB)"; the accessible name of both controls. */
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The pack that locks this control, or null. */
  lockedBy: string | null;
  onChange: (value: number) => void;
}) {
  const { t } = useMessages();
  const change = (next: number) => {
    if (!Number.isFinite(next)) return;
    onChange(Math.min(max, Math.max(min, next)));
  };
  const title = lockedBy == null ? undefined : t('duck.lockedBy', { pack: lockedBy });
  return (
    <div className="control-slider row" title={title}>
      <div className="grow">
        <SpectrumSlider
          name={name}
          label={label}
          value={value}
          min={min}
          max={max}
          step={step}
          disabled={lockedBy != null}
          onChange={change}
        />
      </div>
      <div className="exact">
        <SpectrumTextField
          name={`${name}-value`}
          label={t('duck.exactValue', { label })}
          labelHidden
          value={String(value)}
          disabled={lockedBy != null}
          onChange={(text) => {
            // French, Catalan and Polish editors write a decimal comma ("0,3"); Number() reads only the point.
            if (text.trim() !== '') change(Number(text.trim().replace(',', '.')));
          }}
        />
      </div>
    </div>
  );
}
