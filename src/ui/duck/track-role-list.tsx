import type { TrackRole } from '../../domain/tracks/track-role';
import type { TimelineTrack } from '../../hosts/spec';
import { TRACK_ROLE_LABELS } from './track-role-words';

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
        <label key={track.index} className="row track-role">
          <span className="grow">
            A{track.index + 1} · {track.name}
          </span>
          <select
            name={`track-role-${track.index}`}
            aria-label={`Role of A${track.index + 1} ${track.name}`}
            value={roleOf(track.index)}
            onChange={(event) => onChange(track.index, event.target.value as TrackRole)}
          >
            {TRACK_ROLE_LABELS.map(([role, label]) => (
              <option key={role} value={role}>
                {label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
