import type { VoiceSource } from '../../workflows/apply-ducking';
import type { MessageId } from '../../shared/i18n/catalogs';
import { useMessages } from '../i18n/use-messages';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

const VOICE_SOURCES: readonly { readonly value: VoiceSource; readonly labelId: MessageId }[] = [
  { value: 'speech', labelId: 'duck.whereSpeech' },
  { value: 'clip-extents', labelId: 'duck.whereClips' },
];

/** Where ducking happens: under detected speech, or under the voice clips' whole extents. */
export function VoiceSourceField({ voiceSource, onChange }: { voiceSource: VoiceSource; onChange: (voiceSource: VoiceSource) => void }) {
  const { t } = useMessages();
  return (
    <SpectrumPicker
      label={t('duck.where')}
      name="voice-source"
      value={voiceSource}
      options={VOICE_SOURCES.map((source) => ({ value: source.value, label: t(source.labelId) }))}
      onChange={(value) => onChange(value as VoiceSource)}
    />
  );
}
