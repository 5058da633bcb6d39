import type { SequenceSnapshot } from '../../hosts/spec';
import { useMessages } from '../i18n/use-messages';
import { SpectrumCheckbox } from '../spectrum/spectrum-checkbox';

/** Selected audio clips in the sequence, as the checkbox counts them (video clips are never ducked). */
function selectedAudioClipCount(sequence: SequenceSnapshot | null | undefined): number {
  const selected = new Set(sequence?.selectedClipIds ?? []);
  return (sequence?.audioTracks ?? []).flatMap((track) => track.clips).filter((clip) => selected.has(clip.id)).length;
}

/**
 * "Only selected clips (n)": limits Preview and Apply to the audio clips selected in the timeline (on
 * tracks whose role is ticked), as Essential Sound's ducking works on the selection. Shown only where the
 * host can read its selection.
 */
export function SelectedClipsField({
  sequence,
  readsSelection,
  checked,
  onChange,
}: {
  sequence: SequenceSnapshot | null | undefined;
  readsSelection: boolean;
  checked: boolean;
  onChange: (onlySelected: boolean) => void;
}) {
  const { t } = useMessages();
  if (!readsSelection) return null;
  return (
    <div className="selected-clips">
      <SpectrumCheckbox
        label={t('duck.onlySelectedClips', { count: selectedAudioClipCount(sequence) })}
        name="only-selected-clips"
        checked={checked}
        onChange={onChange}
      />
    </div>
  );
}
