import type { VoiceSource } from '../../workflows/apply-ducking';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

const VOICE_SOURCES: readonly { readonly value: VoiceSource; readonly label: string }[] = [
  { value: 'speech', label: 'the voice speaks (speech detected in its media)' },
  { value: 'clip-extents', label: 'voice clips sit (whole clips)' },
];

/** Where ducking happens: under detected speech, or under the voice clips' whole extents. */
export function VoiceSourceField({ voiceSource, onChange }: { voiceSource: VoiceSource; onChange: (voiceSource: VoiceSource) => void }) {
  return (
    <SpectrumPicker
      label="Duck where"
      name="voice-source"
      value={voiceSource}
      options={VOICE_SOURCES}
      onChange={(value) => onChange(value as VoiceSource)}
    />
  );
}
