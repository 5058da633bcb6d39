import type { DuckPreset } from '../../domain/ducking';

/** "Preview with <preset>" and Preview: plans the curves without touching the timeline. */
export function PreviewControls({
  presets,
  presetId,
  disabled,
  onPresetChange,
  onPreview,
}: {
  presets: readonly DuckPreset[];
  presetId: string;
  disabled: boolean;
  onPresetChange: (presetId: string) => void;
  onPreview: () => void;
}) {
  return (
    <div className="row">
      <label className="field grow">
        <span>Preview with</span>
        <select name="preview-preset" value={presetId} onChange={(event) => onPresetChange(event.target.value)}>
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="quiet" disabled={disabled} onClick={onPreview}>
        Preview
      </button>
    </div>
  );
}
