import { useMessages } from '../i18n/use-messages';
import type { ModelChoice } from '../panel-services';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

/** The picker value standing for the model's default resolution (a picker shows no option whose value is empty). */
const DEFAULT_RESOLUTION = 'default';

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
  const { t, formatDuration } = useMessages();
  return (
    <>
      <SpectrumPicker
        label={t('generate.duration')}
        name="duration"
        value={String(durationSeconds)}
        options={(model?.durationsSeconds ?? []).map((seconds) => ({ value: String(seconds), label: formatDuration(seconds) }))}
        onChange={(value) => onDurationChange(Number(value))}
      />
      <SpectrumPicker
        label={t('generate.aspect')}
        name="aspect"
        value={aspectRatio}
        options={(model?.aspectRatios ?? []).map((ratio) => ({ value: ratio, label: ratio }))}
        onChange={onAspectChange}
      />
      {model?.resolutions == null ? null : (
        <SpectrumPicker
          label={t('generate.resolution')}
          name="resolution"
          value={resolutionValue === '' ? DEFAULT_RESOLUTION : resolutionValue}
          options={[
            { value: DEFAULT_RESOLUTION, label: t('generate.resolutionDefault') },
            ...model.resolutions.map((resolution) => ({ value: resolution, label: resolution })),
          ]}
          onChange={(value) => onResolutionChange(value === DEFAULT_RESOLUTION ? '' : value)}
        />
      )}
    </>
  );
}
