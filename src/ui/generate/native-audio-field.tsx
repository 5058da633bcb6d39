import { useMessages } from '../i18n/use-messages';
import type { ModelChoice } from '../panel-services';
import { SpectrumCheckbox } from '../spectrum/spectrum-checkbox';

/**
 * The native-audio switch: editable only where the model lets audio be turned off, and saying so
 * where the model is always silent or always has sound.
 */
export function NativeAudioField({
  modelAudio,
  wanted,
  onChange,
}: {
  /** What the model does with audio; undefined when no model is offered. */
  modelAudio: ModelChoice['audio'] | undefined;
  /** The draft's choice, used where the model has a toggle. */
  wanted: boolean;
  onChange: (audio: boolean) => void;
}) {
  const { t } = useMessages();
  const label =
    modelAudio === 'none'
      ? t('generate.nativeAudioSilent')
      : modelAudio === 'always'
        ? t('generate.nativeAudioAlways')
        : t('generate.nativeAudio');
  return (
    <SpectrumCheckbox
      name="audio"
      label={label}
      checked={modelAudio === 'always' || (modelAudio === 'toggle' && wanted)}
      disabled={modelAudio !== 'toggle'}
      onChange={onChange}
    />
  );
}
