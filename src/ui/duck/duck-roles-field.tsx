import type { TrackRole } from '../../domain/tracks/track-role';
import { SpectrumCheckbox } from '../spectrum/spectrum-checkbox';
import { TRACK_ROLE_LABELS } from './track-role-words';

/** "Duck these roles": the tracks lowered under the voice (voice tracks never are). */
export function DuckRolesField({ duckRoles, onChange }: { duckRoles: readonly TrackRole[]; onChange: (roles: TrackRole[]) => void }) {
  const toggle = (role: TrackRole, on: boolean) =>
    onChange(on ? [...duckRoles.filter((other) => other !== role), role] : duckRoles.filter((other) => other !== role));
  return (
    <fieldset className="duck-roles">
      <legend>Duck these roles</legend>
      {TRACK_ROLE_LABELS.filter(([role]) => role !== 'voice').map(([role, label]) => (
        <SpectrumCheckbox
          key={role}
          name={`duck-role-${role}`}
          label={label}
          checked={duckRoles.includes(role)}
          onChange={(checked) => toggle(role, checked)}
        />
      ))}
      <p className="hint">Tracks set to Other are left alone unless Other is ticked; voice tracks are never changed.</p>
    </fieldset>
  );
}
