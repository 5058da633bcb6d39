import type { TrackRole } from '../../domain/tracks/track-role';
import { SpectrumCheckbox } from '../spectrum/spectrum-checkbox';
import { useMessages } from '../i18n/use-messages';
import { TRACK_ROLE_MESSAGE_IDS } from '../i18n/track-role-message-ids';

/** "Duck these roles": the tracks lowered under the voice (voice tracks never are). */
export function DuckRolesField({ duckRoles, onChange }: { duckRoles: readonly TrackRole[]; onChange: (roles: TrackRole[]) => void }) {
  const { t } = useMessages();
  const toggle = (role: TrackRole, on: boolean) =>
    onChange(on ? [...duckRoles.filter((other) => other !== role), role] : duckRoles.filter((other) => other !== role));
  return (
    <fieldset className="duck-roles">
      <legend>{t('duck.rolesField')}</legend>
      {TRACK_ROLE_MESSAGE_IDS.filter(([role]) => role !== 'voice').map(([role, labelId]) => (
        <SpectrumCheckbox
          key={role}
          name={`duck-role-${role}`}
          label={t(labelId)}
          checked={duckRoles.includes(role)}
          onChange={(checked) => toggle(role, checked)}
        />
      ))}
      <p className="hint">{t('duck.otherLeftAlone')}</p>
    </fieldset>
  );
}
