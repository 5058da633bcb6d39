import type { DuckPreset } from '../../domain/ducking';
import { useMessages } from '../i18n/use-messages';
import { duckPresetName } from './duck-preset-name';
import { SpectrumButton } from '../spectrum/spectrum-button';

/** One button per ducking preset; pressing one ducks the timeline with it. */
export function PresetButtons({
  presets,
  disabled,
  onApply,
}: {
  presets: readonly DuckPreset[];
  disabled: boolean;
  onApply: (presetId: string) => void;
}) {
  const translator = useMessages();
  const { t } = translator;
  return (
    <div className="button-row" role="group" aria-label={t('duck.presets')}>
      {presets.map((preset) => (
        <SpectrumButton key={preset.id} disabled={disabled} onPress={() => onApply(preset.id)}>
          {duckPresetName(preset, translator)}
        </SpectrumButton>
      ))}
    </div>
  );
}
