import type { DuckPreset } from '../../domain/ducking';

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
  return (
    <div className="preset-row" role="group" aria-label="Ducking presets">
      {presets.map((preset) => (
        <button key={preset.id} type="button" disabled={disabled} onClick={() => onApply(preset.id)}>
          {preset.name}
        </button>
      ))}
    </div>
  );
}
