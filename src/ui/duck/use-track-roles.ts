import { useCallback, useState } from 'react';
import { describeError } from '../../shared/app-error';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { sequenceRoleKey, trackRoleChoicesFor } from '../../domain/preferences/sequence-track-roles';
import { trackRoleFromName, trackRoleOf, type TrackRole, type TrackRoleChoices } from '../../domain/tracks/track-role';
import type { SequenceSnapshot } from '../../hosts/spec';

/**
 * The editor's track roles for the open sequence, remembered in the preferences under the
 * sequence's key. A choice equal to what the name suggests is forgotten rather than stored, so a
 * renamed track follows its new name.
 */
export function useTrackRoles(
  sequence: SequenceSnapshot | null | undefined,
  preferences: PanelPreferences,
  onSavePreferences: (next: PanelPreferences) => Promise<void>,
) {
  const key = sequence == null ? null : sequenceRoleKey(sequence);
  const choices: TrackRoleChoices = key == null ? {} : trackRoleChoicesFor(preferences.trackRolesBySequence, key);
  const tracks = sequence?.audioTracks ?? [];
  const roleOf = (trackIndex: number): TrackRole => {
    const track = tracks.find((candidate) => candidate.index === trackIndex);
    return track == null ? (choices[trackIndex] ?? 'unknown') : trackRoleOf(track, choices);
  };
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const setRole = useCallback(
    async (trackIndex: number, role: TrackRole) => {
      if (key == null) return;
      setSaveProblem(null);
      const name = sequence?.audioTracks.find((track) => track.index === trackIndex)?.name ?? '';
      const { [String(trackIndex)]: _previous, ...others } = preferences.trackRolesBySequence[key] ?? {};
      const forSequence = role === trackRoleFromName(name) ? others : { ...others, [String(trackIndex)]: role };
      await onSavePreferences({ ...preferences, trackRolesBySequence: { ...preferences.trackRolesBySequence, [key]: forSequence } }).catch(
        (error: unknown) => setSaveProblem(`Could not remember the track role: ${describeError(error)}`),
      );
    },
    [key, sequence, preferences, onSavePreferences],
  );
  return { choices, roleOf, setRole, saveProblem };
}
