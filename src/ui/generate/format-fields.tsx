import type { ModelChoice } from '../panel-services';

/**
 * Duration, Aspect and Resolution: the clip format fields, each offering only what the model
 * takes. Rendered as siblings so they share a row with the other option fields.
 */
export function FormatFields({
  model,
  durationSeconds,
  aspectRatio,
  resolutionValue,
  onDurationChange,
  onAspectChange,
  onResolutionChange,
}: {
  model: ModelChoice | undefined;
  durationSeconds: number;
  aspectRatio: string;
  /** "" for the model's default resolution. */
  resolutionValue: string;
  onDurationChange: (durationSeconds: number) => void;
  onAspectChange: (aspectRatio: string) => void;
  onResolutionChange: (resolution: string) => void;
}) {
  return (
    <>
      <label className="field">
        <span>Duration</span>
        <select name="duration" value={String(durationSeconds)} onChange={(event) => onDurationChange(Number(event.target.value))}>
          {model?.durationsSeconds.map((seconds) => (
            <option key={seconds} value={String(seconds)}>
              {seconds} s
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Aspect</span>
        <select name="aspect" value={aspectRatio} onChange={(event) => onAspectChange(event.target.value)}>
          {model?.aspectRatios.map((ratio) => (
            <option key={ratio} value={ratio}>
              {ratio}
            </option>
          ))}
        </select>
      </label>
      {model?.resolutions == null ? null : (
        <label className="field">
          <span>Resolution</span>
          <select name="resolution" value={resolutionValue} onChange={(event) => onResolutionChange(event.target.value)}>
            <option value="">Default</option>
            {model.resolutions.map((resolution) => (
              <option key={resolution} value={resolution}>
                {resolution}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
