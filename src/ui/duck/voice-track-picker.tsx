import type { TimelineTrack } from '../../hosts/spec';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

/** The voice-over track ("A2 · VO"), and Refresh to read the sequence's tracks again. */
export function VoiceTrackPicker({
  tracks,
  voiceIndex,
  onChange,
  onRefresh,
}: {
  tracks: readonly TimelineTrack[];
  /** Null until tracks have been read. */
  voiceIndex: number | null;
  onChange: (trackIndex: number) => void;
  onRefresh: () => void;
}) {
  const { t } = useMessages();
  return (
    <div className="row">
      <div className="grow">
        <SpectrumPicker
          label={t('duck.voiceTrack')}
          name="voice-track"
          value={voiceIndex == null ? '' : String(voiceIndex)}
          options={tracks.map((track) => ({ value: String(track.index), label: `A${track.index + 1} · ${track.name}` }))}
          onChange={(value) => onChange(Number(value))}
        />
      </div>
      <SpectrumButton emphasis="quiet" onPress={onRefresh} label={t('panel.readSequenceAgain')}>
        {t('panel.refresh')}
      </SpectrumButton>
    </div>
  );
}
