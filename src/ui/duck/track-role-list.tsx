import type { TrackRole } from '../../domain/tracks/track-role';
import type { TimelineTrack } from '../../hosts/spec';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { useMessages } from '../i18n/use-messages';
import { TRACK_ROLE_MESSAGE_IDS } from '../i18n/track-role-message-ids';

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
  const { t } = useMessages();
  const roleOptions = TRACK_ROLE_MESSAGE_IDS.map(([role, labelId]) => ({ value: role, label: t(labelId) }));
  return (
    <fieldset className="track-roles">
      <legend>{t('duck.rolesHeading')}</legend>
      {tracks.map((track) => (
        <div key={track.index} className="row track-role">
          {/* Premiere's own track names (A1, A2…), the same in every language. */}
          <span className="grow">{`A${track.index + 1} · ${track.name}`}</span>
          <SpectrumPicker
            label={t('duck.roleOfTrack', { track: `A${track.index + 1} ${track.name}` })}
            labelHidden
            name={`track-role-${track.index}`}
            value={roleOf(track.index)}
            options={roleOptions}
            onChange={(role) => onChange(track.index, role as TrackRole)}
          />
        </div>
      ))}
    </fieldset>
  );
}
