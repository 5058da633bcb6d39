import type { VoiceSource } from '../../workflows/apply-ducking';

/** Where ducking happens: under detected speech, or under the voice clips' whole extents. */
export function VoiceSourceField({ voiceSource, onChange }: { voiceSource: VoiceSource; onChange: (voiceSource: VoiceSource) => void }) {
  return (
    <label className="field">
      <span>Duck where</span>
      <select name="voice-source" value={voiceSource} onChange={(event) => onChange(event.target.value as VoiceSource)}>
        <option value="speech">the voice speaks (speech detected in its media)</option>
        <option value="clip-extents">voice clips sit (whole clips)</option>
      </select>
    </label>
  );
}
