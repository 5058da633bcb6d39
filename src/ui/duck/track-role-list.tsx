import type { TrackRole } from '../../domain/tracks/track-role';
import type { TimelineTrack } from '../../hosts/spec';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { TRACK_ROLE_LABELS } from './track-role-words';

const ROLE_OPTIONS = TRACK_ROLE_LABELS.map(([role, label]) => ({ value: role, label }));

/** Each audio track with what it carries; a change is remembered for this sequence. */
export function TrackRoleList({
  tracks,
  roleOf,
  onChange,
}: {
  tracks: readonly Pick<TimelineTrack, 'index' | 'name'>[];
  roleOf: (trackIndex: number) => TrackRole;
  onChange: (trackIndex: number, role: TrackRole) => void;
}) {
  return (
    <fieldset className="track-roles">
      <legend>Track roles (remembered for this sequence)</legend>
      {tracks.map((track) => (
        <div key={track.index} className="row track-role">
          <span className="grow">
            A{track.index + 1} · {track.name}
          </span>
          <SpectrumPicker
            label={`Role of A${track.index + 1} ${track.name}`}
            labelHidden
            name={`track-role-${track.index}`}
            value={roleOf(track.index)}
            options={ROLE_OPTIONS}
            onChange={(role) => onChange(track.index, role as TrackRole)}
          />
        </div>
      ))}
    </fieldset>
  );
}
