import type { DuckControlName, DuckControls } from '../../domain/ducking/duck-controls';
import { MAX_SENSITIVITY, MIN_SENSITIVITY } from '../../domain/ducking/speech-sensitivity';
import type { FadeShape } from '../../domain/ducking/fade-shape';
import type { MessageId } from '../../shared/i18n/catalogs';
import type { Translator } from '../../shared/i18n/translator';
import { useMessages } from '../i18n/use-messages';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { ControlSlider } from './control-slider';
import { customDuckPresetName, duckPresetName } from './duck-preset-name';

/** Ranges follow the preset schema (duck-preset.ts, speech-detection-settings.ts); sliders stop where editors stop. */
const NUMBER_CONTROLS: readonly {
  readonly name: Exclude<DuckControlName, 'fadeShape'>;
  /** With its unit, in the panel's language. */
  readonly label: (t: Translator['t']) => string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}[] = [
  { name: 'depthDb', label: (t) => t('duck.reduceByDb'), min: -24, max: -1, step: 0.5 },
  {
    name: 'sensitivity',
    label: (t) => t('duck.sensitivityRange', { min: String(MIN_SENSITIVITY), max: String(MAX_SENSITIVITY) }),
    min: MIN_SENSITIVITY,
    max: MAX_SENSITIVITY,
    step: 1,
  },
  { name: 'attackSeconds', label: (t) => t('duck.fadeDownSeconds'), min: 0.02, max: 5, step: 0.01 },
  { name: 'releaseSeconds', label: (t) => t('duck.fadeUpSeconds'), min: 0.02, max: 5, step: 0.01 },
  { name: 'holdSeconds', label: (t) => t('duck.holdSeconds'), min: 0, max: 10, step: 0.1 },
  { name: 'prePadSeconds', label: (t) => t('duck.paddingBeforeSeconds'), min: 0, max: 2, step: 0.01 },
  { name: 'postPadSeconds', label: (t) => t('duck.paddingAfterSeconds'), min: 0, max: 2, step: 0.01 },
];

const FADE_SHAPES: readonly { readonly value: FadeShape; readonly labelId: MessageId }[] = [
  { value: 'linear', labelId: 'duck.shapeLinear' },
  { value: 'smooth', labelId: 'duck.shapeSmooth' },
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
  const translator = useMessages();
  const { t } = translator;
  const shapeLock = lockedBy('fadeShape');
  return (
    <fieldset className="duck-controls">
      <legend>{t('duck.settingsLegend')}</legend>
      <SpectrumPicker
        label={t('duck.startFrom')}
        name="duck-base-preset"
        value={basePresetId}
        options={presets.map((preset) => ({
          value: preset.id,
          label:
            customName != null && preset.id === basePresetId
              ? customDuckPresetName(preset, customName, translator)
              : duckPresetName(preset, translator),
        }))}
        onChange={onBaseChange}
      />
      {NUMBER_CONTROLS.map((control) => (
        <ControlSlider
          key={control.name}
          name={control.name}
          label={control.label(t)}
          value={controls[control.name]}
          min={control.min}
          max={control.max}
          step={control.step}
          lockedBy={lockedBy(control.name)}
          onChange={(value) => onControlChange(control.name, value)}
        />
      ))}
      <SpectrumPicker
        label={t('duck.fadeShape')}
        name="fadeShape"
        value={controls.fadeShape}
        options={FADE_SHAPES.map((shape) => ({ value: shape.value, label: t(shape.labelId) }))}
        disabled={shapeLock != null}
        title={shapeLock == null ? undefined : t('duck.lockedBy', { pack: shapeLock })}
        onChange={(shape) => onControlChange('fadeShape', shape as FadeShape)}
      />
      {speechDetected ? null : <p className="hint">{t('duck.sensitivityNote')}</p>}
    </fieldset>
  );
}
