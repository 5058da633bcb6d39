import type { TimelineTrack } from '../../hosts/spec';

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
  return (
    <div className="row">
      <label className="field grow">
        <span>Voice-over track</span>
        <select
          name="voice-track"
          value={voiceIndex == null ? '' : String(voiceIndex)}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {tracks.map((track) => (
            <option key={track.index} value={String(track.index)}>
              A{track.index + 1} · {track.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="quiet" onClick={onRefresh} aria-label="Read the sequence again">
        Refresh
      </button>
    </div>
  );
}
