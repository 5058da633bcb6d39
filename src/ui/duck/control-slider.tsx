/**
 * A slider and a number field for one value, kept in step: the slider for a quick move, the field
 * for an exact figure. Values outside min…max are clamped; text that is not a number is ignored.
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
  /** With its unit, e.g. "Reduce by (dB)"; the accessible name of both inputs. */
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The pack that locks this control, or null. */
  lockedBy: string | null;
  onChange: (value: number) => void;
}) {
  const change = (text: string) => {
    const next = Number(text);
    if (text.trim() === '' || !Number.isFinite(next)) return;
    onChange(Math.min(max, Math.max(min, next)));
  };
  const title = lockedBy == null ? undefined : `Locked by ${lockedBy}`;
  return (
    <div className="control-slider row" title={title}>
      <label className="field grow">
        <span>{label}</span>
        <input
          type="range"
          name={name}
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={lockedBy != null}
          onChange={(event) => change(event.target.value)}
        />
      </label>
      <input
        type="number"
        name={`${name}-value`}
        aria-label={`${label}, exact value`}
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={lockedBy != null}
        onChange={(event) => change(event.target.value)}
      />
    </div>
  );
}
