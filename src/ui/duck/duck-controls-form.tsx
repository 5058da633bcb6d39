import type { DuckControlName, DuckControls } from '../../domain/ducking/duck-controls';
import { MAX_SENSITIVITY, MIN_SENSITIVITY } from '../../domain/ducking/speech-sensitivity';
import type { FadeShape } from '../../domain/ducking/fade-shape';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { ControlSlider } from './control-slider';

/** Ranges follow the preset schema (duck-preset.ts, speech-detection-settings.ts); sliders stop where editors stop. */
const NUMBER_CONTROLS: readonly {
  readonly name: Exclude<DuckControlName, 'fadeShape'>;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}[] = [
  { name: 'depthDb', label: 'Reduce by (dB)', min: -24, max: -1, step: 0.5 },
  {
    name: 'sensitivity',
    label: `Sensitivity (${MIN_SENSITIVITY}–${MAX_SENSITIVITY})`,
    min: MIN_SENSITIVITY,
    max: MAX_SENSITIVITY,
    step: 1,
  },
  { name: 'attackSeconds', label: 'Fade down (s)', min: 0.02, max: 5, step: 0.01 },
  { name: 'releaseSeconds', label: 'Fade up (s)', min: 0.02, max: 5, step: 0.01 },
  { name: 'holdSeconds', label: 'Hold (s)', min: 0, max: 10, step: 0.1 },
  { name: 'prePadSeconds', label: 'Padding before speech (s)', min: 0, max: 2, step: 0.01 },
  { name: 'postPadSeconds', label: 'Padding after speech (s)', min: 0, max: 2, step: 0.01 },
];

const FADE_SHAPES: readonly { readonly value: FadeShape; readonly label: string }[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'smooth', label: 'Smooth (S-curve, 3 more keyframes per fade)' },
];

/**
 * Essential Sound's ducking controls: a preset fills them ("Start from"), editing one makes the
 * settings "Custom (from …)". A control a pack locks is disabled and says which pack locked it.
 */
export function DuckControlsForm({
  presets,
  basePresetId,
  customName,
  controls,
  lockedBy,
  speechDetected,
  onBaseChange,
  onControlChange,
}: {
  presets: readonly { readonly id: string; readonly name: string }[];
  basePresetId: string;
  /** "Custom (from Standard)" once a control differs from the preset, else null. */
  customName: string | null;
  controls: DuckControls;
  lockedBy: (control: DuckControlName) => string | null;
  /** False when ducking under whole voice clips: Sensitivity and padding only shape detected speech. */
  speechDetected: boolean;
  onBaseChange: (presetId: string) => void;
  onControlChange: <Name extends DuckControlName>(control: Name, value: DuckControls[Name]) => void;
}) {
  const shapeLock = lockedBy('fadeShape');
  return (
    <fieldset className="duck-controls">
      <legend>Settings</legend>
      <SpectrumPicker
        label="Start from"
        name="duck-base-preset"
        value={basePresetId}
        options={presets.map((preset) => ({
          value: preset.id,
          label: customName != null && preset.id === basePresetId ? customName : preset.name,
        }))}
        onChange={onBaseChange}
      />
      {NUMBER_CONTROLS.map((control) => (
        <ControlSlider
          key={control.name}
          name={control.name}
          label={control.label}
          value={controls[control.name]}
          min={control.min}
          max={control.max}
          step={control.step}
          lockedBy={lockedBy(control.name)}
          onChange={(value) => onControlChange(control.name, value)}
        />
      ))}
      <SpectrumPicker
        label="Fade shape"
        name="fadeShape"
        value={controls.fadeShape}
        options={FADE_SHAPES}
        disabled={shapeLock != null}
        title={shapeLock == null ? undefined : `Locked by ${shapeLock}`}
        onChange={(shape) => onControlChange('fadeShape', shape as FadeShape)}
      />
      {speechDetected ? null : (
        <p className="hint">Sensitivity and padding apply when ducking where the voice speaks; whole voice clips ignore them.</p>
      )}
    </fieldset>
  );
}
